// Builds data/gazetteer/state-kinds.json: for each kind of state that news writes before a word for a state ("the
// Gulf state", "the landlocked country"), the states it covers. Reads data/gazetteer/curated/kinds.json (rules over
// npm world-countries and member lists), data/gazetteer/curated/groups.json (every group's adjectives name a kind of
// its members) and world-countries. The product reads only the generated JSON (src/nlp/actors-epithets.ts).
// Run: node --import tsx scripts/build-state-kinds.ts
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { orbitIso3 } from "../src/nlp/gazetteer-iso.ts";
import { fold } from "../src/nlp/gazetteer-tokens.ts";

interface Country {
  cca3: string;
  independent?: boolean | null;
  region: string;
  subregion: string;
  landlocked: boolean;
  borders: string[];
}

interface KindRule {
  adjectives: string[];
  members?: string[];
  exclude?: string[];
  regions?: string[];
  subregions?: string[];
  landlocked?: boolean;
  island?: boolean;
  any?: boolean;
}

const require = createRequire(import.meta.url);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const curated = path.join(repo, "data/gazetteer/curated");
const readJson = (p: string) => JSON.parse(readFileSync(p, "utf8"));

const countries = (require("world-countries") as Country[])
  .filter((c) => c.independent !== false || c.cca3 === "TWN" || c.cca3 === "PSE")
  .map((c) => ({ ...c, cca3: orbitIso3(c.cca3) ?? c.cca3 }));
const {
  nouns,
  kinds: rules,
  organisations,
} = readJson(path.join(curated, "kinds.json")) as {
  nouns: string[];
  kinds: KindRule[];
  organisations: Record<string, { members: string[]; terms?: Record<string, string> }>;
};
const groups = readJson(path.join(curated, "groups.json")).groups as { adjectives: string[]; members: string[] }[];

/** The codes a rule covers, sorted; "*" for every state. */
function covered(rule: KindRule): string[] | "*" {
  if (rule.any) return "*";
  const out = new Set(rule.members ?? []);
  for (const c of countries)
    if (
      rule.regions?.includes(c.region) ||
      rule.subregions?.includes(c.subregion) ||
      (rule.landlocked && c.landlocked) ||
      (rule.island && c.borders.length === 0)
    )
      out.add(c.cca3);
  for (const x of rule.exclude ?? []) out.delete(x);
  return [...out].sort();
}

const kinds: Record<string, string[] | "*"> = {};
for (const g of groups) for (const a of g.adjectives) kinds[fold(a)] = [...g.members].sort();
for (const rule of rules) {
  const codes = covered(rule);
  for (const a of rule.adjectives) kinds[fold(a)] = codes;
}
const members = Object.fromEntries(Object.entries(organisations).map(([code, o]) => [code, [...o.members].sort()]));
// "2023-04-04" (joined) or "1973-01-01..2020-01-31" (joined and left) → [from, to], to "" while still a member.
const terms = Object.fromEntries(
  Object.entries(organisations).map(([code, o]) => [
    code,
    Object.fromEntries(Object.entries(o.terms ?? {}).map(([state, t]) => [state, [...t.split(".."), ""].slice(0, 2)])),
  ]),
);
const out = { generated: "scripts/build-state-kinds.ts", nouns, kinds, members, terms };
writeFileSync(path.join(repo, "data/gazetteer/state-kinds.json"), `${JSON.stringify(out, null, 1)}\n`);
