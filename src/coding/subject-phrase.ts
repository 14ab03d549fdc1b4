// Subject phrases that colour a mood (a verbless headline subject, one opened by "no"): moved out of modality.ts.
import type { Unit } from "./sentence-units.ts";

// Words a headline's subject may hold besides its parties: "Russian President Putin", "Iran and the US".
const HEADLINE_SUBJECT = new Set(["DET", "ADJ", "NOUN", "PROPN", "CCONJ", "PUNCT"]);

/** Whether the unit at `last` is a party that ends a subject opening the sentence with no verb in it. */
export function headlineSubject(units: readonly Unit[], last: number): boolean {
  if (!units[last]?.mention) return false;
  for (let k = 0; k < last; k++) {
    const u = units[k] as Unit;
    if (!u.mention && !HEADLINE_SUBJECT.has(u.pos)) return false;
  }
  return true;
}

// What a subject phrase may hold between its opening "no" or "none of" and the verb: "no EU member state".
const SUBJECT_WORDS = new Set(["ADJ", "NOUN", "PROPN", "NUM", "DET"]);

/**
 * The subject phrase ending at `last` opens with "no" or "none of" at the head of its clause: "No EU member has
 * voiced support", "None of the Gulf states condemned". "a deal with no Russian involvement" is no subject.
 */
export function noneSubject(units: readonly Unit[], last: number): boolean {
  for (let k = last; k >= 0 && k >= last - 6; k--) {
    const u = units[k] as Unit;
    if (u.lower === "no" || u.lower === "none") {
      const before = units[k - 1];
      return !before || before.pos === "PUNCT" || before.pos === "CCONJ" || before.pos === "SCONJ";
    }
    if (!(u.mention || SUBJECT_WORDS.has(u.pos) || u.lower === "of")) return false;
  }
  return false;
}
