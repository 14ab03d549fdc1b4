// Treaties, agreements and other documents named after a place or state: "the Rome Statute", "the Minsk agreements",
// "the Paris climate agreement", "the Treaty of Rome". The place in such a name is no actor.
import type { GazToken } from "./gazetteer-tokens.ts";

/** Last words of a document's or a diplomatic format's name. */
const DOCUMENT = new Set(
  "statute statutes treaty treaties protocol protocols accord accords agreement agreements declaration convention conventions process format charter communique memorandum consensus".split(
    " ",
  ),
);

/** Words that may sit between a city and the document word ("Minsk peace accords", "Paris climate agreement"). */
const BETWEEN = new Set("peace climate nuclear ceasefire cease fire trade grain ii 2 security".split(" "));

/**
 * Whether the name at tokens [i, j) is part of a document's name. A city or capital before a document word (in any
 * case, news writes "the Minsk agreements") or after "Treaty of"; a state only before a capitalised one ("the Ukraine
 * Compact" no, "the Iran agreement" is Iran's own: only "Korea Declaration"-style capitalised names).
 */
export function namesDocument(toks: GazToken[], sent: Int32Array, i: number, j: number, place: boolean): boolean {
  let k = j;
  if (place) while (k < toks.length && k - j < 2 && sent[k] === sent[i] && BETWEEN.has(toks[k].norm)) k++;
  if (k < toks.length && sent[k] === sent[i] && DOCUMENT.has(toks[k].norm) && (place || toks[k].shape !== 0))
    return true;
  // "the Treaty of Rome", "the Declaration of Astana": a capitalised document word, then "of".
  return place && afterHeadOf(toks, sent, i, DOCUMENT);
}

/** Whether the name at token i follows a capitalised word of `heads` and "of" in its sentence ("Treaty of | Rome"). */
export function afterHeadOf(toks: GazToken[], sent: Int32Array, i: number, heads: Set<string>): boolean {
  return (
    i >= 2 &&
    sent[i - 2] === sent[i] &&
    toks[i - 1].norm === "of" &&
    toks[i - 2].shape !== 0 &&
    heads.has(toks[i - 2].norm)
  );
}
