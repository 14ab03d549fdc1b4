// "the defence ministries of Vietnam and Laos", "the Ministry of Energy of Ghana": an institution named by what it
// does, then "of" and the party it belongs to, acts as that party does; so does a state named by its kind first ("the
// Pacific island nation of Nauru").
import type { Unit } from "./sentence-units.ts";

// Nouns for a state's institutions, by the work they do rather than by the state they serve.
const INSTITUTIONS = new Set([
  "ministry",
  "ministries",
  "department",
  "departments",
  "service",
  "services",
  "agency",
  "agencies",
  "office",
  "offices",
  "committee",
  "council",
  "bureau",
  "administration",
]);

// Nouns that name a state by its kind before its name: "the Pacific island nation of Nauru", "the Gulf state of Qatar".
const STATE_TITLES = new Set(["nation", "country", "state", "kingdom", "republic", "emirate"]);

// Words inside the institution's phrase before its head: "the defence ministries", "the Border Guard Service".
const PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * The word before the institution's noun phrase when the "of" at `gov` follows one ("delegations of the defence
 * ministries of X": the second "of" returns the first), or undefined when it follows no institution. A capitalised
 * name between the institution and "of" is its own ("the Ministry of Foreign Affairs of Peru").
 */
export function institutionGovernor(units: readonly Unit[], gov: Unit | undefined): Unit | null | undefined {
  if (gov?.lower !== "of") return undefined;
  let head = units.indexOf(gov) - 1;
  let k = head;
  while (k > 0 && units[k]?.pos === "PROPN" && !units[k]?.mention) k--;
  if (k < head && units[k]?.lower === "of") head = k - 1;
  const noun = units[head]?.lower ?? "";
  if (!(INSTITUTIONS.has(noun) || (head === units.indexOf(gov) - 1 && STATE_TITLES.has(noun))) || units[head]?.mention)
    return undefined;
  let j = head - 1;
  while (j >= 0 && PHRASE_POS.has((units[j] as Unit).pos) && !units[j]?.mention) j--;
  return j >= 0 ? (units[j] as Unit) : null;
}
