// First-level regions of every state (data/places/admin-regions.tsv, from npm country-region-data, built by
// scripts/build-gazetteer-regions.ts): "in Borno state", "in Helmand province" are places in their state.
import { foldName, type PlaceEntry, readRows } from "./place-index.ts";

/**
 * Whether a region's name may stand without a type word after it: "alone" ("in Helmand"); "city" when only a namesake
 * city of 50,000+ holds it back ("in Ontario"), so it is weighed against the city; "word" for an English word or a
 * state's name ("Delta", "Bay"), which stands alone only where the text names the region's state.
 */
export type RegionStanding = "alone" | "city" | "word";
const STANDING: Record<string, RegionStanding> = { "1": "alone", "2": "city", "0": "word" };

interface RegionEntry {
  entry: PlaceEntry;
  standing: RegionStanding;
  /** The states that give a region this name ("Punjab": IND, PAK), the largest urban population first. */
  states: string[];
  /** Whether the first state is the one meant when the text names none (its urban population is 10× the next's). */
  lead: boolean;
}

const DATA_URL = new URL("../../data/places/admin-regions.tsv", import.meta.url);
let cached: Map<string, RegionEntry> | undefined;

/** Regions by folded name; a name two states share ("Punjab", "Florida") is one entry with both states. */
function adminRegions(): Map<string, RegionEntry> {
  if (cached) return cached;
  const out = new Map<string, RegionEntry>();
  for (const [name, codes, alone, lead] of readRows(
    DATA_URL,
    "region table missing; run scripts/build-gazetteer-regions.ts",
  ))
    if (name && codes) {
      const states = codes.split(" ");
      out.set(foldName(name), {
        entry: { name, country: states[0]!, population: 0, kind: "city" },
        standing: STANDING[alone ?? "0"] ?? "word",
        states,
        lead: states.length === 1 || lead === "1",
      });
    }
  cached = out;
  return out;
}

/** Folded names of the regions `country` gives, shared with other states or not ("georgia", "florida" for USA). */
export function regionKeys(country: string): string[] {
  const out: string[] = [];
  for (const [key, { states }] of adminRegions()) if (states.includes(country)) out.push(key);
  return out;
}

let byState: Map<string, string[]> | undefined;
/** The names of a state's regions that stand alone ("California", "Bavaria"), as the table spells them. */
export function aloneRegionNames(country: string): string[] {
  if (!byState) {
    byState = new Map();
    for (const { entry, standing, states } of adminRegions().values())
      if (standing === "alone" && states.length === 1)
        byState.set(entry.country, [...(byState.get(entry.country) ?? []), entry.name]);
  }
  return byState.get(country) ?? [];
}

/** Words that make the name before them a region: "Borno state", "Idlib province", "the Donetsk region". */
const TYPE_WORDS = "state|province|region|oblast|governorate|district|prefecture|county|territory|department|krai";
const REGION_WORD = new RegExp(`^\\s+(?:${TYPE_WORDS})\\b`, "i");
/** A type word a region's name carries ("Borno State", folded; "Donetska oblast" in the source table). */
export const TYPED = new RegExp(` (?:${TYPE_WORDS})$`, "i");

export interface RegionHit {
  entry: PlaceEntry;
  /** Length of a type word after the name ("state" in "Borno state"). */
  extra: number;
  /** Whether a type word names it a region. */
  typed: boolean;
  /** The key without its type word ("borno"). */
  base: string;
  /** Whether the name may stand alone, be weighed against a namesake city, or needs its state named. */
  standing: RegionStanding;
  /** The states that give a region this name, and whether the first is meant when the text names none. */
  states: string[];
  lead: boolean;
}

/**
 * A first-level region named by `key` (folded): "Borno State" or "Borno" before "state" in `after`; the name alone too, with
 * `standing` saying whether it stands alone ("in Helmand") or the caller must weigh it against a namesake.
 */
export function adminRegion(key: string, after: string): RegionHit | undefined {
  const base = key.replace(TYPED, "");
  const region = adminRegions().get(base);
  if (!region) return undefined;
  const word = base !== key ? undefined : REGION_WORD.exec(after);
  const typed = base !== key || word !== null;
  return { ...region, extra: word?.[0].length ?? 0, typed, base };
}
