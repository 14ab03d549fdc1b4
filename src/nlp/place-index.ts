// The shipped place gazetteer (data/places/*.tsv) → name lookups; loaded once, on first use.
import { readFileSync } from "node:fs";
import { AppError, type Place } from "../domain/index.ts";

export interface PlaceEntry extends Place {
  population: number;
  kind: "country" | "city";
}

export interface PlaceIndex {
  countries: Map<string, PlaceEntry>;
  /** Cities by folded name, most populous first. */
  cities: Map<string, PlaceEntry[]>;
  /** Every name (folded) of each country, to check whether an article names a country. */
  countryNames: Map<string, string[]>;
}

const DATA = new URL("../../data/places/", import.meta.url);

/** Case, accents and apostrophe style do not distinguish places: "Chișinău" = "Chisinau", "Kyiv’s" = "Kyiv's". */
export function foldName(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘`]/g, "'").replace(/[‐‑–]/g, "-").toLowerCase();
}

function readRows(file: string): string[][] {
  const url = new URL(file, DATA);
  let raw: string;
  try {
    raw = readFileSync(url, "utf8");
  } catch (cause) {
    throw new AppError("NOT_FOUND", "place gazetteer missing; run src/nlp/build-place-index.ts", {
      where: url.pathname,
      cause,
    });
  }
  const rows: string[][] = [];
  for (const line of raw.split("\n")) if (line && !line.startsWith("#")) rows.push(line.split("\t"));
  return rows;
}

let index: PlaceIndex | undefined;

/** The shared index, read on first use (~100 ms; see bench/nlp.ts). */
export function placeIndex(): PlaceIndex {
  index ??= loadPlaceIndex();
  return index;
}

/** Reads the gazetteer files into a fresh index. */
export function loadPlaceIndex(): PlaceIndex {
  const countries = new Map<string, PlaceEntry>();
  const countryNames = new Map<string, string[]>();
  for (const [name, iso3, lat, lon] of readRows("countries.tsv")) {
    const entry = { name: name!, country: iso3!, lat: Number(lat), lon: Number(lon), population: 0, kind: "country" };
    const key = foldName(name!);
    if (!countries.has(key)) countries.set(key, { ...entry, kind: "country" });
    const names = countryNames.get(iso3!) ?? [];
    names.push(name!);
    countryNames.set(iso3!, names);
  }
  // The hand list goes first, so its English spellings ("Kyiv", "Geneva") win over GeoNames' local ones.
  const cities = new Map<string, PlaceEntry[]>();
  const addCity = (key: string, entry: PlaceEntry): void => {
    const list = cities.get(key);
    if (!list) cities.set(key, [entry]);
    else if (!list.some((e) => e.country === entry.country && e.name === entry.name)) list.push(entry);
  };
  for (const [name, iso3, lat, lon, pop, aliases] of readRows("extra-places.tsv")) {
    const entry: PlaceEntry = {
      name: name!,
      country: iso3!,
      lat: Number(lat),
      lon: Number(lon),
      population: Number(pop),
      kind: "city",
    };
    addCity(foldName(name!), entry);
    for (const alias of aliases ? aliases.split("|") : []) if (alias) addCity(foldName(alias), entry);
  }
  for (const [name, iso3, lat, lon, pop] of readRows("cities.tsv")) {
    addCity(foldName(name!), {
      name: name!,
      country: iso3!,
      lat: Number(lat),
      lon: Number(lon),
      population: Number(pop),
      kind: "city",
    });
  }
  for (const list of cities.values()) list.sort((a, b) => b.population - a.population);
  return { countries, cities, countryNames };
}
