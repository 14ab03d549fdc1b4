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
 * the act after a verb of keeping away is one nobody does; "denied directly supporting" is one not admitted; a
 * meeting skipped ("skipped the summit") is not held with the party that skipped it.
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
  if (u?.lower === "from" && REFRAINING.has(units[k - 1]?.lemma ?? "") && units[k - 1]?.clause === h.clause)
    return true;
  return h.pos === "NOUN" && skippedOccasion(units, head);
}

// Verbs by which a party stays away from a meeting: "skipped the summit", "missed the talks", "snubbed the forum";
// and the phrasal ones, read at their particle: "sat out", "stayed away from", "passed up".
const SKIPPING = new Set(["skip", "miss", "snub", "forgo", "forego"]);
const PHRASAL_SKIPPING: Record<string, string[]> = { out: ["sit"], up: ["pass"], from: ["away"] };
// Words between the verb and the meeting's noun: "skipped Thursday's CSTO summit in Minsk".
const BEFORE_NOUN = new Set(["DET", "ADJ", "NUM", "PROPN"]);
const owner = (w: Unit | undefined) => w?.lower === "'s" || w?.lower === "’s";

/**
 * "Pashinian skipped meetings in Saint Petersburg of the leaders of Russia", "sat out the summit with Putin",
 * "stayed away from the talks": the party did not meet the others, so the meeting's noun is no meeting of theirs.
 */
function skippedOccasion(units: readonly Unit[], head: number): boolean {
  const clause = (units[head] as Unit).clause;
  let k = head - 1;
  for (; k >= 0 && k >= head - 5; k--) {
    const u = units[k] as Unit;
    // "last week's summit": a noun before a possessive dates or owns the meeting.
    if (!(BEFORE_NOUN.has(u.pos) || u.mention || owner(u) || (u.pos === "NOUN" && owner(units[k + 1])))) break;
  }
  const u = units[k];
  if (!u || u.clause !== clause) return false;
  if (u.pos === "VERB") return SKIPPING.has(u.lemma);
  const verbs = PHRASAL_SKIPPING[u.lower];
  if (!verbs) return false;
  // "stayed away from": the particle "away" sits between the verb and "from".
  const verb = u.lower === "from" ? units[k - 2] : units[k - 1];
  if (u.lower === "from") return units[k - 1]?.lower === "away" && (verb?.lemma === "stay" || verb?.lemma === "keep");
  return !!verb && verbs.includes(verb.lemma);
}
