// Where a gap inside a pattern ("sign * agreement", "impose * sanctions on $T") must stop: the words a gap may not
// cross without leaving the pattern's own phrase. Read by match-patterns.ts at each step of a gap.
import { INTENT } from "./mood-words.ts";
import { type Element, GAP } from "./pattern-dictionary.ts";
import type { Unit } from "./sentence-units.ts";
import { isPassive, opensReducedRelative } from "./voice.ts";

// Words that open a clause of its own, whose subject follows them.
const CLAUSE_OPENERS = new Set(["that", "whether"]);
// Words that open a relative or a question clause, which a long gap does not enter.
const CLAUSE_WORDS = new Set([
  "which",
  "who",
  "whom",
  "whose",
  "that",
  "where",
  "why",
  "how",
  "what",
  "when",
  "whether",
]);
// Prepositions inside one noun phrase that a long gap may cross: "diplomats of the embassy in Vilnius".
const PHRASE_PREPS = new Set(["of", "in", "at", "to"]);

/**
 * A long gap stays in the object's noun phrase: it does not enter a relative or question clause ("a warship which
 * carries missiles", "reasons why the missiles were late"), a phrase of another preposition ("a warning about its
 * missiles", "euros for equipment") or a verb phrase ("permission to use its missiles"); a participle before its noun
 * ("loitering munitions") is part of the phrase.
 */
function leavesNounPhrase(units: readonly Unit[], k: number): boolean {
  const u = units[k];
  if (!u) return true;
  const next = units[k + 1];
  if (CLAUSE_WORDS.has(u.lower)) return true;
  if (u.lower === "to") return next?.pos === "VERB" || next?.pos === "AUX";
  if (u.pos === "ADP") return !PHRASE_PREPS.has(u.lower);
  return u.pos === "VERB" && next?.pos !== "NOUN";
}
/** A verb in a form other than its bare one ("called", "calls"): it heads a clause, not a shared infinitive. */
function finiteVerb(u: Unit | undefined): boolean {
  return u?.pos === "VERB" && u.lower !== u.lemma;
}
// Words that join a second verb phrase to the first: "suspended aid and imposed", "ended the row by backing".
const VERB_JOINERS = new Set(["and", "or", "but", "then", "by"]);

/**
 * Whether a gap at pattern element e, begun at unit i, stops before taking its g-th unit (units[i + g - 1]); h is the
 * pattern's head.
 */
export function gapStops(
  units: readonly Unit[],
  elements: readonly Element[],
  e: number,
  i: number,
  g: number,
  h: number,
): boolean {
  const el = elements[e] as Extract<Element, { kind: "gap" }>;
  const u = units[i + g - 1];
  // A gap stays in its phrase: "executed two men accused of spying" executes no spy. A participle on the
  // pattern's own noun may be crossed ("the roadmap drawn up by X").
  if (g > 0 && (!u || u.clause < 0 || (g > 1 && opensReducedRelative(units, i + g - 1)))) return true;
  // Nor does it pass the subject of a that-clause: "warned that Russia could invade Ukraine" is Russia's act,
  // not a threat by the one who warns.
  if (g > 1 && u?.mention && CLAUSE_OPENERS.has(units[i + g - 2]?.lower ?? "")) return true;
  // A long gap stays in its noun phrase: "sending its warship which carries missiles" sends no missiles, "sent
  // Moscow a warning about its missiles" none either.
  if (g > 0 && el.max > GAP && leavesNounPhrase(units, i + g - 1)) return true;
  // Nor into a second verb joined to the first: "suspended aid and imposed sanctions on X" lifts no sanctions,
  // "ended the row by backing sanctions" ends none.
  if (g > 1 && u?.pos === "VERB" && VERB_JOINERS.has(units[i + g - 2]?.lower ?? "")) return true;
  // Nor does it end on a finite one: in "called Macron's plan bold and called the tariffs a threat" the second
  // "called" is a verb of its own, not a step ("calls") of the plan's. A bare verb may share the first one's
  // "to" ("threatened to suspend talks and withdraw troops").
  if (g > 0 && VERB_JOINERS.has(u?.lower ?? "") && finiteVerb(units[i + g])) return true;
  // Nor past a passive head's "by": "were intercepted by Greek aircraft" names the agent there, not the
  // "$T jets" intercepted.
  if (g > 0 && u?.lower === "by" && i + g - 1 === h + 1 && isPassive(units, h)) return true;
  // Nor into the infinitive of a passive verb of planning: in "Putin is scheduled to visit Turkey" the subject is
  // the one who will visit (the infinitive codes that, as in "is due to visit"); the "visit" is no noun a planner
  // prepared for him, which would make Putin the planned act's target.
  if (g > 0 && u?.lower === "to" && units[i + g]?.pos === "VERB" && plannedPassive(units, h)) return true;
  // Nor past an infinitive: in "voted unanimously to increase sanctions against Iran" the words after "to
  // increase" are that verb's, so "vote * against" does not match.
  // A verb chain may be crossed ("sent troops to help keep the peace"), and so may the infinitive that says what
  // the pattern's own noun is ("called Finland's decision to join NATO a mistake").
  if (
    g > 2 &&
    u?.pos !== "VERB" &&
    units[i + g - 2]?.pos === "VERB" &&
    units[i + g - 3]?.lower === "to" &&
    !(g === 3 && elements[e - 1]?.kind === "word" && units[i - 1]?.pos === "NOUN")
  )
    return true;
  return false;
}

/** "is scheduled", "was planned", "are being arranged": a verb of planning in the passive, at the pattern's head. */
function plannedPassive(units: readonly Unit[], h: number): boolean {
  return INTENT.has(units[h]?.lemma ?? "") && isPassive(units, h);
}
