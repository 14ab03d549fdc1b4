// What a long text's later pieces must know of the pieces before them: the lead (the text's first sentence, to which
// a bare office may fall back) and the people named so far ("President Kassym-Jomart Tokayev … [200k characters] …
// The president later said"). It is handed on as a few lines of text before the piece's own context, so the actor
// finder reads it as it reads any earlier paragraph, and costs a few hundred characters per piece.
import type { AnnotatedArticle } from "../domain/index.ts";

/** People carried at most: the most recently named ones. */
const MAX_PEOPLE = 40;
/** A lead longer than this is cut (a page whose first "sentence" is a run of boilerplate). */
const MAX_LEAD = 600;

export class CarriedActors {
  private lead = "";
  /** Person → the words that named them last, in the order they were last named. */
  private readonly people = new Map<string, string>();

  /** The text to read before the next piece: the lead, then one line per person named so far ("" before any). */
  prefix(): string {
    if (!this.lead && !this.people.size) return "";
    const lines = [...this.people.values()].map((name) => `${name}.`);
    return `${this.lead}\n\n${lines.join("\n")}\n\n`;
  }

  /**
   * Notes what a piece named: the lead from the first piece's first sentence, and each person named in the piece's
   * own text, from `own` on (what was carried or read as context is known already).
   */
  note(doc: AnnotatedArticle, own: number): void {
    const text = doc.article.text;
    if (!this.lead && doc.sentences.length) {
      const first = doc.sentences[0]!;
      this.lead = text.slice(first.start, Math.min(first.end, first.start + MAX_LEAD)).trim();
    }
    for (const m of doc.actors) {
      const person = m.actor.person;
      if (!person || m.start < own) continue;
      this.people.delete(person);
      this.people.set(person, text.slice(m.start, m.end).replace(/\s+/g, " "));
      if (this.people.size > MAX_PEOPLE) this.people.delete(this.people.keys().next().value as string);
    }
  }
}
