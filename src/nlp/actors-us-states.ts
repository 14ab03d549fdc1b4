// "Georgia" is a Caucasian state and a US state. In a text about US politics ("Biden won Georgia and Arizona",
// "Georgia election officials", "Georgia Governor Brian Kemp") it is the US state, whose officials are US actors; in
// a text about the Caucasus ("Tbilisi, Georgia", "Georgian troops") it stays the country.
import type { Match } from "./actors.ts";
import { regionKeys } from "./gazetteer-regions.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** The one sovereign state named like a US state (the region table's other US rows are territories or freely
 * associated states under their own names), with its own code. */
const NAMESAKES = new Map([["georgia", "GEO"]]);
/** US cities that name no other state's and tie a text to the US state (Georgia's capital). */
const US_CITIES = ["atlanta"];

let usNames: Set<string> | undefined;
/** Folded names of the US states (first-level regions of the USA in the region table), less Georgia. */
function usStateNames(): Set<string> {
  if (usNames) return usNames;
  usNames = new Set([...regionKeys("USA"), ...US_CITIES]);
  for (const n of NAMESAKES.keys()) usNames.delete(n);
  return usNames;
}

// A US state named like the US capital: in the news "Washington" is the US government ("Georgia, praised by
// Washington for its reforms"), and names the state only as "Washington state".
const CAPITAL_NAMESAKES = new Set(["washington"]);

/** Whether the text names a US state or Atlanta: one or two words (New Mexico, North Carolina). */
function namesUsState(toks: GazToken[]): boolean {
  const names = usStateNames();
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].shape !== 1) continue;
    if (CAPITAL_NAMESAKES.has(toks[k].norm)) {
      if (toks[k + 1]?.norm === "state") return true;
      continue;
    }
    if (names.has(toks[k].norm)) return true;
    if (k + 1 < toks.length && names.has(`${toks[k].norm} ${toks[k + 1].norm}`)) return true;
  }
  return false;
}

/**
 * Recodes a state mention named like a US state ("Georgia") to the USA when the text names another US state or
 * Atlanta and nothing else of the namesake state (its capital, demonym, people, regions).
 */
export function resolveUsStates(toks: GazToken[], kept: Match[]): void {
  const named = kept.filter(
    (m) => m.kind === "state" && NAMESAKES.get(toks[m.i].norm) === m.actor.code && m.bare === m.i + 1,
  );
  if (!named.length) return;
  const code = named[0]!.actor.code;
  // Any other mention of the state (Tbilisi, Georgian, a Georgian minister) keeps the country.
  if (kept.some((m) => m.actor.code === code && !named.includes(m))) return;
  if (!namesUsState(toks)) return;
  for (const m of named) m.actor = { ...m.actor, code: "USA" };
}
