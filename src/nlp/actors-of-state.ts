// "Ambassador Serdar Kilic of Turkey", "Ruben Rubinyan of Armenia": a person's own state named after them with "of" is
// part of the person's mention, not a second party beside them (two mentions of one side would read as two sides).
import type { ActorMention } from "../domain/index.ts";

/** The mentions with each "<person> of <their own state>" joined into the person's mention. */
export function withStateOfPerson(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const next = mentions[k + 1];
    if (
      m.kind === "person" &&
      next?.kind === "state" &&
      next.sentence === m.sentence &&
      next.actor.code === m.actor.code &&
      !next.actor.role &&
      /^\s+of\s+(?:the\s+)?$/i.test(text.slice(m.end, next.start))
    ) {
      out.push({ ...m, end: next.end, text: text.slice(m.start, next.end) });
      k++;
      continue;
    }
    out.push(m);
  }
  return out;
}
