// Finds a civilian craft or civilian people as the doer named beside a source actor ("a Turkish Airlines passenger
// jet", "Chinese fishing boats", "tourists from Russia"): entering a state's airspace or waters, they show no force.
import type { Unit } from "./sentence-units.ts";

/** Nouns that are civilian whatever their modifiers, and modifiers that make a craft civilian ("passenger jet"). */
const CIVIL = new Set([
  "airliner",
  "airliners",
  "passenger",
  "passengers",
  "commercial",
  "cargo",
  "civilian",
  "civil",
  "fishing",
  "fishermen",
  "fisherman",
  "trawler",
  "trawlers",
  "merchant",
  "freighter",
  "freighters",
  "tanker",
  "tankers",
  "ferry",
  "ferries",
  "tourist",
  "tourists",
  "migrant",
  "migrants",
  "refugee",
  "refugees",
  "yacht",
  "yachts",
  "cruise",
]);

/** Words that keep a craft armed even beside a civil one ("a military cargo plane", "a naval tanker"). */
const ARMED = new Set(["military", "naval", "navy", "army", "warship", "warships", "coast", "air_force", "spy"]);

/** Parts of speech a noun phrase around the source is made of; any other word ends it. */
const PHRASE = new Set(["NOUN", "PROPN", "ADJ", "VERB", "NUM"]);

/**
 * Whether the doer named with source unit `s` is a civilian craft or civilian people: the noun phrase right after the
 * source ("Chinese fishing boats"), the mention itself ("Syrian migrants"), or right before it across one "from" or "of" ("a passenger jet from Turkey").
 * `head` is the act's trigger word, which the phrase never crosses.
 */
export function civilDoer(units: readonly Unit[], s: number, head: number): boolean {
  // The mention may hold the doer itself ("Syrian migrants", "Russian fighter jets").
  const words = (units[s]?.mention?.text ?? "").toLowerCase().split(/\s+/);
  for (let i = s + 1; i < units.length && i !== head && i <= s + 4; i++) {
    const u = units[i] as Unit;
    if (u.mention || !PHRASE.has(u.pos)) break;
    words.push(u.lower);
  }
  let j = s - 1;
  if (units[j]?.lower === "from" || units[j]?.lower === "of") j--;
  if (j < s - 1) {
    for (let i = j; i >= 0 && i !== head && i >= j - 3; i--) {
      const u = units[i] as Unit;
      if (u.mention || !PHRASE.has(u.pos)) break;
      words.push(u.lower);
    }
  }
  return words.some((w) => CIVIL.has(w)) && !words.some((w) => ARMED.has(w));
}
