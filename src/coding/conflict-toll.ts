// "signed a deal to end fighting that has killed thousands", "the conflict, which has killed 500,000 people": a verb
// of killing in a relative clause on a noun of ongoing conflict counts that conflict's toll. Nobody is named doing
// it, so it is no act between the sentence's parties (who are often the ones making peace). Read by act-code.ts.
import type { Unit } from "./sentence-units.ts";

// Nouns of fighting that goes on, whose toll a relative clause gives (not one strike or offensive, whose agent acts).
const CONFLICTS = new Set([
  "fighting",
  "war",
  "conflict",
  "violence",
  "clashes",
  "unrest",
  "insurgency",
  "hostilities",
]);
const RELATIVES = new Set(["that", "which"]);
const TOLL_VERBS = new Set(["kill", "claim", "leave", "displace", "wound", "injure"]);

/** The verb at `head` opens a relative clause on a noun of conflict and tells its toll ("fighting that killed"). */
export function tollOfConflict(units: readonly Unit[], head: number): boolean {
  const h = units[head];
  if (h?.pos !== "VERB" || !TOLL_VERBS.has(h.lemma)) return false;
  let k = head - 1;
  while (k >= 0 && ["AUX", "ADV"].includes((units[k] as Unit).pos)) k--;
  if (!RELATIVES.has(units[k]?.lower ?? "")) return false;
  k--;
  if (units[k]?.lower === ",") k--;
  return CONFLICTS.has(units[k]?.lower ?? "");
}
