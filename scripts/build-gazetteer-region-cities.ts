// A city name the actor gazetteer reads ("police in Ontario") that is also another state's first-level region follows
// the place finder's choice (src/nlp/places-region-choice.ts): where a region whose name only a namesake city held back
// (admin-regions.tsv standing 2) beats a city under REGION_OVER_CITY, the role phrase is the region's state's
// ("Protesters clashed with police in Ontario" is Canada's, as its location is), and either way a sentence naming one of
// the two states settles it, as for cities several states share (actors-homonyms).
import { foldName, readRows } from "../src/nlp/place-index.ts";
import { REGION_OVER_CITY } from "../src/nlp/places-region-choice.ts";

/**
 * Recodes `cities` (name → ISO3) in place and adds to `homonyms` the names it shares with a region; `byName` holds the
 * largest population of each state's city of a name. Returns the names recoded.
 */
export function followRegions(
  cities: Record<string, string>,
  byName: Map<string, Map<string, number>>,
  homonyms: Record<string, string[]>,
): string[] {
  const cityKey = new Map(Object.keys(cities).map((n) => [foldName(n), n]));
  const recoded: string[] = [];
  for (const [name, codes, standing, lead] of readRows(new URL("../data/places/admin-regions.tsv", import.meta.url))) {
    const states = codes?.split(" ") ?? [];
    // Only a region the place finder takes when the text names no state: one state's, or a shared name's leading state.
    if (!name || standing !== "2" || (states.length > 1 && lead !== "1")) continue;
    const key = cityKey.get(foldName(name));
    const city = key ? cities[key] : undefined;
    if (!key || !city || states.includes(city)) continue;
    const population = byName.get(key)?.get(city) ?? 0;
    if (population < REGION_OVER_CITY) {
      cities[key] = states[0]!;
      recoded.push(key);
    }
    const shared = homonyms[key] ?? [city];
    homonyms[key] = [...new Set([cities[key]!, ...shared, states[0]!])];
  }
  return recoded;
}
