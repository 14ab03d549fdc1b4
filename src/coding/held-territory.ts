// Territories a state holds inside another state's borders (data/cameo/held-territories.txt): a visit by the holder
// to a place there goes to no other state ("Putin flew to Sevastopol" is no visit to Ukraine), from the month it took
// the ground ("since"); an act dated before that finds the ground still the state's own.
import { readFileSync } from "node:fs";
import type { PlaceMention } from "../domain/index.ts";
import { AppError } from "../domain/index.ts";
import { foldName } from "../nlp/index.ts";

interface HeldTerritory {
  holder: string;
  state: string;
  /** The month the holder took the ground, "YYYY-MM". */
  since: string;
  names: ReadonlySet<string>;
  box?: readonly [number, number, number, number];
}

const FILE = new URL("../../data/cameo/held-territories.txt", import.meta.url);

/** A place name folded as the place index folds it, without a leading article: "the Gazimağusa" = "Gazimagusa". */
function fold(name: string): string {
  return foldName(name).replace(/^the\s+/, "");
}

export function parseHeldTerritories(text: string): HeldTerritory[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [main = "", boxSpec] = line.split(";");
      const match = /^([A-Z]{3})\s+([A-Z]{3})\s+since\s+(\d{4}-\d{2})\s+(.+)$/.exec(main.trim());
      if (!match) throw new AppError("INTERNAL", `bad held-territory line: ${line}`, { where: FILE.pathname });
      const [, holder = "", state = "", since = "", names = ""] = match;
      const box = boxSpec
        ?.trim()
        .match(/^box\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)$/)
        ?.slice(1)
        .map(Number);
      if (boxSpec && (!box || box.some((n) => Number.isNaN(n))))
        throw new AppError("INTERNAL", `bad held-territory box: ${line}`, { where: FILE.pathname });
      return {
        holder,
        state,
        since,
        names: new Set(names.split("|").map(fold)),
        box: box as [number, number, number, number] | undefined,
      };
    });
}

function load(): HeldTerritory[] {
  try {
    return parseHeldTerritories(readFileSync(FILE, "utf8"));
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    throw new AppError("INTERNAL", "cannot read the held-territories list", { where: FILE.pathname, cause });
  }
}

/** The shipped list, read once at module load (shipped data, not stage input). */
const HELD = load();

/**
 * Whether one of `holders` holds the territory the place lies in, by its name or inside the territory's frame, on
 * `date` ("YYYY", "YYYY-MM" or "YYYY-MM-DD"; no date: today's holder).
 */
export function heldBy(
  place: PlaceMention,
  holders: readonly string[],
  date?: string,
  list: readonly HeldTerritory[] = HELD,
): boolean {
  return holderOf(place, date, list, holders) !== undefined;
}

/**
 * The state that holds the territory a place lies in ("Crimea": RUS) on `date`, or undefined for a place its own
 * state holds.
 * "Ukrainian drones struck an airbase in Crimea": force on such ground falls on its holder, not on the state whose
 * borders hold it.
 */
export function holderOf(
  place: PlaceMention,
  date?: string,
  list: readonly HeldTerritory[] = HELD,
  holders?: readonly string[],
): string | undefined {
  const names = [fold(place.name), fold(place.text)];
  return list.find((t) => {
    if ((holders && !holders.includes(t.holder)) || t.state !== place.country) return false;
    // A date only to the year before the month taken ("in 2014" for February 2014) counts as held: the year is
    // compared on its own.
    if (date && date.slice(0, 7) < t.since.slice(0, date.length)) return false;
    if (names.some((n) => t.names.has(n))) return true;
    if (!t.box || place.lat === undefined || place.lon === undefined) return false;
    const [latMin, latMax, lonMin, lonMax] = t.box;
    return place.lat >= latMin && place.lat <= latMax && place.lon >= lonMin && place.lon <= lonMax;
  })?.holder;
}
