// Date expressions → ISO values at the precision the text gives, resolved against the article date.
import * as chrono from "chrono-node";
import type { DateMention, Sentence } from "../domain/index.ts";
import { dateWindows } from "./date-windows.ts";
import { sentenceAt } from "./sentence-at.ts";

/** The months' names, lower-cased, January first. */
export const MONTHS: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_RE = "(January|February|March|April|May|June|July|August|September|October|November|December)";

/** "mid-2025", "early 2024", "late 2023", "the end of 2022": the year is all the text commits to. */
const PART_OF_YEAR =
  /\b(?:(?:early|mid|late)[-\s]|(?:the\s+)?(?:end|beginning|start|middle|first half|second half)\s+of\s+)((?:19|20)\d\d)\b/gi;
/** "by the end of the year", "the start of next month": the year or month they fall in, counted from the article's. */
const PART_OF_RELATIVE =
  /\b(?:the\s+)?(?:end|beginning|start|middle|first half|second half)\s+of\s+(this|the|last|next|the\s+previous|the\s+coming)\s+(year|month)\b/gi;
/** Parts of the article's own day: a report's "tonight", "overnight" or "this morning" is the day it is dated. */
const SAME_DAY = /\b(?:tonight|overnight|this\s+(?:morning|afternoon|evening))\b/gi;
/** "night of March 3", "the early hours of Sunday": a part of a day before the day it is part of. */
const PART_OF_DAY_OF = /^(?:the\s+)?(?:early\s+hours|morning|afternoon|evening|night)\s+of\s+/i;
/** "mid-December", "early March 2024", "late June": the month (and year when given). */
const PART_OF_MONTH = new RegExp(`\\b(?:early|mid|late)[-\\s]${MONTH_RE}(?:,?\\s+((?:19|20)\\d\\d))?\\b`, "gi");
/** A bare year after a preposition: "in 2023", "since 2014", "between 2019 and 2021"; not "killing 2023 people". */
const BARE_YEAR =
  /\b(?:in|since|by|during|until|till|from|before|after|through|throughout|between|and|to|of|around|circa|spring|summer|autumn|fall|winter)\s+((?:19|20)\d\d)\b(?![-–/.,]?\d|\s*(?:%|per\s?cent|people|persons|troops|soldiers|civilians|residents|deaths|dead|km|kilometres|kilometers|tonnes|tons|barrels|dollars|euros|roubles|rubles|votes|cases|units|times)\b)/gi;
/** Phrases chrono reads as dates that say nothing about when an event happened. */
const IGNORE = /^(?:now|right now|just now|noon|midnight)$/i;
/** Durations and instants that are no event date: "over the next three years", "for a second", "within hours",
 * "50 cigarettes in a day", "earlier in the day". */
const NOT_A_DATE =
  /\b(?:next|coming|past|last|over|within|for)\s+(?:the\s+)?(?:few|several|couple|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\b|\b(?:seconds?|minutes?|hours?)\b|\b(?:in|within)\s+(?:the|a|an|one)\s+(?:day|week|month|year)s?\b/i;
/** Relative references that chrono resolves to a day but whose honest precision is the month. */
const WEEK_RE = /\b(?:weeks?|weekend)\b/i;
const RELATIVE_RE =
  /\b(?:yesterday|today|tonight|tomorrow|last|this|next|ago|earlier|later|past|coming|previous|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekends?)\b/i;

const WEEK_MS = 7 * 24 * 3600 * 1000;
const FOUR_DIGIT_YEAR = /^[1-9]\d{3}(?:-|$)/;

interface Ref {
  year: number;
  month: number;
  day: number;
  date: Date;
}

/** Parses "2025-08-01" or an ISO datetime into the reference day (local noon, so chrono's arithmetic stays on it). */
function parseRef(articleDate: string | undefined): Ref | undefined {
  const m = articleDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(articleDate) : null;
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return { year, month, day, date: new Date(year, month - 1, day, 12) };
}

const pad = (n: number): string => String(n).padStart(2, "0");
const ymd = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const ym = (y: number, m: number): string => `${y}-${pad(m)}`;
const ymOf = (d: Date): string => ym(d.getFullYear(), d.getMonth() + 1);

/**
 * Finds date expressions and resolves them. Without an article date, only expressions that name their own year are
 * kept: resolving "on Monday" against the clock would make the stage depend on when it runs.
 */
export function findDates(text: string, sentences: Sentence[], articleDate?: string): DateMention[] {
  const ref = parseRef(articleDate);
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  const add = (start: number, end: number, value: string): void => {
    // chrono reads "0000 12/31" as year 0; a value is a four-digit year from 1000 on, or nothing.
    if (!FOUR_DIGIT_YEAR.test(value) || taken.some(([s, e]) => start < e && end > s)) return;
    const sentence = sentenceAt(sentences, start);
    if (sentence < 0 || end > sentences[sentence]!.end) return;
    taken.push([start, end]);
    found.push({ start, end, text: text.slice(start, end), value, sentence });
  };

  for (const m of matchesIn(PART_OF_YEAR, text, sentences)) add(m.index, m.index + m[0].length, m[1]!);
  if (ref) {
    for (const m of matchesIn(PART_OF_RELATIVE, text, sentences)) {
      const step = /last|previous/i.test(m[1]!) ? -1 : /next|coming/i.test(m[1]!) ? 1 : 0;
      const value =
        m[2]!.toLowerCase() === "year"
          ? String(ref.year + step)
          : ymOf(new Date(ref.year, ref.month - 1 + step, 1, 12));
      add(m.index, m.index + m[0].length, value);
    }
    for (const m of matchesIn(SAME_DAY, text, sentences)) add(m.index, m.index + m[0].length, ymd(ref.date));
  }
  for (const m of matchesIn(PART_OF_MONTH, text, sentences)) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    const year = m[2] ? Number(m[2]) : ref ? pastYearOfMonth(ref, month) : undefined;
    if (year !== undefined) add(m.index, m.index + m[0].length, ym(year, month));
  }

  // chrono is the slow part of the stage and its cost grows with the text it scans, so it reads only short windows
  // around date cues, never whole sentences (most sentences hold no date at all).
  const refDate = ref?.date ?? new Date(2000, 0, 1, 12);
  for (const s of sentences) {
    for (const [a, b, coreStart, coreEnd] of dateWindows(s.text)) {
      // The commonest date in news, a bare weekday ("said on Monday"), needs no chrono: it is the last such day.
      const weekday = plainWeekday(s.text, coreStart, coreEnd);
      if (weekday) {
        if (ref) {
          const end = coreStart + weekday.length;
          const d = speaksOfFuture(s.text, coreStart, end)
            ? nextWeekday(ref, weekday.day)
            : lastWeekday(ref, weekday.day);
          add(s.start + coreStart, s.start + end, ymd(d));
        }
        continue;
      }
      for (const r of chrono.en.parse(s.text.slice(a, b), refDate, { forwardDate: false })) {
        // chrono reads "the night of March 3" as a time of day with no date; the date after "of" is the day.
        const part = PART_OF_DAY_OF.exec(r.text);
        const read = (part && chrono.en.parse(r.text.slice(part[0].length), refDate, { forwardDate: false })[0]) || r;
        const value = resolve(read, ref, () => speaksOfFuture(s.text, a + r.index, a + r.index + r.text.length));
        // chrono sometimes takes the comma after "Thursday," into its match.
        const length = r.text.replace(/[\s,.;:]+$/, "").length;
        const start = s.start + a + r.index;
        if (value) add(start, start + length, value);
      }
    }
  }

  // Bare years last: chrono and the rules above already took "December 2024", so only lone years remain.
  for (const m of matchesIn(BARE_YEAR, text, sentences)) {
    const start = m.index + m[0].length - 4;
    add(start, start + 4, m[1]!);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The matches of a global regex that start inside one of `sentences` (sorted), as a scan of the whole text finds them:
 * only a match that starts in a sentence can be kept, and the pipeline passes only the few sentences it dates. A
 * search runs on to the next match wherever it lies, so that match is kept for the sentences up to it rather than
 * searched for again from each one (the leftmost match from any point before it is that same match).
 */
function* matchesIn(re: RegExp, text: string, sentences: readonly Sentence[]): Generator<RegExpExecArray> {
  let from = 0; // the end of the last match taken: the whole-text scan goes on from there
  let next: RegExpExecArray | null | undefined; // the leftmost match from the last search point; null: none left
  for (const s of sentences) {
    let at = Math.max(s.start, from);
    for (;;) {
      if (next === undefined || (next !== null && next.index < at)) {
        re.lastIndex = at;
        next = re.exec(text);
      }
      if (next === null) return;
      if (next.index >= s.end) break;
      yield next;
      from = next.index + Math.max(1, next[0].length);
      at = Math.max(at, from);
      next = undefined;
    }
  }
}

function resolve(r: chrono.ParsedResult, ref: Ref | undefined, future: () => boolean): string | undefined {
  const text = r.text.replace(/^(?:on|in|at|by|since|from|of)\s+/i, "");
  if (IGNORE.test(text) || NOT_A_DATE.test(r.text)) return undefined;
  // "a march", "may respond": lower-case month words are verbs and nouns; "a day later", "two days before the vote"
  // count from another event, not from the article date.
  if (/\b(?:may|march)\b/.test(text) || /\b(?:later|after|before|earlier)\b/i.test(text)) return undefined;
  const c = r.start;
  const known = (k: chrono.Component): boolean => c.isCertain(k);
  // "this week": chrono names no part of it for certain; the week is only as precise as the article's month.
  if (/\bthis\s+week\b/i.test(text)) return ref ? ym(ref.year, ref.month) : undefined;
  const hasDate = known("year") || known("month") || known("day") || known("weekday");
  if (!hasDate) return undefined; // a time of day alone ("at 10:30")
  const relative = RELATIVE_RE.test(text);
  if (relative && !ref) return undefined;

  // "on Monday", "Tuesday", "over the weekend": reports speak of the past, so the most recent such day on or before
  // the article date; a weekend or week is only as precise as its month.
  const weekly = WEEK_RE.test(text);
  if (known("weekday") && !known("day") && !known("month")) {
    if (!ref || /\b(?:next|coming)\b/i.test(text)) return ref ? (weekly ? ymOf : ymd)(c.date()) : undefined;
    const day = c.get("weekday") ?? 0;
    const d = future() ? nextWeekday(ref, day) : lastWeekday(ref, day);
    return weekly ? ymOf(d) : ymd(d);
  }
  if (weekly) return ymOf(c.date());
  const d = c.date();
  if (known("day")) {
    if (!known("year") && !ref) return undefined;
    // chrono puts a day named without its year in the year nearest the article's, so "the Oct. 7 attack" written in
    // July lands three months ahead; reports speak of the past, so unless the clause looks ahead it is last year's.
    // A day or a few ahead is more likely a report dated across a time zone than a year-old act.
    if (!known("year") && ref && d.getTime() - ref.date.getTime() > WEEK_MS && !future())
      d.setFullYear(d.getFullYear() - 1);
    return ymd(d);
  }
  if (known("month")) {
    const month = c.get("month")!;
    if (known("year")) return ym(c.get("year")!, month);
    return ref ? ym(pastYearOfMonth(ref, month), month) : undefined;
  }
  if (known("year")) return String(c.get("year"));
  return undefined;
}

/** The latest day on or before the article date that falls on `weekday` (0 = Sunday). */
function lastWeekday(ref: Ref, weekday: number): Date {
  const d = new Date(ref.date);
  d.setDate(d.getDate() - ((ref.date.getDay() - weekday + 7) % 7));
  return d;
}

/** The earliest day on or after the article date that falls on `weekday`: "talks will begin on Monday". */
function nextWeekday(ref: Ref, weekday: number): Date {
  const d = new Date(ref.date);
  d.setDate(d.getDate() + ((weekday - ref.date.getDay() + 7) % 7));
  return d;
}

// Whether a bare weekday looks ahead is read from the verb nearest to it: reports mostly speak of the past ("said on
// Monday"), but "talks will begin on Monday" or "the vote is due on Sunday", written on a Friday, mean the days after.
const FUTURE_CUE = /^(?:will|shall|wo|'ll|’ll|would|due|set|scheduled|slated|expected|plans?|planned|planning|going)$/i;
const PAST_CUE =
  /^(?:said|told|was|were|had|did|met|held|began|went|came|took|gave|made|left|sent|struck|fought|spoke|flew|hit|shot|\w+ed)$/i;
const CLAUSE_WORD = /[\p{L}'’]+|[;:]/gu;

/** The tense of the clause around a weekday at [start, end): the nearest cue before it, else the first after it. */
function speaksOfFuture(text: string, start: number, end: number): boolean {
  const cue = (w: string): boolean | undefined =>
    FUTURE_CUE.test(w) ? true : PAST_CUE.test(w) && !/^(?:scheduled|planned|expected)$/i.test(w) ? false : undefined;
  const before = text.slice(0, start).match(CLAUSE_WORD) ?? [];
  for (let i = before.length - 1; i >= 0; i--) {
    if (/[;:]/.test(before[i]!)) break;
    const c = cue(before[i]!);
    if (c !== undefined) return c;
  }
  for (const w of text.slice(end).match(CLAUSE_WORD) ?? []) {
    if (/[;:]/.test(w)) break;
    const c = cue(w);
    if (c !== undefined) return c;
  }
  return false;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const PLAIN_WEEKDAY = /^((?:on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday))(?:['’]s)?[,.;:]?$/i;

/**
 * A window core that is only "Monday" or "on Monday" (with a possessive or a closing comma or stop), as chrono would
 * read it: chrono also takes in an opening comma or bracket before it ("said, Monday"), so those go to chrono.
 */
function plainWeekday(text: string, start: number, end: number): { length: number; day: number } | undefined {
  if (start < 0 || end - start > 16) return undefined;
  const m = PLAIN_WEEKDAY.exec(text.slice(start, end));
  if (!m) return undefined;
  let k = start;
  while (k > 0 && /\s/.test(text[k - 1]!)) k--;
  if (k > 0 && /[,(（]/.test(text[k - 1]!)) return undefined;
  return { length: m[1]!.length, day: WEEKDAYS.indexOf(m[2]!.toLowerCase()) };
}

/** A month named without a year is the latest one not after the article's month ("in December", written in August). */
function pastYearOfMonth(ref: Ref, month: number): number {
  return month <= ref.month ? ref.year : ref.year - 1;
}
