// An act told in an infinitive of purpose or a participle after a comma ("will join the accords to normalise
// relations", "will sign the pact, opening its border") hangs on the verb before it: if that verb's act is still to
// come or only supposed, so is this one.
import type { Unit } from "./sentence-units.ts";

/** Words no hosting verb is looked for across: another clause, a relative or a subordinate opens there. */
const BARRIER = /^(?:[;:.!?()—–]|that|which|who|whom|whose|while|whereas|because|although|though|but|and|or)$/;

/**
 * The verb an infinitive ("to normalise") or a participle after a comma (", normalising") at `head` hangs on, looked
 * for up to ten words back in the sentence; -1 when the head is neither or no verb is found. "and" ends the search,
 * since a verb after it is a second act of its own ("met Erdogan and signed").
 */
export function hostVerb(units: readonly Unit[], head: number): number {
  const h = units[head] as Unit;
  if (h.pos !== "VERB") return -1;
  let k = head - 1;
  while (k >= 0 && (units[k] as Unit).pos === "ADV") k--;
  const infinitive = units[k]?.lower === "to";
  const participle = h.lower.endsWith("ing") && units[k]?.lower === ",";
  if (!infinitive && !participle) return -1;
  for (let j = k - 1; j >= 0 && j >= k - 10; j--) {
    const u = units[j] as Unit;
    if (BARRIER.test(u.lower) || u.attribution) return -1;
    // "the inciting offense": a participle before its noun describes it; it is no verb to hang on.
    if (u.pos === "VERB" && units[j - 1]?.pos === "DET" && units[j + 1]?.pos === "NOUN") return -1;
    // "approved a US plan to disarm the group, yielding to pressure": an infinitive completing a noun is no verb a
    // participle hangs on; the participle tells what the clause's subject did.
    if (u.pos === "VERB" && participle && units[j - 1]?.lower === "to" && units[j - 2]?.pos === "NOUN") continue;
    if (u.pos === "VERB") return j;
  }
  return -1;
}

/** Words a noun phrase is made of before its head: "Western countries' anti-Russian economic sanctions". */
const PHRASE_WORD = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);

/**
 * The verb whose object is the noun phrase ending in the noun act at `head` ("did not join Western countries'
 * anti-Russian economic sanctions": join), found over up to ten words of the phrase; -1 when the phrase opens the
 * clause or something else comes before it.
 */
export function phraseVerb(units: readonly Unit[], head: number): number {
  for (let k = head - 1; k >= 0 && k >= head - 10; k--) {
    const u = units[k] as Unit;
    if (u.pos === "VERB") return k;
    if (!(PHRASE_WORD.has(u.pos) || u.mention || /^(?:'s|’s|'|’|-|its|their|his|her|our)$/.test(u.lower))) return -1;
  }
  return -1;
}

// Papers that ask for an act or give notice of it: what they are filed for is done only once they are filed.
const FILINGS = new Set(["notification", "notice", "request", "application", "bid", "petition"]);

/** "a notification to withdraw", "an application to join": an infinitive completing a filing noun. */
export function filedFor(units: readonly Unit[], head: number): boolean {
  let k = head - 1;
  while (k >= 0 && (units[k] as Unit).pos === "ADV") k--;
  return units[k]?.lower === "to" && FILINGS.has(units[k - 1]?.lemma ?? "");
}
