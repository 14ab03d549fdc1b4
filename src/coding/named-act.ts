// Acts named inside a reaction to them. "France condemned Russia's strikes on Ukraine" reports France's condemnation
// (aimed at Russia) and names the strikes with their agent and their target: the strikes are an act of their own
// (RUS>UKR 19x), as an analyst codes them. The object of a reacting verb was read as part of the verb's act only.
// A hypothetical act ("condemned any Russian attack on", "would welcome a possible Chinese move") is none.
import type { DateMention } from "../domain/index.ts";
import type { Match } from "./match-patterns.ts";
import { REACTING } from "./mood-words.ts";
import { hasPossessive } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";
import { isNominal } from "./voice.ts";

// Words that make the named act one that may happen, not one done: "any", "possible", "future", "planned".
const UNDONE = new Set([
  "any",
  "possible",
  "potential",
  "future",
  "further",
  "planned",
  "proposed",
  "threatened",
  "alleged",
  "would-be",
]);
// Acts that are a standing state of affairs, not one deed: "condemned Russia's invasion of Ukraine" takes a stance on
// the war, and coding the war again from every such stance would count it many times (referenced-act.ts).
const STANDING = new Set([
  "invasion",
  "occupation",
  "annexation",
  "war",
  "aggression",
  "blockade",
  "siege",
  "presence",
]);
// Words that make the reaction a habit or a possibility, so the act it names is none in particular: "usually
// condemns Russian strikes on", "has repeatedly condemned", "has long criticised", "would welcome a decision to".
const NOT_NOW = new Set([
  "usually",
  "often",
  "always",
  "routinely",
  "regularly",
  "typically",
  "repeatedly",
  "consistently",
  "long",
  "never",
  "will",
  "would",
  "could",
  "may",
  "might",
  "should",
  "must",
  "can",
  "to",
]);
// How the named act names whom it is aimed at: "strikes on Ukraine", "aggression against Armenia".
const AIMED = new Set(["on", "against", "upon", "at", "of", "to"]);
// What may stand between the reacting verb and the act's noun: its determiner, its agent, adjectives.
const INSIDE = new Set(["DET", "ADJ", "NUM", "PART"]);

// Nouns that report a party's resolve to act, the act following as an infinitive: "China's decision to lift".
const DECIDED = new Set(["decision", "move"]);

/**
 * The acts of the sentence named as the object of a reacting verb with their own agent (a possessive or a demonym
 * right before the noun) and a party they are aimed at after them: a noun act ("Russia's strikes on Ukraine"), or
 * the infinitive after a decision ("China's decision to lift sanctions on Lithuania"), whose match is replaced by one
 * that carries the decision's owner as its source.
 */
export function namedActs(units: readonly Unit[], matches: Match[], dates: readonly DateMention[] = []): Set<Match> {
  const out = new Set<Match>();
  const dated = (k: number) => datedWord(units, k, dates);
  for (let i = 0; i < matches.length; i++) {
    const n = matches[i] as Match;
    const head = units[n.head] as Unit;
    if (head.mention || (!n.slotT.length && !aimedAt(units, n.headEnd, n.end))) continue;
    // "slammed Finland's accession to NATO": the actor before such a head is the one acted on (pre=T), not its agent.
    if (n.pattern.preTarget) continue;
    const noun = isNominal(units, n.head) ? n.head : decisionBefore(units, n.head);
    if (STANDING.has(head.lower)) continue;
    const agent = noun < 0 ? -1 : agentBefore(units, noun, dated);
    if (agent < 0 || !reactedTo(units, noun, dated)) continue;
    const act = noun === n.head ? n : { ...n, slotS: [agent] };
    matches[i] = act;
    out.add(act);
  }
  return out;
}

/** The decision noun an infinitive at `head` follows ("decision to lift"), or -1. */
function decisionBefore(units: readonly Unit[], head: number): number {
  const noun = units[head - 2];
  return units[head - 1]?.lower === "to" && noun?.pos === "NOUN" && DECIDED.has(noun.lower) ? head - 2 : -1;
}

/** The actor that does the noun act at `head`: "Russia's strikes", "Russian airstrikes"; or -1. */
function agentBefore(units: readonly Unit[], head: number, dated: (k: number) => boolean): number {
  for (let k = head - 1; k >= 0 && k >= head - 3; k--) {
    const u = units[k] as Unit;
    if (u.mention) return hasPossessive(units, k) || k === head - 1 || units[k + 1]?.pos === "ADJ" ? k : -1;
    // "Russia's 2022 missile strikes": the act's own date sits between its agent and its noun.
    if (dated(k)) continue;
    if (!["ADJ", "PART", "NOUN"].includes(u.pos) || UNDONE.has(u.lower)) return -1;
  }
  return -1;
}

/**
 * An actor or a named place the act is aimed at, after a preposition right after its head or its pattern's last
 * word: "strikes on Ukraine", "shelling of Kharkiv", "lift sanctions on Lithuania", "against Ukraine's".
 */
function aimedAt(units: readonly Unit[], headEnd: number, end: number): boolean {
  for (const at of new Set([headEnd, end])) {
    if (!AIMED.has(units[at]?.lower ?? "")) continue;
    for (let k = at + 1; k < units.length && k <= at + 3; k++) {
      const u = units[k] as Unit;
      if (u.mention || u.placeEnd !== undefined) return true;
      if (!["DET", "ADJ", "NUM"].includes(u.pos)) break;
    }
  }
  return false;
}

/** The noun at `head` is the object of a reacting verb, with nothing that makes it hypothetical in between. */
function reactedTo(units: readonly Unit[], head: number, dated: (k: number) => boolean): boolean {
  for (let k = head - 1; k >= 0 && k >= head - 6; k--) {
    const u = units[k] as Unit;
    if (dated(k)) continue;
    if (u.pos === "VERB") return REACTING.has(u.lemma) && !u.lower.endsWith("ing") && !notNow(units, k);
    if (UNDONE.has(u.lower)) return false;
    if (!(u.mention || INSIDE.has(u.pos) || u.lower === "'s" || u.lower === "-")) return false;
  }
  return false;
}

/** The reacting verb at k is a habit or a possibility: "usually condemns", "would welcome", "to condemn". */
function notNow(units: readonly Unit[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) if (NOT_NOW.has((units[j] as Unit).lower)) return true;
  return false;
}

// A year written alone before a noun ("the 2008 war", "Russia's 2022 strikes"), which the date finder leaves out.
const BARE_YEAR = /^(?:19|20)\d\d$/;

/** The word at k is part of a date: inside a date the text gives ("the Oct. 7 attack") or a bare year. */
function datedWord(units: readonly Unit[], k: number, dates: readonly DateMention[]): boolean {
  const u = units[k] as Unit;
  return BARE_YEAR.test(u.lower) || dates.some((d) => u.start >= d.start && u.end <= d.end);
}

/**
 * The date a named act's noun phrase gives it, between the reacting verb and the noun: "condemned the 2008 attack on
 * Georgia" is an act of 2008 and "the Oct. 7 attack" one of that day, whatever day the condemnation was reported.
 */
export function namedActDate(units: readonly Unit[], head: number, dates: readonly DateMention[]): string | undefined {
  for (let k = head - 1; k >= 0 && k >= head - 6; k--) {
    const u = units[k] as Unit;
    if (u.pos === "VERB") return undefined;
    const d = dates.find((x) => u.start >= x.start && u.end <= x.end);
    if (d) return d.value;
    if (BARE_YEAR.test(u.lower)) return u.lower;
  }
  return undefined;
}
