// Hostage-taking read from the captives' own mention. The actor layer reads "Israeli hostages" as one people mention
// (Israel's civilians), so the noun "hostages" starts no pattern and "Hamas took Israeli hostages" coded nothing;
// "took British sailors hostage" read the demonym before the noun as the taker. Here the taking or holding verb is
// the act (181), aimed at the captives' state, and its agent is the clause subject or the "by" phrase after it.
import type { Match } from "./match-patterns.ts";
import { hasPossessive } from "./parties.ts";
import { insertMatch, structuralPattern } from "./reported-demands.ts";
import type { Unit } from "./sentence-units.ts";

const TAKE_HOSTAGE = structuralPattern("181");

// Verbs that take or keep people captive; "released" or "freed" hostages is another act (084).
const TAKING = new Set(["take", "hold", "seize", "capture", "kidnap", "abduct", "keep"]);
// Their participles after the captives, with a "by" agent: "Israeli hostages held by Hamas".
const TAKEN = new Set(["taken", "held", "seized", "captured", "kidnapped", "abducted", "kept"]);
// Participles of keeping people captive, a state that lasts, not an act done on the sentence's day.
const STILL_HELD = new Set(["held", "kept"]);
// Nouns that say the people are captives, not prisoners of a court ("prisoners", "detainees" are held by law too).
const CAPTIVES = /\b(?:hostages?|captives?)$/i;
// Words that may stand between the verb and the captives: "took 15 Israeli hostages", "is holding more than 50".
const BETWEEN = new Set(["DET", "NUM", "ADJ", "ADV"]);
// Nouns that count the captives: "took dozens of Israeli hostages".
const COUNTS = new Set(["dozen", "dozens", "scores", "hundreds", "thousands", "handful", "group", "number"]);

/**
 * The last unit of a phrase at k naming captives of a state, or -1: a people mention ending in "hostages" or
 * "captives" ("Israeli hostages"), or an actor with that noun after it ("Israeli captives"); not a possessive one.
 */
function captivesEnd(units: readonly Unit[], k: number): number {
  const u = units[k];
  if (!u?.mention || hasPossessive(units, k)) return -1;
  if (CAPTIVES.test(u.mention.text)) return k;
  const next = units[k + 1];
  return next && !next.mention && CAPTIVES.test(next.lower) && !hasPossessive(units, k + 1) ? k + 1 : -1;
}

/** The first actor after k past words that only count or qualify, or -1. */
function actorAfter(units: readonly Unit[], k: number): number {
  for (let j = k; j < units.length && j <= k + 4; j++) {
    const u = units[j] as Unit;
    if (u.mention) return j;
    if (!BETWEEN.has(u.pos) && !COUNTS.has(u.lower) && !["than", "of"].includes(u.lower)) return -1;
  }
  return -1;
}

/**
 * Inserts the sentence's hostage-takings among its matches: "Hamas took Israeli hostages", "is holding 50 Israeli
 * captives", "took 15 British sailors hostage", "Israeli hostages held by Hamas". A match already at the verb, or at
 * the noun "hostage" the verb governs, is replaced: one act, one code.
 */
export function addCaptiveTakings(matches: Match[], units: readonly Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.pos === "VERB" && TAKING.has(u.lemma)) {
      const at = actorAfter(units, i + 1);
      if (at < 0) continue;
      // "took 15 British sailors hostage": the noun after the people says what they were taken as.
      const noun = units[at + 1]?.pos === "NOUN" && !CAPTIVES.test(units[at + 1]?.lower ?? "") ? at + 2 : at + 1;
      const asHostage = /^(?:hostage|captive)$/.test(units[noun]?.lower ?? "");
      if (captivesEnd(units, at) < 0 && !asHostage) continue;
      replaceAt(matches, [i, ...(asHostage ? [noun] : [])]);
      insertMatch(matches, TAKE_HOSTAGE, i, [], [at]);
      continue;
    }
    // "Israeli hostages held by Hamas": the participle's "by" agent holds them.
    const end = captivesEnd(units, i);
    if (end >= 0 && TAKEN.has(units[end + 1]?.lower ?? "") && units[end + 2]?.lower === "by") {
      const agent = actorAfter(units, end + 3);
      if (agent < 0) continue;
      replaceAt(matches, [end + 1]);
      // "Families of hostages held by Hamas rallied on Saturday": captives still held, named in passing inside
      // another noun's "of" phrase, are a standing state, not a new taking on the day of the sentence's own act.
      // As the sentence's subject ("Two Thai hostages held by Hamas were freed") the holding is still coded.
      if (STILL_HELD.has(units[end + 1]?.lower ?? "") && units[i - 1]?.lower === "of") continue;
      insertMatch(matches, TAKE_HOSTAGE, end + 1, [agent], [i]);
    }
  }
}

/** Drops the matches headed at these units. */
function replaceAt(matches: Match[], heads: readonly number[]): void {
  for (let k = matches.length - 1; k >= 0; k--) if (heads.includes((matches[k] as Match).head)) matches.splice(k, 1);
}
