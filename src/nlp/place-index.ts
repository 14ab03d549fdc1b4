// The shipped place gazetteer (data/places/*.tsv) → name lookups; loaded once, on first use.
import { readFileSync } from "node:fs";
import { AppError, type Place } from "../domain/index.ts";

export interface PlaceEntry extends Place {
  population: number;
  kind: "country" | "city";
}

export interface PlaceIndex {
  countries: Map<string, PlaceEntry>;
  /** Cities by folded name, most populous first (fresh entries on every call). */
  cities: { get(key: string): PlaceEntry[] | undefined };
  /** Every name (folded) of each country, to check whether an article names a country. */
  countryNames: Map<string, string[]>;
}

const DATA = new URL("../../data/places/", import.meta.url);

/**
 * Letters with no Unicode decomposition into a base letter and a mark, as English news spells them: "Łódź" is written
 * "Lodz", "Diyarbakır" "Diyarbakir", "Tromsø" "Tromso". Lower case only: foldName lowers first.
 */
const BARE_LETTERS: Record<string, string> = {
  ı: "i",
  ł: "l",
  ø: "o",
  đ: "d",
  ħ: "h",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
};

/** Case, accents and apostrophe style do not distinguish places: "Chișinău" = "Chisinau", "Kyiv’s" = "Kyiv's". */
export function foldName(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑–]/g, "-")
    .toLowerCase()
    .replace(/[ıłøđħßæœþ]/g, (c) => BARE_LETTERS[c]!);
}

/**
 * The rows of a gazetteer file, each field decoded on its own from the file's bytes. Splitting the decoded text would
 * give fields that are slices of it (V8 slices strings of 13 characters or more), and one long city name kept for
 * life would keep the whole file's text (1.8 MB in every analysis thread) alive with it. `missing` is the error's
 * message when the file is not there.
 */
export function readRows(url: URL, missing = "place gazetteer missing; run src/nlp/build-place-index.ts"): string[][] {
  let raw: Buffer;
  try {
    raw = readFileSync(url);
  } catch (cause) {
    throw new AppError("NOT_FOUND", missing, { where: url.pathname, cause });
  }
  const rows: string[][] = [];
  for (let at = 0; at < raw.length; ) {
    let end = raw.indexOf(10, at);
    if (end < 0) end = raw.length;
    if (end > at && raw[at] !== 0x23 /* # */) {
      const row: string[] = [];
      for (let field = at; field <= end; ) {
        let tab = raw.indexOf(9, field);
        if (tab < 0 || tab > end) tab = end;
        row.push(raw.toString("utf8", field, tab));
        field = tab + 1;
      }
      rows.push(row);
    }
    at = end + 1;
  }
  return rows;
}

/**
 * Cities as columns (a name string each, an interned country code, numbers in packed arrays) and a map from folded
 * name to row, or rows for namesakes: ~24k cities are held by every analysis thread, and an entry object per city with
 * a list per name cost ~6 MB more per thread. Entries are made when a name is looked up, a few per page.
 */
class CityTable {
  private readonly names: string[] = [];
  private readonly countries: string[] = [];
  private readonly lats: number[] = [];
  private readonly lons: number[] = [];
  private readonly populations: number[] = [];
  private readonly codes = new Map<string, string>();
  private readonly rows = new Map<string, number | number[]>();

  addRow(name: string, iso3: string, lat: number, lon: number, population: number): number {
    let code = this.codes.get(iso3);
    if (code === undefined) this.codes.set(iso3, (code = iso3));
    this.countries.push(code);
    this.lats.push(lat);
    this.lons.push(lon);
    this.populations.push(population);
    return this.names.push(name) - 1;
  }

  /** Files `row` under `key`, unless a city of the same name and country is there already. */
  name(key: string, row: number): void {
    const at = this.rows.get(key);
    if (at === undefined) return void this.rows.set(key, row);
    const list = typeof at === "number" ? [at] : at;
    if (list.some((r) => this.countries[r] === this.countries[row] && this.names[r] === this.names[row])) return;
    list.push(row);
    if (list !== at) this.rows.set(key, list);
  }

  /** Namesakes most populous first (a stable sort: equal populations keep the order they were filed in). */
  sortByPopulation(): void {
    for (const list of this.rows.values())
      if (typeof list !== "number") list.sort((a, b) => this.populations[b]! - this.populations[a]!);
  }

  get(key: string): PlaceEntry[] | undefined {
    const at = this.rows.get(key);
    if (at === undefined) return undefined;
    return typeof at === "number" ? [this.entry(at)] : at.map((r) => this.entry(r));
  }

  private entry(row: number): PlaceEntry {
    return {
      name: this.names[row]!,
      country: this.countries[row]!,
      lat: this.lats[row]!,
      lon: this.lons[row]!,
      population: this.populations[row]!,
      kind: "city",
    };
  }
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
  for (const [name, iso3, lat, lon] of readRows(new URL("countries.tsv", DATA))) {
    const key = foldName(name!);
    const entry: PlaceEntry = {
      name: name!,
      country: iso3!,
      lat: Number(lat),
      lon: Number(lon),
      population: 0,
      kind: "country",
    };
    if (!countries.has(key)) countries.set(key, entry);
    const names = countryNames.get(iso3!) ?? [];
    names.push(name!);
    countryNames.set(iso3!, names);
  }
  // The hand list goes first, so its English spellings ("Kyiv", "Geneva") win over GeoNames' local ones.
  const cities = new CityTable();
  for (const [name, iso3, lat, lon, pop, aliases] of readRows(new URL("extra-places.tsv", DATA))) {
    const row = cities.addRow(name!, iso3!, Number(lat), Number(lon), Number(pop));
    cities.name(foldName(name!), row);
    for (const alias of aliases ? aliases.split("|") : []) if (alias) cities.name(foldName(alias), row);
  }
  for (const [name, iso3, lat, lon, pop] of readRows(new URL("cities.tsv", DATA)))
    cities.name(foldName(name!), cities.addRow(name!, iso3!, Number(lat), Number(lon), Number(pop)));
  cities.sortByPopulation();
  return { countries, cities, countryNames };
}
