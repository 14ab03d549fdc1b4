import { COERCIVE_ROOTS } from "./cameo-table.ts";
import { clauseSubject } from "./clause-subject.ts";
import { DAY_WORDS } from "./day-words.ts";
import type { Parties, SentenceContext } from "./party-sides.ts";
import { POSSESSIVE_PRONOUNS } from "./possessive-pronouns.ts";
import type { Unit } from "./sentence-units.ts";
import { joinsAdjectives } from "./voice.ts";

// Verbs that stop or undo what their object names: "ended mediation", "lifted the blockade", "prohibit all aid".
const REVERSING = new Set([
  "end",
  "halt",
  "suspend",
  "stop",
  "cut",
  "freeze",
  "prohibit",
  "ban",
  "abandon",
  "lift",
  "cancel",
  "scrap",
  "terminate",
  "revoke",
  "discontinue",
  "cease",
  "block",
  "bar",
  "forbid",
  "withhold",
  "pause",
]);
// Nouns that stop what follows their preposition: "an end to U.S. military aid", "a halt to arms deliveries", "a
// freeze on talks", "the suspension of aid".
const REVERSING_NOUN: Record<string, string> = {
  end: "to",
  halt: "to",
  stop: "to",
  freeze: "on",
  moratorium: "on",
  suspension: "of",
  cessation: "of",
  termination: "of",
};
// Words that may sit between the verb and the noun it governs: "lifted Friday a day-old blockade".
const BETWEEN = new Set(["DET", "ADJ", "NUM", "PROPN", "PUNCT"]);
const POSSESSIVE_OR_QUANTIFIER = new Set(["all", "any", "further", "'s", ...POSSESSIVE_PRONOUNS]);

/** The reversing verb whose object is the noun trigger at `head` (or the noun stopping it: "an end to"), or -1. */
export function reversingVerb(units: readonly Unit[], head: number): number {
  const clause = (units[head] as Unit).clause;
  for (let k = head - 1; k >= 0 && k >= head - 8; k--) {
    const u = units[k] as Unit;
    if (u.clause !== clause) return -1;
    if (u.pos === "VERB") return REVERSING.has(u.lemma) ? k : -1;
    const stopper = units[k - 1];
    if (u.pos === "ADP" && stopper?.pos === "NOUN" && REVERSING_NOUN[stopper.lemma] === u.lower) return k - 1;
    if (u.lower === "of" && announcedEnd(units, k - 1)) return k - 1;
    if (u.mention || BETWEEN.has(u.pos) || DAY_WORDS.has(u.lower) || u.lower === "-") continue;
    if (joinsAdjectives(units, k)) continue;
    // "a day-old blockade": a noun joined by a hyphen is a modifier.
    if (u.pos === "NOUN" && units[k + 1]?.lower === "-") continue;
    if (POSSESSIVE_OR_QUANTIFIER.has(u.lower)) continue;
    if (u.lower === "on" && DAY_WORDS.has(units[k + 1]?.lower ?? "")) continue;
    // "withheld nearly $400 million in military aid": a sum and its "in" before the noun, an adverb on the sum.
    if (
      (u.lower === "in" && units[k - 1]?.pos === "NUM") ||
      u.pos === "SYM" ||
      (u.pos === "ADV" && units[k + 1]?.pos === "SYM")
    )
      continue;
    return -1;
  }
  return -1;
}

/**
 * "announced the end of military cooperation": an end that an announcing verb makes stops what follows its "of";
 * after a preposition it is a time ("at the end of the talks", "by the end of the year") and stops nothing.
 */
function announcedEnd(units: readonly Unit[], end: number): boolean {
  return (
    units[end]?.lemma === "end" &&
    units[end]?.pos === "NOUN" &&
    units[end - 1]?.pos === "DET" &&
    units[end - 2]?.pos === "VERB" &&
    ENDING_VERBS.has(units[end - 2]?.lemma ?? "")
  );
}
// Verbs that make an end they name: "announced the end of", "ordered an end of" ("marked the end of the talks" is
// their close, not a break).
const ENDING_VERBS = new Set(["announce", "declare", "order", "decree", "decide", "confirm", "proclaim"]);

/**
 * What stopping an act is in CAMEO: ending cooperation reduces relations (16), ending a hostility eases it (08).
 * Returns undefined when stopping the act has no CAMEO meaning of its own (statements, appeals).
 */
export function reversedCode(code: string): string | undefined {
  if (code === "045") return "165";
  const root = code.slice(0, 2);
  if (root === "04") return "164";
  if (root === "07") return "162";
  if (root === "03" || root === "05" || root === "06") return "161";
  if (root === "16") return "085";
  if (code === "191" || root === "17") return "081";
  // Root 17 went above: what is left of the coercive roots is force and its show, whose end is a retreat.
  if (COERCIVE_ROOTS.has(root)) return "087";
  return undefined;
}

// How a noun names its own agent: "EU sanctions", "sanctions by the EU", "aid from Russia".
export const NOUN_AGENT = new Set(["prenominal", "by", "from"]);

/**
 * "Hungary blocked EU sanctions against Russia": the noun's own agent is not the one who stops it, so the stopping
 * is not the agent easing its own act (and not coded as such).
 */
export function blocksOther(ctx: SentenceContext, reverser: number, parties: Parties): boolean {
  if (!parties.source || !NOUN_AGENT.has(parties.source.via)) return false;
  const subject = clauseSubject(ctx, reverser);
  if (!subject) return false;
  const codes = (side: readonly number[]) => side.map((i) => ctx.units[i]?.mention?.actor.code);
  const agents = codes(parties.source.units);
  return !codes(subject.units).some((c) => agents.includes(c));
}

// Verbs that keep aid back "from" a party: "withheld military aid from Ukraine" ("froze aid from the EU" names the
// giver).
const KEEP_FROM = new Set(["withhold"]);

/**
 * "Washington withheld military aid from Ukraine": the party after "from" is the one the aid is kept from, not the
 * aid's giver; the verb's subject keeps it back. Returns the parties so read, or undefined.
 */
export function keptFrom(ctx: SentenceContext, reverser: number, code: string, parties: Parties): Parties | undefined {
  const from = parties.source;
  if (code !== "162" || from?.via !== "from" || !KEEP_FROM.has(ctx.units[reverser]?.lemma ?? "")) return undefined;
  const subject = clauseSubject(ctx, reverser);
  return subject ? { source: subject, target: { units: from.units, via: "object" } } : undefined;
}
