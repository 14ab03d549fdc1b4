// Converts the PETRARCH/Phoenix actor and agent dictionaries (MIT, OEDA) into gazetteer entries, at build time only.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Role } from "../src/domain/index.ts";
import { orbitIso3 } from "../src/nlp/gazetteer-iso.ts";
import { fold } from "../src/nlp/gazetteer-tokens.ts";
import type { GazEntry, GazTerm } from "../src/nlp/gazetteer-types.ts";

interface PhoenixCode {
  code: string;
  from?: string;
  to?: string;
  before?: string;
  after?: string;
}
interface PhoenixActor {
  dict: string;
  name: string;
  synonyms: string[];
  codes: PhoenixCode[];
}

/** CAMEO agent code → Orbit role; codes without an Orbit role (EDU, HLH, REL...) give none. */
const AGENT_ROLE: Record<string, Role> = {
  GOV: "government",
  LEG: "government",
  SPY: "government",
  MIL: "military",
  COP: "police",
  JUD: "judiciary",
  MED: "media",
  JRN: "media",
  OPP: "opposition",
  REB: "rebels",
  SEP: "rebels",
  INS: "rebels",
  BUS: "business",
  CVL: "civilians",
  AGR: "civilians",
  LAB: "civilians",
};

const LOWER = new Set([
  "of",
  "the",
  "and",
  "for",
  "de",
  "da",
  "del",
  "la",
  "le",
  "du",
  "des",
  "in",
  "on",
  "to",
  "at",
  "van",
  "von",
  "bin",
  "al",
  "el",
]);

/** "VLADIMIR V. PUTIN" → "Vladimir V. Putin"; short all-letter tokens without vowels stay acronyms. */
export function titleCase(s: string): string {
  if (/^[A-Z]{2,5}$/.test(s)) return s; // a one-word name of up to five capitals is an acronym (CIA, GRU, SANDF)
  return s
    .toLowerCase()
    .split(" ")
    .map((w, i) => {
      if (i > 0 && LOWER.has(w)) return w;
      if (/^[a-z]{2,5}$/.test(w) && !/[aeiouy]/.test(w)) return w.toUpperCase();
      return w.replace(/(^|[-'.])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join(" ");
}

function roleOf(agent: string): Role | undefined {
  return AGENT_ROLE[agent.slice(0, 3)];
}

/** Maps a Phoenix code to [actor code, role]; IGO codes only through the curated organisations' CAMEO codes. */
function mapCode(
  code: string,
  iso: Set<string>,
  orgCodes: Map<string, string>,
): [string, Role | undefined] | undefined {
  const org = orgCodes.get(code) ?? orgCodes.get(code.slice(0, 6)) ?? orgCodes.get(code.slice(0, 9));
  if (code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("IMG") || code.startsWith("MNC"))
    return org ? [org, undefined] : undefined;
  const state = orbitIso3(code.slice(0, 3))!;
  if (!iso.has(state)) return undefined;
  return [state, roleOf(code.slice(3, 6))];
}

/** Words that make a dated record a group or an institution, not a person. */
const GROUP =
  /^THE |\b(?:FRONT|PARTY|COUNCIL|UNION|MOVEMENT|BRIGADES?|COALITION|ASSEMBLY|ADMINISTRATION|TASK FORCE|FORCES|ORGANI[SZ]ATION|COMMITTEE|LEAGUE|ALLIANCE)\b/;

/**
 * A sovereignty-dated country record: every code is a bare state, a former union's republic, an occupied state, or
 * the state's own code as a region of the state it left (ETHERI, SDNSSDAUT before Eritrea and South Sudan were states).
 */
function isCountryRecord(a: PhoenixActor): boolean {
  const last = a.codes.at(-1)?.code ?? "";
  return (
    a.dict === "countries" &&
    a.codes.every(
      (c) =>
        /^[A-Z]{3}$/.test(c.code) ||
        /^(USR|YUG|SCG|FRY|SUN)[A-Z]{3}$/.test(c.code) ||
        /^[A-Z]{3}(OCC|UNR|UNO|SRP)$/.test(c.code) ||
        (/^[A-Z]{6}(?:AUT)?$/.test(c.code) && c.code.slice(3, 6) === last),
    )
  );
}

/**
 * The names of uncoded records that go with `coded`: only those sharing a word of four letters or more with it, so a
 * stray header or a group listed above an unrelated person ("MUHAJIRIN WA-ANSAR ALLIANCE" before a commander) is not
 * taken for one of its names.
 */
function namesOfSame(uncoded: PhoenixActor[], coded: PhoenixActor): string[] {
  const words = (n: string) => n.split(/[\s_]+/).filter((w) => w.length >= 4);
  const own = new Set([coded.name, ...coded.synonyms].flatMap(words));
  return uncoded.flatMap((u) => [u.name, ...u.synonyms]).filter((n) => words(n).some((w) => own.has(w)));
}

export function phoenixEntries(
  shared: string,
  iso: Set<string>,
  known: ReadonlyMap<string, ((names: string[]) => void) | undefined>,
  orgs: { code: string; cameo?: string }[],
  commonWords: Set<string>,
  places: Record<string, string>,
): GazEntry[] {
  const orgCodes = new Map(orgs.filter((o) => o.cameo).map((o) => [o.cameo!, o.code]));
  const file = path.join(shared, "ontology/petrarch/phoenix_actors.jsonl");
  const out: GazEntry[] = [];
  let uncoded: PhoenixActor[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line) continue;
    const a = JSON.parse(line) as PhoenixActor;
    // PETRARCH reads names listed without codes as further names of the next record that has codes ("BORIS
    // YELTSIN", "PRESIDENT YELTSIN" … before "RUSSIAN PRESIDENT YELTSIN [RUSGOV 910710-991231]").
    if (!a.codes.length) {
      uncoded.push(a);
      continue;
    }
    // The block's first name is its head ("Boris Yeltsin", not "Russian President Yeltsin").
    const head = namesOfSame(uncoded, a);
    if (head.length) [a.name, a.synonyms] = [head[0]!, [...head.slice(1), a.name, ...a.synonyms]];
    uncoded = [];
    const dated = a.codes.some((c) => c.from || c.to || c.before || c.after);
    const names = [a.name, ...a.synonyms].filter((n) => n.length > 2 && !/\d/.test(n)).map(titleCase);
    // A country record dated by its sovereignty (USRGEO → GEOUNR → GEO, IRQ → IRQOCC → IRQ) lists the country's
    // cities and provinces: places, not a person whose "surnames" are Kirkuk and Mosul.
    if (dated && isCountryRecord(a)) {
      const last = mapCode(a.codes[a.codes.length - 1]!.code, iso, orgCodes);
      if (last) for (const n of names) if (!places[n] && n.length > 3) places[n] = last[0];
      continue;
    }
    if (dated) {
      // The curated table is authoritative, under any of its full names and with or without accents: "Nicolas
      // Maduro" from Phoenix would otherwise keep an open term beside the curated "Nicolás Maduro".
      // Its other full names (older spellings: "Emomali Rahmonov") still name the curated person.
      const same = names.find((n) => known.has(fold(n)));
      if (same) {
        known.get(fold(same))?.(names);
        continue;
      }
      const terms: GazTerm[] = [];
      for (const c of a.codes) {
        const m = mapCode(c.code, iso, orgCodes);
        if (!m) continue;
        const t: GazTerm = { c: m[0], r: m[1] ?? undefined };
        const from = c.from ?? c.after;
        const to = c.to ?? c.before;
        if (from) t.f = from;
        if (to) t.t = to;
        terms.push(t);
      }
      // People whose record ends before 1995 rarely appear in current news and mostly add noise.
      if (!terms.length || terms.every((t) => t.t && t.t < "1995")) continue;
      const full = names.filter((n) => n.includes(" "));
      const alone = names.filter((n) => !n.includes(" ") && n.length >= 5);
      if (!full.length) continue;
      // Dated records of groups ("THE ISLAMIC FRONT", "SYRIAN NATIONAL COUNCIL", "THE BUSH ADMINISTRATION") are
      // organisations with terms, not people: as people, their first and last words would name any "The … Front".
      if (GROUP.test(a.name)) {
        out.push({ k: "organisation", c: terms[terms.length - 1].c, n: full, terms });
        continue;
      }
      out.push({
        k: "person",
        c: terms[terms.length - 1].c,
        n: full,
        a: alone.length ? alone : undefined,
        terms,
        person: full[0],
      });
      continue;
    }
    const codes = a.codes.map((c) => mapCode(c.code, iso, orgCodes)).filter((m) => m !== undefined);
    if (!codes.length) continue;
    const [code, role] = codes[0];
    // An undated record that names a curated person ("BASHAR AL-ASSAD", "ASSAD", "MR. ASSAD", "ASSAD REGIME" as
    // SYRGOV) would keep that person's surname in office for good, beside the curated terms: "Assad" stayed Syria's
    // government after his fall. Its names built on the person's surname go; the curated entry reads them.
    const curated = names.filter((n) => known.has(fold(n)) && n.includes(" "));
    if (curated.length) {
      const surnames = new Set(curated.map((n) => fold(n.split(/[\s-]+/).at(-1) ?? "")));
      const own = (n: string) => n.split(/[\s-]+/).some((w) => surnames.has(fold(w)));
      names.splice(0, names.length, ...names.filter((n) => !own(n)));
    }
    // A bare country code is a country entry whose synonyms are cities and provinces: places, not actors, kept
    // only to read "Rakhine rebels" as a Burmese actor.
    if (a.codes[0].code.length === 3 && iso.has(code)) {
      for (const n of names) if (!places[n] && n.length > 3) places[n] = code;
      continue;
    }
    // One-word names that are ordinary agent words ("Senate", "Parliament") belong to no state in particular.
    const kept = names.filter(
      (n) => n.includes(" ") || /^[A-Z]{2,5}$/.test(n) || (n.length >= 6 && !commonWords.has(n.toLowerCase())),
    );
    if (kept.length) out.push({ k: "organisation", c: code, r: role, n: kept });
  }
  return out;
}

/** PETRARCH agent phrases → role, with the !PERSON!/!MINIST! substitutions and simple plurals expanded. */
export function phoenixAgents(shared: string): Record<string, Role> {
  const file = path.join(shared, "ontology/petrarch/phoenix_agents.json");
  const data = JSON.parse(readFileSync(file, "utf8")) as {
    substitutions: Record<string, string[]>;
    agents: { phrase: string; code: string; plural?: string[] }[];
  };
  const out: Record<string, Role> = {};
  for (const a of data.agents) {
    const role = roleOf(a.code);
    if (!role) continue;
    let phrases = [a.phrase, ...(a.plural ?? [])];
    for (const [k, subs] of Object.entries(data.substitutions))
      phrases = phrases.flatMap((p) => (p.includes(k) ? subs.map((s) => p.replace(k, ` ${s}`)) : [p]));
    for (const p of phrases) {
      const phrase = p.replace(/\s+/g, " ").trim().toLowerCase();
      out[phrase] ??= role;
      if (!a.plural && /[a-z]$/.test(phrase) && !phrase.endsWith("s")) out[`${phrase}s`] ??= role;
    }
  }
  return out;
}
