import type { Token } from "../domain/index.ts";
import { MONTHS } from "../nlp/index.ts";
import { DAY_WORDS } from "./day-words.ts";
import type { Unit } from "./sentence-units.ts";

// Words before a month's name: "in May", "on 3 May", "since May", "early May".
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
]);

/**
 * "Armenia said on 3 May it will sign", "talks in May": the month "May", written with its capital beside a number or
 * after a preposition of time, is no modal verb; its unit is renamed "May" so that no hedge or hypothetical reads it.
 */
export function retagMonthMay(units: Unit[], tokens: readonly Token[]): void {
  const starts = new Set(tokens.filter((t) => t.text === "May").map((t) => t.start));
  if (!starts.size) return;
  units.forEach((u, i) => {
    if (u.lower !== "may" || !starts.has(u.start)) return;
    const before = units[i - 1];
    const after = units[i + 1];
    const month =
      before?.pos === "NUM" || after?.pos === "NUM" || BEFORE_MONTH.has(before?.lower ?? "") || before?.lower === "-";
    if (!month) return;
    u.lower = "May";
    u.lemma = "May";
    u.pos = "PROPN";
  });
}

// Month names as units read them: "may" is a modal unless retagged "May" (retagMonthMay); and their abbreviations.
const MONTH_WORDS = new Set([
  ...MONTHS.filter((m) => m !== "may"),
  "May",
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
