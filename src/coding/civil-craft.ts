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
  phraseWords(units, s + 1, 1, 4, head, words);
  const before = units[s - 1]?.lower === "from" || units[s - 1]?.lower === "of";
  if (before) phraseWords(units, s - 2, -1, 4, head, words);
  return words.some((w) => CIVIL.has(w)) && !words.some((w) => ARMED.has(w));
}

/** Adds to `words` up to `most` words of the noun phrase from `from` in direction `step`, stopping at `head`. */
function phraseWords(units: readonly Unit[], from: number, step: 1 | -1, most: number, head: number, words: string[]) {
  for (let i = from, n = 0; i >= 0 && i < units.length && i !== head && n < most; i += step, n++) {
    const u = units[i] as Unit;
    if (u.mention || !PHRASE.has(u.pos)) break;
    words.push(u.lower);
  }
}
