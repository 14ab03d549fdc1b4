// Acts named as the occasion something else is done before: "ahead of talks between Russia and Ukraine", "on the eve
// of the summit", "in the run-up to Xi's visit", "ahead of meeting Erdogan". The occasion lies after the sentence's own
// act; the report does not say it took place, so actCode codes a meeting there as still to come (036), not held.
import type { Unit } from "./sentence-units.ts";

// Phrases, read backwards from their last word, that put what follows after the clause's act. "before" and "prior
// to" stand alone; the others are fixed phrases: "ahead of", "in advance of", "on the eve of", "in the run-up to",
// "in the lead-up to", "in the build-up to", "in preparation for", "in anticipation of".
const AHEAD_PHRASES: readonly (readonly string[])[] = [
  ["before"],
  ["prior", "to"],
  ["ahead", "of"],
  ["in", "advance", "of"],
  ["on", "the", "eve", "of"],
  ["in", "the", "run", "-", "up", "to"],
  ["in", "the", "runup", "to"],
  ["in", "the", "lead", "-", "up", "to"],
  ["in", "the", "build", "-", "up", "to"],
  ["in", "preparation", "for"],
  ["in", "anticipation", "of"],
  ["preparations", "for"],
  ["preparing", "for"],
];

// Words that, before a gerund, tell acts in the order they were done: "before visiting Moscow", "prior to meeting".
const NARRATING = new Set(["before", "to"]);
// Words of the occasion's own phrase between the opening words and the act: "the", "next week's", "planned",
// "Xi's", "a second round of", "the signing of".
const PHRASE_POS = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"]);
// Participles that say the occasion is still to come ("the planned talks", "the expected visit").
const TO_COME = new Set(["planned", "expected", "scheduled", "upcoming", "anticipated", "proposed", "possible"]);

/** Whether the words ending at `k` (inclusive) spell `phrase`. */
function spells(units: readonly Unit[], k: number, phrase: readonly string[]): boolean {
  for (let j = 0; j < phrase.length; j++) if (units[k - phrase.length + 1 + j]?.lower !== phrase[j]) return false;
  return true;
}

/** The opening phrase ending at `k`, if any. "before" must be a preposition or open the act ("before meeting"). */
function opensAhead(units: readonly Unit[], k: number): boolean {
  const u = units[k];
  if (!u || (u.lower === "before" && u.pos !== "ADP" && u.pos !== "SCONJ")) return false;
  return AHEAD_PHRASES.some((p) => spells(units, k, p));
}

/**
 * The act at `head` is the occasion a phrase of time to come names: "ahead of talks between X and Y", "before the
 * meeting between Putin and Erdogan", "on the eve of the summit", "in the run-up to Xi's visit to Kazakhstan",
 * "ahead of meeting Erdogan". "After talks", "during talks" and "the talks, held ahead of the summit" stay acts.
 */
export function awaitedOccasion(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  // A verb counts only as a gerund right after the phrase: "ahead of meeting Erdogan". "Before visiting Moscow, he
  // met ..." narrates one act after another; both were done.
  if (h.pos === "VERB" || h.pos === "AUX")
    return h.lower.endsWith("ing") && !NARRATING.has(units[head - 1]?.lower ?? "") && opensAhead(units, head - 1);
  for (let k = head - 1; k >= 0 && k >= head - 8; k--) {
    const u = units[k] as Unit;
    if (u.clause !== h.clause && u.clause !== -1) return false;
    if (opensAhead(units, k)) return true;
    const inPhrase =
      !!u.mention ||
      PHRASE_POS.has(u.pos) ||
      TO_COME.has(u.lower) ||
      u.lower === "of" ||
      u.lower === "-" ||
      u.lower === "'s" ||
      u.lower === "’s";
    if (!inPhrase) return false;
  }
  return false;
}
