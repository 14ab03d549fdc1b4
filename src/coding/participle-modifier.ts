// A participle that describes a noun ("exiled dissidents", "the jailed journalist") rather than naming an act of its
// own. Read by match-patterns.ts, which lets such a participle head no verb pattern, or none at all.
import type { Unit } from "./sentence-units.ts";

const BEFORE_MODIFIER = new Set(["DET", "ADJ", "ADP", "PUNCT", "CCONJ", "NUM"]);

/** A participle modifying a noun ("exiled dissidents", "with disputed islands") names no act of its own. */
export function attributive(units: readonly Unit[], i: number): boolean {
  const u = units[i] as Unit;
  if (u.lower === u.lemma || !/(?:ed|en|n)$/.test(u.lower)) return false;
  const next = units[i + 1];
  if (!next || !["NOUN", "PROPN", "ADJ"].includes(next.pos)) return false;
  const prev = units[i - 1];
  return !prev || BEFORE_MODIFIER.has(prev.pos) || prev.lower === "-";
}

const NOUN_PHRASE_OPENERS = new Set(["the", "a", "an", "this", "that", "these", "those", "some", "several", "many"]);

/**
 * A participle inside a noun phrase, after its determiner or number and any adverbs of its own ("23 severely wounded
 * soldiers", "the jailed journalist", "10 wrongfully detained citizens"), describes the noun: it heads no pattern at
 * all, where attributive alone only keeps it from heading a verb's.
 */
export function insideNounPhrase(units: readonly Unit[], i: number): boolean {
  let j = i - 1;
  while (units[j]?.pos === "ADV" && (units[j] as Unit).lower.endsWith("ly")) j--;
  const prev = units[j];
  if (!prev) return false;
  // A floating "all" or "both" stands with the subject ("the three all denounced"), a number after a month is a date
  // ("on August 21 urged"): neither opens a noun phrase.
  // "the occupied territories", "the wounded" are left to attributive and the patterns that read them as words; a
  // number or an adverb of the participle's own marks the noun phrase beyond doubt.
  if (
    prev.pos === "DET"
      ? j === i - 1 || !NOUN_PHRASE_OPENERS.has(prev.lower)
      : prev.pos !== "NUM" || units[j - 1]?.pos === "PROPN"
  )
    return false;
  const next = units[i + 1];
  return j < i - 1 ? ["NOUN", "PROPN", "ADJ"].includes(next?.pos ?? "") : attributive(units, i);
}
