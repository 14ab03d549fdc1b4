// "agreed to stop targeting the Houthis", "ceased shelling the port": a gerund right after a verb of stopping names
// the act being stopped, as the object noun of "ended the blockade" does (reversal.ts). Read by act-code.ts, and by
// actor-roles.ts, which keeps a stopped attack on an armed group an easing of force, not a departure from a body.
import { DENYING } from "./modality.ts";
import type { Unit } from "./sentence-units.ts";

// Verbs that stop the act their "-ing" object names.
const STOPPING = new Set(["stop", "cease", "quit", "halt", "suspend", "discontinue", "pause", "end"]);

/** The verb of stopping right before the gerund trigger at `head`, in its clause (adverbs passed over), or -1. */
export function stoppingVerb(units: readonly Unit[], head: number): number {
  const h = units[head];
  // The tagger reads some gerunds as nouns: "stopped bombing Gaza".
  if ((h?.pos !== "VERB" && h?.pos !== "NOUN") || !h.lower.endsWith("ing")) return -1;
  let k = head - 1;
  while (k >= 0 && (units[k] as Unit).pos === "ADV") k--;
  const u = units[k];
  return u?.pos === "VERB" && u.clause === h.clause && STOPPING.has(u.lemma) ? k : -1;
}

// Verbs that keep away from the act their object names: "avoid travelling to Japan", "refrain from criticizing".
const AVOIDING = new Set(["avoid", "shun"]);
const REFRAINING = new Set(["refrain", "abstain", "desist"]);

/**
 * "urged its citizens to avoid travelling to Japan", "refrained from criticizing Beijing", "avoid travel to Japan":
 * the act after a verb of keeping away is one nobody does; "denied directly supporting" is one not admitted.
 */
export function avoidedAct(units: readonly Unit[], head: number): boolean {
  const h = units[head];
  if (h?.pos !== "VERB" && h?.pos !== "NOUN") return false;
  let k = head - 1;
  while (k >= 0 && ["ADV", "DET", "ADJ"].includes((units[k] as Unit).pos)) k--;
  const u = units[k];
  if (u?.pos === "VERB" && u.clause === h.clause && AVOIDING.has(u.lemma)) return true;
  // "has denied directly supporting the rebels": modality.ts reads a denial right before its gerund; one an adverb
  // parts from it is as little asserted.
  if (u?.clause === h.clause && DENYING.has(u.lemma) && k < head - 1 && h.lower.endsWith("ing")) return true;
  return u?.lower === "from" && REFRAINING.has(units[k - 1]?.lemma ?? "") && units[k - 1]?.clause === h.clause;
}
