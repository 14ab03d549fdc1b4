// "India and Pakistan have fought over Kashmir since 1947": a perfect kept up since a year long past tells the history
// of a dyad, not an act the report dates.
import { MONTHS as MONTH_NAMES } from "../nlp/index.ts";
import { DAY_WORDS } from "./day-words.ts";
import type { Unit } from "./sentence-units.ts";

const PERFECT = new Set(["has", "have", "had", "'s", "'ve"]);
// Years back from the article that make a span history rather than a recent stretch ("since February", "since 2023").
const HISTORY_YEARS = 5;
// Words that count the times an act was done: "14 times", "several times".
const COUNTS = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|several|many|multiple|numerous)$/;

/** The year a "since" phrase opening at `k` names within a few words ("since 1947", "since their partition in 1947",
 * "since the 1990s"), or undefined. */
function sinceYear(units: readonly Unit[], k: number): number | undefined {
  for (let j = k + 1; j < units.length && j <= k + 10; j++) {
    const w = (units[j] as Unit).lower;
    if (w === "," || w === ";" || (units[j] as Unit).attribution) return undefined;
    const year = /^(1[89]\d\d|20\d\d)s?$/.exec(w);
    if (year) return Number(year[1]);
  }
  return undefined;
}

/**
 * "…, most recently at a summit", "…, the latest in May": the last of the counted acts is named after the count. A
 * latest dated two or more years before the article (`now`, its year) is history too: "have fought four times since
 * 1947, most recently in 1999".
 */
function latestNamed(units: readonly Unit[], k: number, now: number): boolean {
  for (let j = k + 1; j < units.length && j <= k + 8; j++) {
    const w = (units[j] as Unit).lower;
    const latest =
      (w === "recently" && units[j - 1]?.lower === "most") ||
      ((w === "latest" || w === "last") && units[j - 1]?.lower === "the");
    if (latest) return !yearAtMost(units, j + 1, now - 2);
  }
  return false;
}

/** A year no later than `year` within a few words from `from` ("in September 2022"). */
function yearAtMost(units: readonly Unit[], from: number, year: number): boolean {
  for (let j = from; j < units.length && j <= from + 6; j++) {
    const w = (units[j] as Unit).lower;
    if (w === ";" || (units[j] as Unit).attribution) return false;
    if (/^(?:1[89]|20)\d\d$/.test(w) && Number(w) <= year) return true;
  }
  return false;
}

/**
 * The verb at `head` is a perfect ("have fought", "has occupied") whose clause runs "since" a year at least five years
 * before the article: a state of affairs kept up since then.
 */
export function perfectSinceLongAgo(units: readonly Unit[], head: number, published: string | undefined): boolean {
  const now = Number(published?.slice(0, 4));
  const h = units[head] as Unit;
  if (!now || h.pos !== "VERB") return false;
  let perfect = false;
  for (let k = head - 1; k >= 0 && k >= head - 4 && (units[k] as Unit).clause === h.clause; k--) {
    const u = units[k] as Unit;
    if (PERFECT.has(u.lower) && (u.pos === "AUX" || u.pos === "VERB")) perfect = true;
  }
  if (!perfect) return false;
  for (let k = head + 1; k < units.length && k <= head + 12 && (units[k] as Unit).clause === h.clause; k++) {
    // "has met Erdogan 14 times since 2019, most recently in Budapest on May 21": a count of acts whose latest is named
    // tells of that act, not of a state kept up.
    if ((units[k] as Unit).lower === "times" && COUNTS.test(units[k - 1]?.lower ?? "") && latestNamed(units, k, now))
      return false;
    if ((units[k] as Unit).lower !== "since") continue;
    const year = sinceYear(units, k);
    return year !== undefined && year <= now - HISTORY_YEARS;
  }
  return false;
}

// Fighting verbs whose perfect, counted, sums up a dyad's history: "have clashed repeatedly", "have fought two wars".
const FIGHTS = new Set(["fight", "clash", "skirmish"]);
const TALLIES = new Set(["repeatedly", "often", "frequently"]);
const BOUTS = new Set(["wars", "conflicts", "times", "battles"]);
// Words that place the bouts in the news of the day ("in recent weeks", "this month", "since last year").
const RECENT = new Set(["recent", "recently", "this", "last", "past", "latest", "ongoing", "current"]);
// Days and months date the bouts to the news too ("since Thursday", "over the weekend", "since October"); a month
// with its year is left to the year ("in October 1973" is history).
const DAYS = new Set([...DAY_WORDS, "weekend", "overnight", "tonight", "hours"]);
const MONTHS = new Set(MONTH_NAMES);
const namesRecentDay = (units: readonly Unit[], k: number) => {
  const w = (units[k] as Unit).lower;
  return (
    DAYS.has(w) ||
    (MONTHS.has(w.toLowerCase()) && (units[k] as Unit).pos === "PROPN" && !/^\d{4}$/.test(units[k + 1]?.lower ?? ""))
  );
};

/**
 * The fighting verb at `head` is a perfect whose clause counts its bouts with no recent time: "China and the
 * Philippines have clashed repeatedly around the shoals", "Armenia and Azerbaijan have fought two wars over the
 * region" tell the dyad's history, not a clash the report dates ("have clashed repeatedly in recent weeks" does).
 */
export function perfectTally(units: readonly Unit[], head: number, published: string | undefined): boolean {
  const h = units[head] as Unit;
  if (h.pos !== "VERB" || !FIGHTS.has(h.lemma)) return false;
  let perfect = false;
  let tally = false;
  for (let k = head - 1; k >= 0 && k >= head - 3 && (units[k] as Unit).clause === h.clause; k--) {
    const u = units[k] as Unit;
    if (PERFECT.has(u.lower) && (u.pos === "AUX" || u.pos === "VERB")) perfect = true;
    if (TALLIES.has(u.lower)) tally = true;
  }
  return perfect && tallied(units, head, published, tally);
}

/** Whether the clause after `head` counts the bouts ("repeatedly", "two wars") and names no recent time. */
function tallied(units: readonly Unit[], head: number, published: string | undefined, counted: boolean): boolean {
  const now = Number(published?.slice(0, 4)) || undefined;
  const h = units[head] as Unit;
  for (let k = head - 3; k < units.length && k <= head + 14; k++) {
    const u = units[k];
    if (!u || k === head || u.clause !== h.clause) continue;
    if (RECENT.has(u.lower) || namesRecentDay(units, k)) return false;
    const year = /^(?:1[89]|20)\d\d$/.test(u.lower) ? Number(u.lower) : undefined;
    if (year !== undefined && now !== undefined && year >= now - 1) return false;
    if (k > head && TALLIES.has(u.lower)) counted = true;
    if (k > head && BOUTS.has(u.lower) && COUNTS.test(units[k - 1]?.lower ?? "")) counted = true;
  }
  return counted;
}
