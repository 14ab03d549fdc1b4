// First-level regions of every state (data/places/admin-regions.tsv, from npm country-region-data, built by
// scripts/build-gazetteer-regions.ts): "in Borno state", "in Helmand province" are places in their state.
import { foldName, type PlaceEntry, readRows } from "./place-index.ts";

interface RegionEntry {
  entry: PlaceEntry;
  /** Whether the name may stand without a type word after it ("in Helmand"); else only "in Delta state". */
  alone: boolean;
}

const DATA_URL = new URL("../../data/places/admin-regions.tsv", import.meta.url);
let cached: Map<string, RegionEntry> | undefined;

/** Regions by folded name; names two states share are not listed. */
function adminRegions(): Map<string, RegionEntry> {
  if (cached) return cached;
  const out = new Map<string, RegionEntry>();
  for (const [name, country, alone] of readRows(
    DATA_URL,
    "region table missing; run scripts/build-gazetteer-regions.ts",
  ))
    if (name && country)
      out.set(foldName(name), { entry: { name, country, population: 0, kind: "city" }, alone: alone === "1" });
  cached = out;
  return out;
}

/** Words that make the name before them a region: "Borno state", "Idlib province", "the Donetsk region". */
const TYPE_WORDS = "state|province|region|oblast|governorate|district|prefecture|county|territory|department|krai";
const REGION_WORD = new RegExp(`^\\s+(?:${TYPE_WORDS})\\b`, "i");
/** A type word a region's name carries ("Borno State", folded; "Donetska oblast" in the source table). */
export const TYPED = new RegExp(` (?:${TYPE_WORDS})$`, "i");

/**
 * A first-level region named by `key` (folded): "Borno State" or "Borno" before "state" in `after`; the name alone only
 * when the table lets it stand alone ("in Helmand"). `extra` is the length of a type word after the name, `typed`
 * whether a type word names it a region, `base` the key without its type word ("borno").
 */
export function adminRegion(
  key: string,
  after: string,
): { entry: PlaceEntry; extra: number; typed: boolean; base: string } | undefined {
  const base = key.replace(TYPED, "");
  const region = adminRegions().get(base);
  if (!region) return undefined;
  const word = base !== key ? undefined : REGION_WORD.exec(after);
  const typed = base !== key || word !== null;
  if (!typed && !region.alone) return undefined;
  return { entry: region.entry, extra: word?.[0].length ?? 0, typed, base };
}
