// Whether a capitalised word belongs to the name of a body, not a trigger: moved out of match-patterns.ts.
import type { Unit } from "./sentence-units.ts";

// Small words inside a capitalised name: "Committee to Protect Journalists", "Campaign Against Arms Trade".
const NAME_JOINERS = new Set(["to", "for", "against", "of", "and", "&"]);
// Bodies named for what they handle ("Ministry of Finance", "Department of Defense", "Committee for State Security").
const BODIES = new Set([
  "ministry",
  "minister",
  "department",
  "secretary",
  "committee",
  "commission",
  "office",
  "bureau",
]);

/**
 * "started a Committee to Boycott Nixon's Memoirs", "Human Rights Watch": a capitalised word that carries on a
 * capitalised name (the tagger's PROPN) is part of the name of a body, not an act. A name of a party before it
 * ("Russia Attacks Ukraine") leaves the word a verb of a headline.
 */
export function inName(units: readonly Unit[], i: number): boolean {
  if ((units[i] as Unit).pos !== "PROPN") return false;
  const joined = NAME_JOINERS.has(units[i - 1]?.lower ?? "");
  const before = units[joined ? i - 2 : i - 1];
  if (before?.pos !== "PROPN" || before.placeEnd !== undefined) return false;
  // "the Kyrgyz Ministry of Finance", "the Department of Defense": a body's own name may be a party's mention.
  return !before.mention || (joined && BODIES.has(before.mention.text.split(" ").pop()?.toLowerCase() ?? ""));
}
