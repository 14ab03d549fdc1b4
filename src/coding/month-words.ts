import type { Token } from "../domain/index.ts";
import { MONTHS } from "../nlp/index.ts";
import { DAY_WORDS } from "./day-words.ts";
import type { Unit } from "./sentence-units.ts";

// Words before a month's name: "in May", "on 3 May", "since May", "early May", "this March".
const BEFORE_MONTH = new Set([
  "in",
  "on",
  "since",
  "until",
  "till",
  "by",
  "of",
  "from",
  "through",
  "early",
  "mid",
  "late",
  "this",
  "last",
  "next",
]);

// Month names that are also English words a pattern reads: "may" a modal, "march" a protest's verb or noun.
const WORD_MONTHS = new Map([
  ["may", "May"],
  ["march", "March"],
]);

/**
 * "Armenia said on 3 May it will sign", "talks in May", "in early March", "created this March": a month whose name is
 * also a word ("May" a modal, "March" a protest), written with its capital beside a number or after a word of time, is
 * no modal and no march; its unit is renamed with the capital so that no hedge, hypothetical or protest reads it.
 */
export function retagWordMonths(units: Unit[], tokens: readonly Token[]): void {
  const starts = new Set(tokens.filter((t) => t.text === "May" || t.text === "March").map((t) => t.start));
  if (!starts.size) return;
  units.forEach((u, i) => {
    const name = WORD_MONTHS.get(u.lower);
    if (!name || !starts.has(u.start)) return;
    const before = units[i - 1];
    const after = units[i + 1];
    const month =
      before?.pos === "NUM" || after?.pos === "NUM" || BEFORE_MONTH.has(before?.lower ?? "") || before?.lower === "-";
    if (!month) return;
    u.lower = name;
    u.lemma = name;
    u.pos = "PROPN";
  });
}

// Month names as units read them: "may" is a modal unless retagged "May" (retagWordMonths), "march" a march unless
// retagged "March"; and their abbreviations.
const MONTH_WORDS = new Set([
  ...MONTHS.filter((m) => m !== "may"),
  "May",
  "March",
  ...["jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."],
]);

// Words of a relative time phrase: "last week", "earlier this month".
const TIME_WORDS = new Set(["last", "this", "week", "weekend", "month", "year", "earlier"]);

/**
 * How many units between from and to (both excluded) are a date's day, month or year or a relative time ("on 3 May
 * 2024", "on Monday", "last week").
 */
export function dateWordsBetween(units: readonly Unit[], from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k < to; k++) {
    const u = units[k] as Unit;
    if (u.pos === "NUM" || MONTH_WORDS.has(u.lower) || DAY_WORDS.has(u.lower) || TIME_WORDS.has(u.lower)) n++;
  }
  return n;
}

/** Where a date ending at k ("on 3 June", "in May 2024") begins, or k when unit k is no month's name. */
export function dateStart(units: readonly Unit[], k: number): number {
  // A comma is left alone: "In early October, Kazakhstan's ministry" ends the date before the subject.
  let j = k;
  while (units[j]?.pos === "NUM") j--;
  if (!MONTH_WORDS.has(units[j]?.lower ?? "")) return k;
  j--;
  while (units[j]?.pos === "NUM") j--;
  return ["on", "in", "since", "until", "by"].includes(units[j]?.lower ?? "") ? j - 1 : j;
}
