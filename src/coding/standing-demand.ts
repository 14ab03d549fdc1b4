// A demand named with its author as the object of a response ("agrees to Beijing's demands", "would never bow to EU
// demands") was made, whatever becomes of the response: its author demanded it of the one who would respond.
import type { Match } from "./match-patterns.ts";
import { moodOf } from "./modality.ts";
import { type ActorGroup, isSubjectPosition } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

// Verbs of answering a demand, and the preposition some of them take.
const RESPONSES = new Set([
  "accept",
  "agree",
  "reject",
  "refuse",
  "bow",
  "yield",
  "cave",
  "give",
  "comply",
  "meet",
  "balk",
  "resist",
  "defy",
  "ignore",
  "dismiss",
  "heed",
  "rebuff",
  "spurn",
  "submit",
  "succumb",
]);
const RESPONSE_PREP = new Set(["to", "with", "at", "in"]);
// Words of a demand that leave no doubt one was made; "condition" and "request" may be a state or a wish.
const DEMAND_NOUNS = new Set(["demand", "demands", "ultimatum", "ultimatums"]);

/**
 * "if Trump agrees to Beijing's demands", "would never bow to EU demands": each demand noun with its author that a
 * response only supposed or denied takes as object becomes a match of its own (in place of the noun's match, or
 * after the response's that took it in), its author in the source slot and the responder in the target slot.
 */
export function addStandingDemands(
  matches: Match[],
  units: readonly Unit[],
  groups: readonly ActorGroup[],
  demand: Match["pattern"],
): void {
  for (let k = 0; k < units.length; k++) {
    if (!DEMAND_NOUNS.has((units[k] as Unit).lower)) continue;
    const found = authorOfDemand(units, k);
    if (!found) continue;
    const { author, verb } = found;
    const clause = (units[verb] as Unit).clause;
    const responder = groups.filter(
      (g) => g.last < verb && (units[g.first] as Unit).clause === clause && isSubjectPosition(units, g),
    );
    const match = {
      pattern: demand,
      head: k,
      headEnd: k + 1,
      end: k + 1,
      slotS: [author],
      slotT: responder.at(-1)?.members ?? [],
    };
    const own = matches.findIndex((o) => o.head === k);
    if (own >= 0) matches.splice(own, 1, match);
    else {
      const at = matches.findIndex((o) => o.head > k);
      matches.splice(at < 0 ? matches.length : at, 0, match);
    }
  }
}

/** The author of a demand noun at `head` and the verb of response that takes it as object. */
function authorOfDemand(units: readonly Unit[], head: number): { author: number; verb: number } | undefined {
  if ((units[head] as Unit).pos !== "NOUN") return undefined;
  // Its author: "Beijing's demands", "EU demands", "the Ugandan ultimatum", "Moscow's repeated demands".
  let k = head - 1;
  while (units[k]?.pos === "ADJ") k--;
  if (units[k]?.lower === "'s" || units[k]?.lower === "'") k--;
  const author = k;
  if (!units[k]?.mention) return undefined;
  // The response right before it: "rejected", "agrees to", "bowed to", "gave in to", "complied with the".
  let v = k - 1;
  if (units[v]?.pos === "DET") v--;
  if (RESPONSE_PREP.has(units[v]?.lower ?? "")) v--;
  if (units[v]?.lower === "in") v--;
  const verb = units[v];
  if (verb?.pos !== "VERB" || !RESPONSES.has(verb.lemma)) return undefined;
  // A response said as done carries the pair itself, as the suites code it ("Serbia rejected an Australian
  // ultimatum": only the rejection); one only supposed or denied leaves the demand as the act to code.
  const mood = moodOf(units, v, false);
  return mood === "hypothetical" || mood === "negated" ? { author, verb: v } : undefined;
}
