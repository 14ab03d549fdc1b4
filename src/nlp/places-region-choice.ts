// A first-level region named alone ("in Ontario", "in Bali") against a namesake city of another state (Ontario,
// California; Bally, India): which of the two the text means.
import { gazetteer } from "./gazetteer.ts";
import { aloneRegionNames, type RegionHit } from "./gazetteer-regions.ts";
import type { PlaceEntry } from "./place-index.ts";

/**
 * A namesake city this large (or larger) is the place when the text names neither its state nor the region's: "in
 * Portland" (650,000) stays Oregon's city over Jamaica's parish, "in Ontario" (California's city, 171,000) is Canada's
 * province. Set between the two on the audited pages: cities from 200,000 up are as often the place meant.
 */
export const REGION_OVER_CITY = 200_000;

/**
 * Whether a text means the region named alone over the namesake `city`. Only a region of another state than the
 * city's competes. The text naming one state and not the other decides ("Indonesian police… in Bali"); else the
 * region wins unless the city is large. A region named like an English word ("Delta", "Kent") wins only where the
 * text names its state and not the city's: "the ferry docked in Delta" stays Canada's city.
 */
export function regionOverCity(text: string, region: RegionHit, city: PlaceEntry): boolean {
  if (region.typed || region.entry.country === city.country) return false;
  // The region's own name, which the text holds, says nothing of either state.
  const regionNamed = namesState(text, region.entry.country, region.entry.name);
  const cityNamed = namesState(text, city.country, region.entry.name);
  if (regionNamed !== cityNamed) return regionNamed;
  return region.standing !== "word" && city.population < REGION_OVER_CITY;
}

/**
 * A region whose name several states give ("Punjab": India, Pakistan; "Florida": the US, Uruguay) in the state the text
 * names, or the first when the text names none and it far outweighs the others; undefined when the text leaves it open.
 */
export function pickState(text: string, hit: RegionHit | undefined): RegionHit | undefined {
  if (!hit || hit.states.length === 1) return hit;
  const named = hit.states.filter((s) => namesState(text, s, hit.entry.name));
  const state = named.length === 1 ? named[0] : named.length === 0 && hit.lead ? hit.states[0] : undefined;
  return state ? { ...hit, entry: { ...hit.entry, country: state } } : undefined;
}

let stateWords: Map<string, string[]> | undefined;
/** Each state's names, demonyms and capitals from the actor gazetteer ("Indonesia", "Indonesian", "Jakarta"). */
function stateNames(): Map<string, string[]> {
  if (stateWords) return stateWords;
  const out = new Map<string, string[]>();
  for (const e of gazetteer().entries)
    if (e.k === "state" || e.k === "demonym" || e.k === "capital") {
      const list = out.get(e.c) ?? [];
      list.push(...e.n);
      out.set(e.c, list);
    }
  stateWords = out;
  return out;
}

/**
 * Whether the text names a state, its people, its capital or one of its regions that stand alone as a whole word:
 * "Police in California said… in Ontario" names the US, so Ontario is California's city.
 */
export function namesState(text: string, code: string, besides?: string): boolean {
  if ((stateNames().get(code) ?? []).some((n) => hasWord(text, n))) return true;
  return aloneRegionNames(code).some((n) => n !== besides && hasWord(text, n));
}

/** Whether `word` stands in `text` with no letter or digit against either end. */
export function hasWord(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if (!(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after))) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

/**
 * Names of lands that span several states, which English puts before a word for a state to say which kind of state:
 * "the Gulf state", "the Balkan states", "Caucasus nations". Some are also one state's province ("Gulf", Papua New
 * Guinea; "Balkan", Turkmenistan), which the region table holds.
 */
const SHARED_LANDS = new Set(
  (
    "gulf balkan balkans baltic caucasus caucasian nordic scandinavian sahel sahelian levant levantine maghreb " +
    "caribbean andean pacific arab persian gulf horn adriatic mediterranean"
  ).split(" "),
);

/** A word for a state, its kind or its rulers after a name makes the name an adjective: "the Balkan country". */
const STATE_NOUN =
  /^\s+(?:states|countr(?:y|ies)|nations?|monarch(?:y|ies)|kingdoms?|emirates?|sheikhdoms?|republics?|rulers?|regimes?|neighbou?rs?|allies|governments?|capitals?)\b/i;
/** "state" after a land several states share is the kind of state ("the Gulf state"), not the region's type word. */
const STATE_WORD = /^\s+state\b/i;

/**
 * Whether a first-level region's name (`key`, folded) is used as an adjective before a word for a state (`after`, the
 * text after the name): "the Balkan country", "Gulf monarchies", "the Gulf state" name no place, though Turkmenistan
 * has a Balkan province and Papua New Guinea a Gulf one ("in Gulf province" still names it).
 */
export function regionAsAdjective(key: string, after: string): boolean {
  // Capitalised, the state word is in the name looked up: "the Gulf State".
  const land = key.replace(/ states?$/, "");
  if (land !== key) return SHARED_LANDS.has(land);
  return STATE_NOUN.test(after) || (SHARED_LANDS.has(key) && STATE_WORD.test(after));
}
