// Words before a "that" which leave the act in its clause undone: a demand ("demanded that X withdraw", "sought
// assurances from Kyiv that"), or a verb still to come or only supposed ("will make it clear that"). Read by modality.ts.
import { DAY_WORDS } from "./day-words.ts";
import type { Unit } from "./sentence-units.ts";

// "demanded that X withdraw": what is demanded has not happened.
export const DEMANDING: ReadonlySet<string> = new Set([
  "demand",
  "insist",
  "urge",
  "ask",
  "request",
  "propose",
  "recommend",
  "suggest",
  "require",
]);

// Modals that put what a verb would show in the future or in a guess: "will make it clear that", "could mean that".
const FORETELLING = new Set(["will", "would", "could", "may", "might", "'ll"]);

/**
 * "The visit will make it clear that China intends to side with Russia", "the deal could mean that Baku joins": what
 * a verb still to come or only supposed would show is a forecast; the act in the that-clause is not reported done.
 */
export function foretoldThat(units: readonly Unit[], that: number): boolean {
  for (let j = that - 1; j >= 0 && j >= that - 4; j--) {
    const u = units[j] as Unit;
    // "make it clear that": the tagger may read "clear" as a verb; the verb that counts is "make".
    if (u.pos === "VERB" && u.lower !== "clear") return FORETELLING.has(units[j - 1]?.lower ?? "");
    if (!["ADJ", "PRON", "ADV", "VERB"].includes(u.pos)) return false;
  }
  return false;
}

/**
 * The word a "that" at `that` hangs from, past a day between them: "demanded today that Israel ease", "reiterated its
 * demand on Friday that Kyiv withdraw", "urged again that ...". Wires date the demand there, not what is demanded.
 */
export function beforeThat(units: readonly Unit[], that: number): number {
  let k = that - 1;
  if (DAY_WORDS.has(units[k]?.lower ?? "") || units[k]?.lower === "again") k--;
  return units[k]?.lower === "on" && DAY_WORDS.has(units[k + 1]?.lower ?? "") ? k - 1 : k;
}

/** The noun phrase ending before `that` at k (with its "by/from X") is the object of a verb of demanding. */
export function demandedNoun(units: readonly Unit[], that: number): boolean {
  let k = beforeThat(units, that);
  let noun = false;
  for (; k >= 0 && k >= that - 8; k--) {
    const u = units[k] as Unit;
    if (u.pos === "NOUN") noun = true;
    else if (!(u.mention || ["DET", "ADJ", "NUM"].includes(u.pos) || u.lower === "by" || u.lower === "from")) break;
  }
  const verb = units[k];
  return noun && verb?.pos === "VERB" && DEMANDING.has(verb.lemma);
}
