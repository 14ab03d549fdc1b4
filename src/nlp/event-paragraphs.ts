// Which paragraphs can hold an event, found before any tagging: most of a page (menus, captions, sport, recipes, and
// most paragraphs of news too) has no trigger word, or no one to do it.
import { anyLemma } from "./lemma-forms.ts";

/** Subject pronouns the coder reads as the previous sentence's subject ("It said", "They've met"): a superset. */
const PRONOUN = /\b(?:it|they|he|she|we)\b/i;
/** Words, with inner apostrophes and hyphens ("cease-fire", "it's"); each run of letters is tried as well, since wink
 * may split there ("U.S.-led", "2attack"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*['’]?/gu;
const NOT_LETTERS = /[^\p{L}]+/u;

/** Whether a word (lower case) may be a trigger, by memo: a page repeats its words, and so does a stream of pages. */
const memo = new Map<string, boolean>();
const MEMO_LIMIT = 100_000;

function isTrigger(word: string, mayTrigger: (lemma: string) => boolean): boolean {
  let yes = memo.get(word);
  if (yes === undefined) {
    yes =
      anyLemma(word, mayTrigger) ||
      (NOT_LETTERS.test(word) && word.split(NOT_LETTERS).some((p) => p !== "" && anyLemma(p, mayTrigger)));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, yes);
  }
  return yes;
}

/** What is known of each paragraph before tagging: its span and whether an actor or a place was found in it. */
export interface ParagraphFacts {
  start: number;
  end: number;
  /** An actor mention starts in it. */
  actor: boolean;
  /** A place starts in it. */
  place: boolean;
}

/**
 * Whether any paragraph (span of `text`) holds a word that may be a trigger, read up to the first that does: a text
 * without one holds no event whoever is named in it, so its actors and places need not be found. `mayTrigger` as for
 * eventParagraphs.
 */
export function anyTriggerParagraph(
  text: string,
  spans: readonly (readonly [number, number])[],
  mayTrigger: (lemma: string) => boolean,
): boolean {
  useMemoFor(mayTrigger);
  for (const [start, end] of spans) if (hasTrigger(text.slice(start, end), mayTrigger)) return true;
  return false;
}

/**
 * Indexes of the paragraphs to tag and code: those with a trigger word and someone to act (an actor, a place for
 * protests, or a subject pronoun once an actor was named before), and, before each one with a pronoun, the nearest
 * earlier paragraph with an actor, whose subject the pronoun may stand for.
 *
 * `mayTrigger` must accept every lemma and lower-cased form a pattern can start with. Answers are kept per word for
 * the last predicate passed, so the pipeline passes one and the same function every time.
 */
export function eventParagraphs(
  text: string,
  facts: readonly ParagraphFacts[],
  mayTrigger: (lemma: string) => boolean,
): number[] {
  useMemoFor(mayTrigger);
  const keep = new Uint8Array(facts.length);
  let lastActor = -1;
  for (let p = 0; p < facts.length; p++) {
    const f = facts[p]!;
    const paragraph = text.slice(f.start, f.end);
    // A pronoun matters only once an actor was named before; the test is a superset of the coder's ("it's" too).
    const pronoun = lastActor >= 0 && PRONOUN.test(paragraph);
    // No one to act and no pronoun to stand for anyone: the words need not be read.
    if ((f.actor || f.place || pronoun) && hasTrigger(paragraph, mayTrigger)) {
      keep[p] = 1;
      if (pronoun) keep[lastActor] = 1;
    }
    if (f.actor) lastActor = p;
  }
  const out: number[] = [];
  for (let p = 0; p < facts.length; p++) if (keep[p]) out.push(p);
  return out;
}

/** Whether a word of the paragraph may be a trigger. */
function hasTrigger(paragraph: string, mayTrigger: (lemma: string) => boolean): boolean {
  // one lower-casing per paragraph, and words read one by one up to the first trigger (no array of every word)
  const lower = paragraph.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) if (isTrigger(m[0], mayTrigger)) return true;
  return false;
}

let memoOf: ((lemma: string) => boolean) | undefined;

/** The memo holds answers for one predicate: another empties it. */
function useMemoFor(mayTrigger: (lemma: string) => boolean): void {
  if (mayTrigger !== memoOf) {
    memo.clear();
    memoOf = mayTrigger;
  }
}
