// Which paragraphs can hold an event, found before any tagging: most of a page (menus, captions, sport, recipes, and
// most paragraphs of news too) has no trigger word, or no one to do it.
import { anyLemma } from "./lemma-forms.ts";

/** Subject pronouns the coder reads as the previous sentence's subject ("It said", "They've met"): a superset. */
const PRONOUN = /\b(?:it|they|he|she|we)\b/i;
/** Any pronoun that may stand for a party, subject, object or owner; "us" in lower case only (not "US"). */
const ANY_PRONOUN = /\b(?:it|its|they|their|them|he|his|him|she|her|we|our|my|your)\b|\b[Uu]s\b/i;
/** Words, with inner apostrophes and hyphens ("cease-fire", "it's"); each run of letters is tried as well, since wink
 * may split there ("U.S.-led", "2attack"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*['’]?/gu;
const NOT_LETTERS = /[^\p{L}]+/u;

/**
 * Whether a word (lower case) may be a trigger, by memo: a page repeats its words, and so does a stream of pages. One
 * memo per predicate (the pipeline passes two: any trigger, and the triggers that can code with one party).
 */
const memos = new WeakMap<(lemma: string) => boolean, Map<string, boolean>>();
const MEMO_LIMIT = 100_000;

function isTrigger(word: string, mayTrigger: (lemma: string) => boolean): boolean {
  let memo = memos.get(mayTrigger);
  if (!memo) memos.set(mayTrigger, (memo = new Map()));
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

/** What is known of each paragraph before tagging: its span and the actor mentions and places found in it. */
export interface ParagraphFacts {
  start: number;
  end: number;
  /** Actor mentions that start in it. */
  actors: number;
  /** Where the first of them starts (-1 when none does). */
  firstActor: number;
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
  for (const [start, end] of spans) if (holdsTrigger(text.slice(start, end), mayTrigger)) return true;
  return false;
}

/**
 * Indexes of the paragraphs to tag and code: those with a trigger word and someone to act (an actor, a place for
 * protests, or a subject pronoun once an actor was named before), and, before each one with a pronoun, the nearest
 * earlier paragraph with an actor, whose subject the pronoun may stand for.
 *
 * A paragraph all of whose sentences the coder skips as another language's (`isForeign`, event-paragraphs-language.ts)
 * yields no event of its own either, and is left out on the same terms. `isForeign` is asked only of paragraphs that
 * would be kept otherwise: reading every paragraph's words for it cost more than all the rest of the choice.
 *
 * Given `maySoloTrigger` (the words that may head an event whose sentence names one party at most), a paragraph that
 * names one party (one actor mention, no place, no pronoun) and holds none of those words can yield no event of its
 * own, and is left out unless a later pronoun may read its subject: the coder carries a sentence's subject forward
 * until a later tagged sentence names one, so the paragraph stays when the next tagged paragraph that names an actor
 * or holds a subject pronoun reads the pronoun first, and when it is the antecedent kept for a pronoun.
 *
 * `mayTrigger` must accept every lemma and lower-cased form a pattern can start with. Answers are kept per word for
 * each predicate passed, so the pipeline passes the same functions every time.
 */
export function eventParagraphs(
  text: string,
  facts: readonly ParagraphFacts[],
  mayTrigger: (lemma: string) => boolean,
  maySoloTrigger?: (lemma: string) => boolean,
  isForeign?: (paragraph: number) => boolean,
): number[] {
  // 1: kept for its own trigger word, 2: kept as the antecedent of a later pronoun
  const keep = new Uint8Array(facts.length);
  let lastActor = -1;
  for (let p = 0; p < facts.length; p++) {
    const f = facts[p]!;
    const paragraph = text.slice(f.start, f.end);
    // A pronoun matters only once an actor was named before; the test is a superset of the coder's ("it's" too).
    const pronoun = lastActor >= 0 && PRONOUN.test(paragraph);
    // No one to act and no pronoun to stand for anyone: the words need not be read.
    if ((f.actors > 0 || f.place || pronoun) && holdsTrigger(paragraph, mayTrigger)) {
      keep[p] |= 1;
      if (pronoun) keep[lastActor] |= 2;
    }
    if (f.actors > 0) lastActor = p;
  }
  leaveOutUnread(text, facts, keep, maySoloTrigger, isForeign);
  const out: number[] = [];
  for (let p = 0; p < facts.length; p++) if (keep[p]) out.push(p);
  return out;
}

/**
 * Clears `keep` for the paragraphs eventParagraphs may leave out (foreign, or one-party), read from the last back.
 */
function leaveOutUnread(
  text: string,
  facts: readonly ParagraphFacts[],
  keep: Uint8Array,
  maySoloTrigger: ((lemma: string) => boolean) | undefined,
  isForeign: ((paragraph: number) => boolean) | undefined,
): void {
  // whether the next tagged paragraph that names an actor or holds a subject pronoun reads the pronoun first
  let pronounNext = false;
  for (let p = facts.length - 1; p >= 0; p--) {
    if (!keep[p]) continue;
    const f = facts[p]!;
    const paragraph = text.slice(f.start, f.end);
    if (
      keep[p] === 1 &&
      !pronounNext &&
      (isForeign?.(p) || (maySoloTrigger && oneParty(f, paragraph, maySoloTrigger)))
    ) {
      keep[p] = 0;
      continue;
    }
    const pronoun = paragraph.search(PRONOUN);
    if (f.actors > 0 || pronoun >= 0)
      pronounNext = pronoun >= 0 && (f.actors === 0 || f.start + pronoun < f.firstActor);
  }
}

/** A paragraph that names one party (one actor mention, no place, no pronoun) and holds no solo trigger word. */
function oneParty(f: ParagraphFacts, paragraph: string, maySoloTrigger: (lemma: string) => boolean): boolean {
  return f.actors === 1 && !f.place && !ANY_PRONOUN.test(paragraph) && !holdsTrigger(paragraph, maySoloTrigger);
}

/** Whether a word of the paragraph (or of any text) may be a trigger. */
export function holdsTrigger(paragraph: string, mayTrigger: (lemma: string) => boolean): boolean {
  // one lower-casing per paragraph, and words read one by one up to the first trigger (no array of every word)
  const lower = paragraph.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) if (isTrigger(m[0], mayTrigger)) return true;
  return false;
}
