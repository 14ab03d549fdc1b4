// Builds data/places/admin-regions-en.tsv: the common English names of first-level regions whose source name
// (npm country-region-data) is native or official ("Bayern" → Bavaria, "Sicilia" → Sicily, "Republic of Dagestan"
// → Dagestan), from the English subdivision names of Unicode CLDR (npm cldr-subdivisions-full, Unicode License v3;
// not a dependency: fetch it with `npm pack cldr-subdivisions-full@48.2.0` and pass the unpacked folder). A region is
// matched by its ISO 3166-2 code; only names that differ from the source's are written. The file's hand block (rows
// after "# hand") is kept as it is. scripts/build-gazetteer-regions.ts reads the file as further names of each region.
// Run: node --import tsx scripts/build-gazetteer-region-names.ts path/to/cldr-subdivisions-full/package
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { orbitIso3 } from "../src/nlp/gazetteer-iso.ts";
import { TYPED } from "../src/nlp/gazetteer-regions.ts";
import { foldName, readRows } from "../src/nlp/place-index.ts";

const require = createRequire(import.meta.url);
const OUT = new URL("../data/places/admin-regions-en.tsv", import.meta.url);
const cldrDir = process.argv[2];
if (!cldrDir) throw new Error("usage: build-gazetteer-region-names.ts path/to/cldr-subdivisions-full/package");
const cldr: Record<string, string> = JSON.parse(readFileSync(path.join(cldrDir, "subdivisions/en/en.json"), "utf8"))
  .subdivisions.localeDisplayNames.subdivisions;
// Every locale's names, to check that a code names the same region in both sources ("deby" is "Bayern" in German).
const locales: Record<string, string>[] = readdirSync(path.join(cldrDir, "subdivisions")).flatMap((l) =>
  readdirSync(path.join(cldrDir, "subdivisions", l)).map(
    (f) =>
      JSON.parse(readFileSync(path.join(cldrDir, "subdivisions", l, f), "utf8")).subdivisions.localeDisplayNames
        .subdivisions,
  ),
);
const data: { countryShortCode: string; regions: { name: string; shortCode: string }[] }[] =
  require("country-region-data/data.json");

// Capitals stand for their state ("Jerusalem" is Israel's in world-countries): another state's region of that name
// ("Al Quds" governorate) is left to its source name, so the capital's reading does not change.
const capitals = new Map<string, string>();
for (const c of require("world-countries") as { cca3: string; capital: string[] }[])
  for (const cap of c.capital) capitals.set(foldName(cap), c.cca3);

// The hand-listed regions news names (conflict-regions.tsv: "Kurdistan" is Iraq's) come first in the place finder;
// another state's region of that name (Iran's Kordestan, "Kurdistan" in CLDR) would only make texts seem to name it.
const listed = new Map(
  readRows(new URL("../data/places/conflict-regions.tsv", import.meta.url)).map(([n, c]) => [foldName(n!), c]),
);

/** A name as compared here: marks, dashes, punctuation and a type word folded away (the region table folds marks and
 * the type word: build-gazetteer-regions). */
const plain = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[–—]/g, "-")
    .replace(/[^\p{L}\p{N}' -]/gu, "")
    .replace(TYPED, "")
    .trim();

/**
 * Whether CLDR's short name is an adjective of the source's name, no name of the land: "Chechen" for "Chechen
 * Republic", "Buryat" for "Republic of Buryatia" (the people's word, which the actor gazetteer reads as a demonym).
 */
function isAdjective(english: string, source: string): boolean {
  const e = foldName(english);
  const words = foldName(source).split(/[\s-]+/);
  if (words.some((w) => w !== e && w.startsWith(e))) return true;
  return foldName(source) === `${e} republic`;
}

/** Whether two names share a word's first three letters ("Bayern", "Bavaria"; "Lombardia", "Lombardy"). */
function near(a: string, b: string): boolean {
  const heads = (s: string) =>
    foldName(s)
      .split(/[\s-]+/)
      .filter((w) => w.length >= 3)
      .map((w) => w.slice(0, 3));
  const other = heads(b);
  return heads(a).some((h) => other.includes(h));
}

/**
 * Whether a locale gives the source's name to another of the state's codes: the source numbers its regions otherwise
 * ("Valdesia" is do41 in CLDR, 42 in country-region-data, whose 42 CLDR calls "Yuma", a US city's name).
 */
function namesOther(prefix: string, code: string, source: string): boolean {
  const key = foldName(source);
  return locales.some((l) =>
    Object.entries(l).some(([k, v]) => k !== code && k.startsWith(prefix) && foldName(plain(v)) === key),
  );
}

/**
 * The English names of one state's regions, or none when its region codes do not follow ISO 3166-2: a CLDR name that
 * is another region's source name ("Yuma" for the Dominican Republic's Valdesia) shows a shifted code, and a state
 * whose English names mostly resemble none of its source names (Antigua's "Saint John" for "Bird Island", Nepal's old
 * zones for its new provinces) is left out whole; translations of a few names ("Styria", "Crete") are kept.
 */
function englishNames(c: (typeof data)[number], iso3: string): string[] {
  const own = new Set(c.regions.map((r) => foldName(plain(r.name))));
  const prefix = c.countryShortCode.toLowerCase();
  const found: [string, string, string][] = [];
  let alike = 0;
  for (const r of c.regions) {
    const code = `${prefix}${r.shortCode}`.toLowerCase().replace(/[^a-z0-9]/g, "");
    const english = cldr[code] && plain(cldr[code]);
    const source = plain(r.name);
    if (!english) continue;
    const key = foldName(english);
    const same = key === foldName(source);
    if (same || near(english, source)) alike++;
    if (same || key.length < 3) continue;
    if (isAdjective(english, source) || own.has(key) || namesOther(prefix, code, source)) continue;
    const capitalOf = capitals.get(key) ?? listed.get(key);
    if (capitalOf && capitalOf !== iso3) continue;
    found.push([english, source, r.name]);
  }
  const unlike = found.filter(([english, source]) => !near(english, source)).length;
  if (unlike > 2 * alike) return [];
  return found.map(([english, , name]) => `${english}\t${iso3}\t${name}`);
}

const rows: string[] = [];
for (const c of data) {
  const iso3 = orbitIso3(c.countryShortCode);
  if (iso3) rows.push(...englishNames(c, iso3));
}
rows.sort((a, b) => a.localeCompare(b));
const old = readFileSync(OUT, { encoding: "utf8", flag: "a+" });
const hand = old.includes("# hand") ? old.slice(old.indexOf("# hand")) : "# hand\n";
const head =
  "# English names of first-level regions (Unicode CLDR subdivision names, Unicode License v3), by scripts/build-gazetteer-region-names.ts: English name, ISO3, the region's name in admin-regions.tsv\n";
writeFileSync(OUT, `${head}${rows.join("\n")}\n${hand}`);
console.log(`region names: ${rows.length} English names`);
