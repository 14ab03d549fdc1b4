// A noun act whose object is named after "against" by a common noun: "the fight against militants", "a campaign
// against terrorism", "the war against drug cartels". The act is aimed at that, no party; a state named further on
// ("Chad, a key ally in the fight against militants, has moved closer to Russia") is no target of it.
import type { Unit } from "./sentence-units.ts";

const PHRASE_START = new Set(["DET", "ADJ", "NUM"]);

/** After the noun act ending at `end`, "against" and a noun phrase that names no actor and no place. */
export function commonNounObject(units: readonly Unit[], end: number): boolean {
  if (units[end]?.lower !== "against") return false;
  for (let k = end + 1; k < units.length && k <= end + 4; k++) {
    const u = units[k] as Unit;
    if (u.mention || u.placeEnd !== undefined) return false;
    if (u.pos === "NOUN") return true;
    // "Islamist militants": the tagger may read a modifier of the group as a name.
    if (!PHRASE_START.has(u.pos) && !(u.pos === "PROPN" && units[k + 1]?.pos === "NOUN")) return false;
  }
  return false;
}
