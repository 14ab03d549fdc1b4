// The slot elements of a pattern: $S and $T, an actor or actors ("several Russian nationals", "China and Turkey"),
// and $P, a named place that is no actor, the object of a force verb ("struck Kharkiv").

import { COMPASS, isFiniteVerb } from "./parties.ts";
import { POSSESSIVE_PRONOUNS } from "./possessive-pronouns.ts";
import type { Unit } from "./sentence-units.ts";

const SLOT_LEAD = new Set(["DET", "ADJ", "NUM", "ADV", "PUNCT", "PROPN"]);
// Head nouns a slot may end on before the next word: "$S custody" over "Russian police custody".
export const SLOT_TAIL = new Set(["NOUN", "PROPN", "PART"]);
// "demanded that its EU partners": a possessive determiner may open a slot like an article; "received the visiting
// Iranian minister": so may "visiting", which the tagger reads as a noun.
const SLOT_WORDS = new Set([...POSSESSIVE_PRONOUNS, "visiting"]);

/** Actor units of a slot starting near i: "several Russian nationals", "China and Turkey". */
export function slotAt(units: readonly Unit[], i: number): { actors: number[]; end: number } | undefined {
  let k = i;
  while (
    k < units.length &&
    k - i < 4 &&
    !units[k]?.mention &&
    (SLOT_LEAD.has(units[k]?.pos ?? "") ||
      COMPASS.has(units[k]?.lower ?? "") ||
      SLOT_WORDS.has(units[k]?.lower ?? "") ||
      countsPeople(units, k))
  )
    k++;
  if (!units[k]?.mention || (units[k] as Unit).clause < 0) return undefined;
  k = memberNamed(units, k);
  const actors = [k];
  let end = k + 1;
  let closed = false;
  for (;;) {
    let j = end;
    while (j < end + 3 && SLOT_TAIL.has(units[j]?.pos ?? "") && !units[j]?.mention) j++;
    const joiner = units[j]?.lower;
    if (joiner === "and" || joiner === "," || joiner === "or") {
      let n = j + 1;
      if (units[n]?.lower === "and") n++;
      while (n < j + 4 && !units[n]?.mention && SLOT_LEAD.has(units[n]?.pos ?? "")) n++;
      // Only a party of the same clause joins the slot: ", Defense Secretary X said" is a speaker, not a second party.
      // Nor does the subject of the next clause after a list "and" has closed: "between Aliyev and Pashinyan, Macron
      // told reporters" (a name in apposition, ", President X, and ...", still joins).
      const subject = joiner === "," && closed && opensClause(units, n);
      if (units[n]?.mention && (units[n] as Unit).clause === (units[k] as Unit).clause && !subject) {
        actors.push(n);
        end = n + 1;
        closed ||= joiner !== ",";
        continue;
      }
    }
    return { actors, end };
  }
}

/** The party at `n` is a clause's subject: its finite verb follows it ("Macron told", "Russia's envoy said"). */
function opensClause(units: readonly Unit[], n: number): boolean {
  let j = n;
  while (units[j]?.mention && units[j]?.mention === units[n]?.mention) j++;
  for (let stop = j + 4; j < stop && !units[j]?.mention && SLOT_TAIL.has(units[j]?.pos ?? ""); ) j++;
  return isFiniteVerb(units[j]);
}

// Nouns that say a state belongs to the organisation named before them: "NATO country Romania", "EU member Hungary".
const MEMBER_NOUNS = new Set(["country", "member", "state", "ally", "nation", "partner"]);

/** "NATO country Romania": the state named after an organisation and a member noun is the party, not the bloc. */
function memberNamed(units: readonly Unit[], k: number): number {
  const next = units[k + 2];
  if (units[k]?.mention?.kind !== "organisation" || !MEMBER_NOUNS.has(units[k + 1]?.lower ?? "")) return k;
  return next?.mention?.kind === "state" && next.clause === units[k]?.clause ? k + 2 : k;
}

// Nouns that gather a few people who act or are met together: "a number of officials", "a delegation of envoys".
// Masses ("thousands of American soldiers") are no party one meets or hosts.
const GATHERED = new Set(["number", "group", "delegation", "team", "handful"]);

/** "a number of", "a group of": a noun that gathers the people after its "of". */
function countsPeople(units: readonly Unit[], k: number): boolean {
  const u = units[k];
  if (u?.lower === "of") return GATHERED.has(units[k - 1]?.lower ?? "");
  return GATHERED.has(u?.lower ?? "") && units[k + 1]?.lower === "of";
}

// Words that may open a place's phrase: "the port city of Odesa", "the Ukrainian capital Kyiv".
const PLACE_LEAD = new Set(["the", "city", "town", "village", "port", "region", "province", "oblast", "capital", "of"]);

// A capital named as what force hits is its state as a place ("Russian drones hit Kyiv"), but not when the verb is
// words or sanctions: "hit Beijing over its trade policy", "hit Moscow with tariffs".
const FIGURATIVE_AFTER = new Set(["over", "with", "about", "back", "out", "hard"]);

/** The capital mention unit opening near i that a force verb hits ("hit Kyiv", "struck the capital Kyiv"), or -1. */
export function struckCapitalAt(units: readonly Unit[], i: number): number {
  let k = i;
  while (k - i < 3 && !units[k]?.mention && PLACE_LEAD.has(units[k]?.lower ?? "")) k++;
  const u = units[k];
  if (u?.mention?.kind !== "capital" || u.clause < 0) return -1;
  let end = k + 1;
  while (units[end]?.mention === u.mention) end++;
  return FIGURATIVE_AFTER.has(units[end]?.lower ?? "") && !withWeapons(units, end) ? -1 : k;
}

// What a city is hit with when the blow is force: "hit Kyiv with missiles", "struck Moscow with a wave of drones".
const WEAPONS = new Set(
  "missile missiles drone drones rocket rockets shell shells bomb bombs artillery mortars airstrikes strikes".split(
    " ",
  ),
);

/** "with" at k brings weapons within a few words ("with dozens of drones"), not tariffs or words. */
function withWeapons(units: readonly Unit[], k: number): boolean {
  if (units[k]?.lower !== "with") return false;
  for (let j = k + 1; j <= k + 4 && units[j] && !units[j]?.mention; j++)
    if (WEAPONS.has(units[j]?.lower ?? "")) return true;
  return false;
}

/** The unit after a named place opening near i ("Kharkiv", "the city of Kherson"), or -1 when none does. */
export function placeAt(units: readonly Unit[], i: number): number {
  let k = i;
  while (
    k - i < 5 &&
    units[k]?.placeEnd === undefined &&
    (PLACE_LEAD.has(units[k]?.lower ?? "") || units[k]?.pos === "ADJ" || units[k]?.mention?.kind === "demonym")
  )
    k++;
  const u = units[k];
  if (u?.placeEnd === undefined || u.clause < 0) return -1;
  while (k < units.length && (units[k] as Unit).start < u.placeEnd) k++;
  return k;
}
