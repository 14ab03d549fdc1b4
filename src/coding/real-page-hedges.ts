// Hedges met on real news pages more than in wire sentences: questions with a modal ("What would have happened had
// ...?"), acts listed under a verb ("would take steps, including calling for ..."), and the goal after "for" ("in
// touch with Iran for the release of hostages"). moodOf (modality.ts) reads them.
import type { Unit } from "./sentence-units.ts";

// Nouns of yielding that are sought more often than reported after "for": "for the release of", "for a withdrawal".
const YIELDING = new Set(["release", "withdrawal", "ceasefire", "truce", "pullout", "return", "evacuation"]);
// Verbs that say the act after "for" was done: "thanked Qatar for the release", "praised Turkey for its mediation".
const THANKING = new Set(["thank", "praise", "credit", "commend", "hail", "congratulate", "laud", "applaud"]);
// Modal words that make a question hypothetical ("What would have happened had ...?", "Could Russia attack ...?");
// a question without one may still presuppose its act ("Why did Russia attack?").
const QUESTION_MODAL = new Set(["would", "could", "should", "will", "might", "may", "can"]);

/** The sentence is a question (ends with "?") with a modal word before the trigger. */
export function askedWithModal(units: readonly Unit[], head: number): boolean {
  let end = units.length - 1;
  while (end > head && ["”", '"', "’", "'"].includes((units[end] as Unit).lower)) end--;
  if ((units[end] as Unit).lower !== "?") return false;
  for (let k = 0; k < head; k++) if (QUESTION_MODAL.has((units[k] as Unit).lower)) return true;
  return false;
}

/**
 * The verb a list opened by "including" at k hangs on: the nearest verb before it that is not an infinitive of
 * purpose ("would take measures to oppose it, including ..." hangs on "take"), or -1.
 */
export function listingVerb(units: readonly Unit[], including: number): number {
  for (let k = including - 1; k >= 0 && k >= including - 16; k--)
    if ((units[k] as Unit).pos === "VERB" && units[k - 1]?.lower !== "to") return k;
  return -1;
}

/** "for the release of": a yielding noun at `head` after "for" at `k` that no verb of thanks looks back on. */
export function soughtYield(units: readonly Unit[], k: number, head: number): boolean {
  return YIELDING.has((units[head] as Unit).lemma) && !THANKING.has(verbBefore(units, k)?.lemma ?? "");
}

/** The nearest verb before k within six words. */
function verbBefore(units: readonly Unit[], at: number): Unit | undefined {
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) if ((units[k] as Unit).pos === "VERB") return units[k];
  return undefined;
}
