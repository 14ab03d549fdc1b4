// "It was Dodik's fourth meeting with Putin since 2022", "This was Orban's second visit to Beijing in a month": a
// noun act counted with an ordinal, whose clause says only that something "was" it, restates an act the text has
// reported already (or tallies past ones); it is no new act. The present does too: "This is the envoy's fifth visit
// to Minsk" follows the report of the visit it counts (judged a repeat on real news), and the visit is coded there.
import type { Unit } from "./sentence-units.ts";

const ORDINALS = new Set(
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth umpteenth nth".split(" "),
);
const isOrdinal = (w: string) => ORDINALS.has(w) || /^\d+(st|nd|rd|th)$/.test(w);
// What may stand between "was" and the act noun: "the leaders' third", "Orban's second official", "a fourth".
const PHRASE = new Set(["DET", "ADJ", "NUM", "PROPN", "NOUN", "PRON"]);
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const COPULAS = new Set(["was", "were", "is", "are"]);

/** The noun act at `head` is counted with an ordinal ("fourth meeting") after a bare "was" or "is" of its clause. */
export function countedAct(units: readonly Unit[], head: number): boolean {
  let counted = false;
  let k = head - 1;
  for (; k >= 0 && k >= head - 7; k--) {
    const u = units[k] as Unit;
    if (isOrdinal(u.lower)) counted = true;
    else if (!(PHRASE.has(u.pos) || u.mention || POSSESSIVE.has(u.lower))) break;
  }
  const copula = units[k];
  if (!counted || !copula || !COPULAS.has(copula.lower) || copula.lemma !== "be") return false;
  // The copula is the clause's only verb: "It was", "Sunday's talks were"; not "hoped it was".
  for (let j = k - 1; j >= 0 && units[j]?.clause === copula.clause; j--)
    if (units[j]?.pos === "VERB" || units[j]?.pos === "AUX") return false;
  return true;
}

// Words that mark a noun act as one held before the news: "in earlier talks", "the previous round of negotiations".
const EARLIER = new Set(["earlier", "previous", "prior"]);
const NOUN_PHRASE = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * The noun act at `head` is marked as held before: "reaffirmed the agreements reached in earlier talks", "the
 * previous talks between Armenia and Azerbaijan". It refers back to an act, it is no act of the sentence.
 */
export function earlierAct(units: readonly Unit[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - 3; k--) {
    const u = units[k] as Unit;
    // A preposition or article opens the phrase: "in earlier talks", "the previous talks". Not "Putin earlier met
    // Erdogan" (an adverb of the verb), nor a party's own "Armenia's previous accusations", which a sentence on what
    // followed them reports as the recent act it follows on.
    // "The previous day Russia attacked Kyiv": a time marked earlier dates the act after it, it refers back to none.
    if (EARLIER.has(u.lower) && TIMES.has(units[k + 1]?.lower ?? "")) return false;
    if (EARLIER.has(u.lower)) return OPENERS.has(units[k - 1]?.pos ?? "");
    if (!(NOUN_PHRASE.has(u.pos) || u.mention)) return false;
  }
  return false;
}
const OPENERS = new Set(["ADP", "DET"]);
const TIMES = new Set(["day", "days", "night", "evening", "morning", "afternoon", "week", "weekend", "month", "year"]);
