// The shipped place gazetteer (data/places/*.tsv) → name lookups; loaded once per process, on first use, into
// SharedArrayBuffers that the pool hands to every analysis thread.
import { readFileSync } from "node:fs";
import { AppError, type Place } from "../domain/index.ts";
import { intern } from "./gazetteer-entries.ts";
import { sharedInts } from "./gazetteer-trie.ts";
import { type PackedWords, packWords, WordTable } from "./gazetteer-vocabulary.ts";

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

/** Collects cities as columns (a name string each, an interned country code, numbers) and their rows by folded name. */
class CityTable {
  private readonly names: string[] = [];
  private readonly countries: string[] = [];
  private readonly lats: number[] = [];
  private readonly lons: number[] = [];
  private readonly populations: number[] = [];
  private readonly rows = new Map<string, number | number[]>();

  addRow(name: string, iso3: string, lat: number, lon: number, population: number): number {
    this.countries.push(iso3);
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

  /** The table in shared memory, namesakes most populous first (a stable sort keeps equal ones in filing order). */
  pack(): SharedCities {
    const keys = [...this.rows.keys()];
    const keyStart = new Int32Array(keys.length + 1);
    const keyRows: number[] = [];
    keys.forEach((key, k) => {
      const at = this.rows.get(key)!;
      const list = typeof at === "number" ? [at] : [...at].sort((a, b) => this.populations[b]! - this.populations[a]!);
      keyRows.push(...list);
      keyStart[k + 1] = keyRows.length;
    });
    const codes: string[] = [];
    const codeAt = new Map<string, number>();
    const floats = (a: number[]) => {
      const out = new Float64Array(new SharedArrayBuffer(a.length * 8));
      out.set(a);
      return out;
    };
    return {
      names: packWords(this.names, false),
      keys: packWords(keys),
      keyStart: sharedInts(keyStart),
      keyRows: sharedInts(keyRows),
      country: sharedInts(this.countries.map((c) => intern(codes, codeAt, c))),
      codes,
      lat: floats(this.lats),
      lon: floats(this.lons),
      population: floats(this.populations),
    };
  }
}

/**
 * The ~24k cities in SharedArrayBuffers, built once per process and read in place by every analysis thread (as
 * columns on each thread's heap they cost ~4 MB a thread); `keys` finds a folded name's rows in `keyRows`.
 */
export interface SharedCities {
  names: PackedWords;
  keys: PackedWords;
  keyStart: Int32Array;
  keyRows: Int32Array;
  country: Int32Array;
  codes: string[];
  lat: Float64Array;
  lon: Float64Array;
  population: Float64Array;
}

/** What an analysis thread is handed: the cities in shared memory, the few hundred country names as they are. */
export interface SharedPlaces {
  cities: SharedCities;
  countries: [string, PlaceEntry][];
  countryNames: [string, string[]][];
}

/** Reads shared cities in place; entries are made when a name is looked up, a few per page. */
function cityLookup(shared: SharedCities): PlaceIndex["cities"] {
  const { keyStart, keyRows, country, codes, lat, lon, population } = shared;
  const names = new WordTable(shared.names);
  const keys = new WordTable(shared.keys);
  const entry = (row: number): PlaceEntry => ({
    name: names.at(row),
    country: codes[country[row]!]!,
    lat: lat[row]!,
    lon: lon[row]!,
    population: population[row]!,
    kind: "city",
  });
  return {
    get(key: string): PlaceEntry[] | undefined {
      const k = keys.get(key);
      if (k === undefined) return undefined;
      const out: PlaceEntry[] = [];
      for (let r = keyStart[k]!; r < keyStart[k + 1]!; r++) out.push(entry(keyRows[r]!));
      return out;
    },
  };
}

/** A place index over shared places. */
export function viewPlaces(shared: SharedPlaces): PlaceIndex {
  return {
    countries: new Map(shared.countries),
    cities: cityLookup(shared.cities),
    countryNames: new Map(shared.countryNames),
  };
}

let packed: SharedPlaces | undefined;

/** The shipped place index in shared memory, read once per process (or adopted from the thread's parent). */
export function sharedPlaces(): SharedPlaces {
  packed ??= readPlaces();
  return packed;
}

/** An analysis thread takes the places its parent read, instead of reading its own. */
export function adoptSharedPlaces(from: SharedPlaces): void {
  packed ??= from;
}

let index: PlaceIndex | undefined;

/** The shared index, read on first use (~100 ms; see bench/nlp.ts). */
export function placeIndex(): PlaceIndex {
  index ??= viewPlaces(sharedPlaces());
  return index;
}

/** Reads the gazetteer files into a fresh index. */
export function loadPlaceIndex(): PlaceIndex {
  return viewPlaces(readPlaces());
}

function readPlaces(): SharedPlaces {
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
  return { cities: cities.pack(), countries: [...countries], countryNames: [...countryNames] };
}
