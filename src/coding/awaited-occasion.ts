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
// Words that say the occasion is still to come ("the planned talks", "the expected visit", "the forthcoming session
// of the commission", "the next round of talks", "the upcoming Uzbek-Tajik summit"): found in the occasion's own
// phrase, they make it one the sides plan, whatever stands before the phrase.
const TO_COME = new Set([
  "planned",
  "expected",
  "scheduled",
  "upcoming",
  "forthcoming",
  "coming",
  "impending",
  "anticipated",
  "proposed",
  "possible",
  "next",
]);
// "The next day, talks continued": a "next" of days tells what followed in the story, not a plan.
const NARRATED_NEXT = new Set(["day", "morning", "afternoon", "evening", "night", "day's", "morning's"]);
// Participles after the occasion that set its date: "the visit, scheduled for March", "talks planned for June",
// "the summit, due to take place in May". ("The talks, expected to last two days, began" is not one: "to" must open
// the occasion's own start.)
const SET_FOR = new Set(["scheduled", "planned", "slated", "set", "due", "expected"]);
const DATE_WORDS = new Set(["for", "on", "in", "at", "next", "this", "later"]);
const ONSET = new Set(["take", "be", "begin", "start", "open", "convene", "occur", "happen"]);
// Past forms that tell the occasion came after all: "went ahead", "took place", "were held", "opened", "ended". Only
// past ones: "will go ahead", "begins on Monday" still lie ahead.
const CAME = new Set([
  "went",
  "took",
  "held",
  "began",
  "started",
  "opened",
  "ended",
  "concluded",
  "proceeded",
  "closed",
  "lasted",
]);
// Words before such a form that keep it ahead: "will be held", "is to take place", "could go ahead" (and a verb
// after a fronted phrase: "After meeting Xi, Lula will fly to Tokyo", fronted-phrase.ts).
export const NOT_YET: ReadonlySet<string> = new Set([
  "to",
  "will",
  "'ll",
  "would",
  "shall",
  "could",
  "may",
  "might",
  "should",
  "must",
  "can",
]);
// Words of the occasion's phrase after its noun: "the visit of the Turkmen president to Tashkent".
const AFTER_POS = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "ADP", "CCONJ"]);

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
 * "ahead of meeting Erdogan"; or its own phrase says it is to come: "the forthcoming session of the commission", "the
 * next round of talks", "the visit, scheduled for March". "After talks", "during talks" and "the talks, held ahead
 * of the summit" stay acts.
 */
export function awaitedOccasion(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  // A verb counts only as a gerund right after the phrase: "ahead of meeting Erdogan". "Before visiting Moscow, he
  // met ..." narrates one act after another; both were done.
  // Any other verb right after the phrase is a noun the tagger misread: "in the run-up to talks between X and Y".
  if (h.pos === "VERB" || h.pos === "AUX")
    return (!h.lower.endsWith("ing") || !NARRATING.has(units[head - 1]?.lower ?? "")) && opensAhead(units, head - 1);
  return markedToCome(units, head) || setForLater(units, head) || afterAheadPhrase(units, head);
}

/** The noun act at `head` is what an opening phrase puts after the clause's act: "before the talks between X and Y". */
function afterAheadPhrase(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  for (let k = head - 1; k >= 0 && k >= head - 8; k--) {
    const u = units[k] as Unit;
    if (u.clause !== h.clause && u.clause !== -1) return false;
    if (opensAhead(units, k)) return true;
    if (!inOwnPhrase(u) && !TO_COME.has(u.lower)) return false;
  }
  return false;
}

/** A word that may stand in a meeting's own phrase before it: "next week's", "a second round of", "Xi's". */
function inOwnPhrase(u: Unit): boolean {
  return !!u.mention || PHRASE_POS.has(u.pos) || ["of", "-", "'s", "’s"].includes(u.lower);
}

/** A word of the occasion's own phrase before it says it is to come: "the forthcoming Kazakh-Kyrgyz commission meeting". */
function markedToCome(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  for (let k = head - 1; k >= 0 && k >= head - 8; k--) {
    const u = units[k] as Unit;
    if (u.clause !== h.clause && u.clause !== -1) return false;
    // "the planned talks" (a participle the tagger may call a verb, after its determiner).
    const toCome = TO_COME.has(u.lower) && (u.pos !== "VERB" || units[k - 1]?.pos === "DET");
    if (toCome) return !(u.lower === "next" && NARRATED_NEXT.has(units[k + 1]?.lower ?? "")) && !cameAfter(units, head);
    if (!inOwnPhrase(u) || u.pos === "PRON") return false;
  }
  return false;
}

/** A participle after the occasion's phrase sets its date: "the visit of the Turkmen president, scheduled for March". */
function setForLater(units: readonly Unit[], head: number): boolean {
  let k = head + 1;
  while (k < units.length && k <= head + 10 && (units[k]?.mention || AFTER_POS.has(units[k]?.pos ?? ""))) k++;
  if (units[k]?.lower === ",") k++;
  if (!SET_FOR.has(units[k]?.lower ?? "")) return false;
  const next = units[k + 1]?.lower ?? "";
  if (!(DATE_WORDS.has(next) || (next === "to" && ONSET.has(units[k + 2]?.lemma ?? "")))) return false;
  // "Talks set for Sunday went ahead in Doha": the date was set, and the clause says the occasion came.
  return !cameAfter(units, head);
}

/**
 * The clause of the occasion at `head` says in a past form that it came: "the expected meeting ... was held in Kazan
 * on Wednesday", "talks set for Sunday went ahead"; not "will be held", "is to take place".
 */
function cameAfter(units: readonly Unit[], head: number): boolean {
  const clause = (units[head] as Unit).clause;
  for (let j = head + 1; j < units.length && j <= head + 14 && (units[j] as Unit).clause === clause; j++) {
    const u = units[j] as Unit;
    if (!CAME.has(u.lower) || (u.pos !== "VERB" && u.pos !== "AUX")) continue;
    if (![1, 2].some((d) => NOT_YET.has(units[j - d]?.lower ?? ""))) return true;
  }
  return false;
}

/**
 * "Tokayev and Putin held talks in Astana. ... Before the talks, the ministers toured a plant": a meeting the article
 * has already told as held between the same sides, named after "before" or "ahead of", is that meeting, not one to
 * come; its own sentence told it (so `pairs`, units of the sentence, each met in an earlier event).
 */
export function toldAsHeld(
  units: readonly Unit[],
  head: number,
  pairs: readonly (readonly [number, number])[],
  earlier: readonly { source: string; target: string; cameo: string }[],
): boolean {
  if (!pairs.length || !afterAheadPhrase(units, head)) return false;
  const code = (k: number) => units[k]?.mention?.actor.code;
  return pairs.every(([s, t]) =>
    earlier.some(
      (e) =>
        e.cameo.startsWith("04") &&
        ((e.source === code(s) && e.target === code(t)) || (e.source === code(t) && e.target === code(s))),
    ),
  );
}
