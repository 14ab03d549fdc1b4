// Heads of state and government with their terms from CountryInfo (../shared/ontology/countryinfo_countries.json,
// compiled by Parus Analytics from the CIA World Factbook and rulers.org), at build time only: the leaders that
// neither the curated table nor Phoenix lists ("Alija Izetbegovic", "Jean-Luc Dehaene").
import { readFileSync } from "node:fs";
import path from "node:path";
import { orbitIso3 } from "../src/nlp/gazetteer-iso.ts";
import type { GazEntry, GazTerm } from "../src/nlp/gazetteer-types.ts";
import { titleCase } from "./build-gazetteer-phoenix.ts";

interface Leader {
  position: string;
  name: string;
  terms?: { start?: string; end?: string; after?: string }[];
}
interface Country {
  code: string;
  iso3: string;
  leaders?: Leader[];
}

/** Rows that are no office of the state itself: file metadata, foreign or church co-rulers, envoys of others. */
const NOT_OFFICE =
  /nationality|countryname|cow-|fips|imf|iso3166|international|personal representative|bishop|commissioner|administrator|governors$|lieutenant governor/i;

/** Honorifics and ranks written before a name; the text's own titles are read apart, so names are kept without them. */
const HONORIFIC =
  /^(?:(?:sir|dame|prince|princess|king|queen|sheikh|shaikh|emir|sultan|samdech|alhaji|dr\.?|prof\.?|general|gen\.|colonel|col\.|lt\.|lieutenant|major|maj\.|brigadier|admiral|marshal|field marshal|captain|capt\.|chief|archbishop|father|mgr\.?)[ -])+/i;

/** Terms ending before this are too old for the news Orbit reads, and their names mostly add noise. */
const SINCE = "1975";

/** The spellings of one CountryInfo name: "{DEAN BARROW }{DEAN OLIVER BARROW }", "STANKO TODOROV (ACTING". */
function spellings(raw: string): string[] {
  const parts = raw.includes("{") ? [...raw.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!) : [raw];
  const out = new Set<string>();
  for (const p of parts) {
    const name = p.replace(/\(.*$/, "").replace(/,.*$/, "").replace(/[`]/g, "").replace(/\s+/g, " ").trim();
    if (!/^[A-Z][A-Z .'-]+$/.test(name)) continue; // numbers, control characters, stray codes
    const bare = name.replace(HONORIFIC, "");
    if (bare.split(" ").length >= 2) out.add(titleCase(bare));
  }
  return [...out];
}

/**
 * The state a record's leaders govern: its CAMEO code (Guinea's iso3 field says PNG), old codes mapped (TMP is East
 * Timor); of dated codes ("[YUGSRB <…][SCGSRB 2003 - 2006][SRB >20030101]") the open-ended last one, whose first
 * three letters are the state (Republika Srpska's BIHSPR is in Bosnia); otherwise iso3.
 */
function recordCode(c: Country): string | undefined {
  const dated = [...c.code.matchAll(/\[([A-Z]{3,6}) >\d+\]/g)].at(-1)?.[1];
  return orbitIso3(dated ? dated.slice(0, 3) : /^[A-Z]{3}$/.test(c.code) ? c.code : c.iso3);
}

/** Person entries for the leaders of `shared`'s CountryInfo whose names no entry in `taken` (lower case) carries. */
export function countryInfoLeaders(shared: string, states: Set<string>, taken: Set<string>): GazEntry[] {
  const file = path.join(shared, "ontology/countryinfo_countries.json");
  const data = JSON.parse(readFileSync(file, "utf8")) as { countries: Country[] | Record<string, Country> };
  const byName = new Map<string, GazEntry>();
  const rows = Object.values(data.countries).flatMap((c) => {
    const code = recordCode(c);
    return code && states.has(code) ? (c.leaders ?? []).map((l) => [code, l] as const) : [];
  });
  // A name listed for two states is a copying slip (Kosovo's record repeats Kiribati's leaders): it names neither.
  const statesOf = new Map<string, Set<string>>();
  for (const [code, l] of rows) statesOf.set(l.name, (statesOf.get(l.name) ?? new Set()).add(code));
  // "Juan Carlos" would name every Juan Carlos: a two-word name must end in a word that is nobody's given name.
  const given = new Set([...taken].map((n) => n.split(" ")[0]!));
  for (const [code, l] of rows) {
    if (statesOf.get(l.name)!.size > 1 || NOT_OFFICE.test(l.position)) continue;
    const terms: GazTerm[] = (l.terms ?? [])
      .filter((t) => (t.end ?? "9999") >= SINCE)
      .map((t) => {
        const from = t.start ?? t.after;
        return { c: code, r: "government", ...(from ? { f: from } : {}), ...(t.end ? { t: t.end } : {}) };
      });
    const names = spellings(l.name).filter((n) => {
      const words = n.toLowerCase().split(" ");
      return !taken.has(n.toLowerCase()) && (words.length > 2 || !given.has(words[1]!));
    });
    if (!terms.length || !names.length) continue;
    const key = `${code}|${names[0]}`;
    const known = byName.get(key);
    if (known) {
      known.terms!.push(...terms);
      for (const n of names) if (!known.n.includes(n)) known.n.push(n);
    } else byName.set(key, { k: "person", c: code, n: names, terms, person: names[0] });
  }
  return [...byName.values()];
}
