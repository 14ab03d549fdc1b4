// Where aid goes when no one is named to receive it: to the state a disaster in the same sentence struck.
import type { Unit } from "./sentence-units.ts";

// Disasters that draw aid: "A typhoon battered the Philippines, and China sent aid", "after floods in Pakistan".
const DISASTERS = new Set([
  "typhoon",
  "hurricane",
  "cyclone",
  "storm",
  "earthquake",
  "quake",
  "tsunami",
  "flood",
  "floods",
  "flooding",
  "drought",
  "famine",
  "wildfire",
  "wildfires",
  "landslide",
  "landslides",
  "eruption",
  "epidemic",
  "outbreak",
]);
// How far past the disaster word the struck state may be named: "Floods swept through Pakistan".
const REACH = 6;

/**
 * "A typhoon battered the Philippines, and China sent emergency aid": aid (CAMEO 07) with no recipient named goes to
 * the state the sentence's disaster struck, named in that disaster's own clause, if it is not the giver. Returns the
 * state's unit, or undefined.
 */
export function disasterRecipient(units: readonly Unit[], head: number, own: readonly string[]): number | undefined {
  for (let d = 0; d < units.length; d++) {
    const u = units[d] as Unit;
    if (!DISASTERS.has(u.lemma) && !DISASTERS.has(u.lower)) continue;
    for (let k = d + 1; k < units.length && k <= d + REACH && k !== head; k++) {
      const w = units[k] as Unit;
      if (w.clause !== u.clause) break;
      const actor = w.mention?.actor;
      if (!actor) continue;
      if (w.mention?.kind !== "state" || actor.role || own.includes(actor.code)) break;
      return k;
    }
  }
  return undefined;
}
