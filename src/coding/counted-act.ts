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
