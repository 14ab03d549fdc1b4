// Who a gathering named by its parties ("the forum brought together ministers from A and B", "the talks were
// co-chaired by A") brings together: only the states or their officials meet, and only if the gathering took place.

import type { Unit } from "./sentence-units.ts";

// People a state's name only describes: business people, students, fans, artists from two states meeting are no
// meeting of the states. Words, not the mention's role: a state company ("Rosatom's director general") meets for its
// state.
const PRIVATE_WORDS =
  /\b(?:businessm[ae]n|businesswomen|business ?people|business leaders|companies|firms|investors|entrepreneurs|students|fans|supporters|artists|musicians|athletes|sportsmen|players|scholars|academics|scientists|researchers|experts|youth|young people|writers|filmmakers|designers|bloggers|volunteers)\b/i;

/** Whether the mention at `i` names private people of a state, not the state or its officials. */
export function privateParty(units: readonly Unit[], i: number): boolean {
  const mention = units[i]?.mention;
  if (!mention) return false;
  // "artists from Kazakhstan": the people may stand outside the mention, before its "from" or "of".
  const before = ["from", "of"].includes(units[i - 1]?.lower ?? "") ? (units[i - 2]?.lower ?? "") : "";
  return PRIVATE_WORDS.test(`${mention.text} ${before}`);
}

// "would have included Israel", "could have joined": a modal before the other side makes its part counterfactual or
// only possible.
const UNREAL = new Set(["would", "could", "might", "should", "'d"]);

/** A modal between the gathering and the party at `to`: that party's part is not a fact. */
export function unrealBetween(units: readonly Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (UNREAL.has((units[k] as Unit).lower)) return true;
  return false;
}
