// A date line with no full date → a full date taken from the page: a day and month without a year ("17 мая, 10:45",
// "5 листопада", "5月17日", a news agency's "МОСКВА, 27 сен —") gets the year the page was served in (sites leave
// the year out for the current year's stories), a relative one ("Вчера, 14:30", "2 години тому") counts back from
// the page's date bar.
import { NEGATIVE_NAME } from "./boilerplate.ts";
import { talkedAbout, updateLine } from "./date-context.ts";
import { elementNames } from "./element-names.ts";
import { DATE_NAME, dateFromUrl, inSkippedBlock, SKIP_NAME } from "./find-date.ts";
import { DATE_BAR, inProse, pageText, textlessTag } from "./page-text.ts";
import { findDates, isoDate, monthNumber } from "./parse-date.ts";

const MONTH_WORD = "[^\\s\\d.,;:!?()\\[\\]{}<>/\\\\|\"'«»„“”‘’–—-]{3,14}";
/**
 * What may follow a date line's day and month: its end, a separator, a time, or a word that brings the time ("в",
 * "о", "at", "um", "à"). Not a year, and not other words: in "4 out of 5" the Portuguese month "out" is no month.
 */
const LINE_GOES_ON = "(?!\\.?,?\\s*\\d{4})(?=\\.?\\s*(?:$|[,|•·/)\\]–—-]|\\d|(?:в|о|at|um|à)\\s))";
/**
 * Day then month word, or month word then day ("May 17"), as a date line gives them with no year; the month word is
 * checked after the match.
 */
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})\\.?\\s*(${MONTH_WORD})(?![\\p{L}\\p{N}])${LINE_GOES_ON}`,
  "gu",
);
const MONTH_DAY = new RegExp(
  `(?<![\\p{L}\\p{N}])(${MONTH_WORD})\\.?\\s+(\\d{1,2})(?![\\p{L}\\p{N}:.])${LINE_GOES_ON}`,
  "gu",
);
/** CJK "5月17日" with no "年" before it. */
const CJK_MONTH_DAY = /(?<![年년\d]\s*)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu;
/**
 * A dotted day and month beside a time ("17.05, 10:45", "10:45 | 17.05"): the short form of news lists in the
 * region, day first. Without the time beside it, "17.05" is as likely a number.
 */
const DOTTED_DAY_MONTH =
  /(?<![\d.])(\d{1,2})\.(\d{1,2})(?![\d.]\d)\.?(?=\s*[,|•·]?\s*\d{1,2}:\d{2})|(?<=\d{1,2}:\d{2}\s*[,|•·]?\s*)(\d{1,2})\.(\d{1,2})(?![\d.]\d)/u;

/** The first day and month with no year in a short date line, as [month, day]. */
export function yearlessDayMonth(text: string): [number, number] | undefined {
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = monthNumber(m[2]!);
    if (month) return [month, +m[1]!];
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = monthNumber(m[1]!);
    if (month) return [month, +m[2]!];
  }
  const cjk = CJK_MONTH_DAY.exec(text);
  CJK_MONTH_DAY.lastIndex = 0;
  if (cjk) return [+cjk[1]!, +cjk[2]!];
  const dotted = DOTTED_DAY_MONTH.exec(text);
  if (!dotted) return undefined;
  const [day, month] = dotted[1] ? [+dotted[1], +dotted[2]!] : [+dotted[3]!, +dotted[4]!];
  return month >= 1 && month <= 12 ? [month, day] : undefined;
}

const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–—]\s*)?(\d{4})/giu;
const DAY = 86_400_000;

/**
 * The year a page was served in, and the latest full date it prints (its date bar, "latest" lists, its own
 * copyright line) or its links name: the year of the copyright line, else the year of the latest date.
 */
function pageNow(doc: Document): PageNow {
  const now = textNow(pageText(doc, null, false, textlessTag).text);
  // the site's own links carry their stories' dates (/news/html/20190619/...): the latest is near the day served
  let linked: string | undefined;
  for (const a of Array.from(doc.querySelectorAll("a[href]")).slice(0, 1000)) {
    const d = dateFromUrl(a.getAttribute("href") ?? undefined);
    if (d && (!linked || d > linked)) linked = d;
  }
  if (!linked || (now.latest && now.latest >= linked)) return now;
  return { year: now.year ?? +linked.slice(0, 4), latest: linked };
}

export interface PageNow {
  year?: number;
  latest?: string;
}

/** pageNow of a page's text. */
function textNow(whole: string): PageNow {
  const text = whole.slice(0, 400_000);
  let latest: string | undefined;
  for (const d of findDates(text, 300)) if (!latest || d.date > latest) latest = d.date;
  let year: number | undefined;
  for (const m of text.matchAll(COPYRIGHT)) if (+m[1]! <= 2099 && (!year || +m[1]! > year)) year = +m[1]!;
  return { year: year ?? (latest ? +latest.slice(0, 4) : undefined), latest };
}

/**
 * The full date of a yearless [month, day] on a page served in `now.year`. A date more than a week after the latest
 * full date the page prints in that same year is last year's ("28 декабря" on a page that shows 5 January).
 */
export function withYear([month, day]: [number, number], now: PageNow): string | undefined {
  if (!now.year) return undefined;
  const date = isoDate(now.year, month, day);
  if (!date || !now.latest?.startsWith(String(now.year))) return date;
  return Date.parse(date) - Date.parse(now.latest) > 7 * DAY ? isoDate(now.year - 1, month, day) : date;
}

/**
 * A relative date line ("Вчера, 14:30", "2 години тому", "3 hours ago", "昨天 10:20", "어제"), in the region's
 * languages: how many days before the page was served. Hours and minutes count as the same day.
 */
const AGO = "назад|тому|бұрын|ago|önce|temu|oldin|əvvəl|წინ|առաջ|前|전";
const RELATIVE: [RegExp, (m: RegExpExecArray) => number][] = [
  [
    /^(?:сегодня|сьогодні|сёння|бүгін|today|bugün|bugun|bu gün|dzisiaj|dziś|დღეს|այսօր|今天|今日|오늘|только что|щойно|just now|az önce|刚刚|방금)(?![\p{L}])/iu,
    () => 0,
  ],
  [/^(?:вчера|вчора|учора|кеше|yesterday|dün|dünən|kecha|wczoraj|გუშინ|երեկ|昨天|昨日|어제)(?![\p{L}])/iu, () => 1],
  [/^(?:позавчера|позавчора|前天|一昨日|그저께)(?![\p{L}])/iu, () => 2],
  [
    new RegExp(
      `^(\\d{1,2})\\s*(?:мин\\p{L}*|час\\p{L}*|хвилин\\p{L}*|годин\\p{L}*|сағат|minut\\p{L}*|godzin\\p{L}*|mins?|hours?|hrs?|dakika|daqiqa|saat|soat|წუთ\\p{L}*|საათ\\p{L}*|րոպե|ժամ|分钟|小时|分|時間|분|시간)\\s*(?:${AGO})`,
      "iu",
    ),
    () => 0,
  ],
  [
    new RegExp(
      `^(\\d{1,2})\\s*(?:дн\\p{L}*|день|днів|күн|days?|gün|kun|dni|dzień|დღ\\p{L}*|օր|天|日|일)\\s*(?:${AGO})`,
      "iu",
    ),
    (m) => +m[1]!,
  ],
];
/** A time before the relative word ("14:30, вчера", "10:45 | Сегодня"). */
const LEADING_TIME = /^\d{1,2}[:.]\d{2}\s*[,|•·–-]?\s*/;

/** Days before the day the page was served, for a date line that gives its date relative to it. */
export function relativeDays(text: string): number | undefined {
  const t = text.trim().replace(LEADING_TIME, "");
  for (const [re, days] of RELATIVE) {
    const m = re.exec(t);
    if (m) return days(m);
  }
  return undefined;
}

/** Names of what holds no date line of this page: widgets, comments, "latest" lists, date bars, updates. */
const notDateLine = (names: string): boolean =>
  NEGATIVE_NAME.test(names) || SKIP_NAME.test(names) || DATE_BAR.test(names);

/**
 * The date of a short date-marked element that prints no full date ("<div class="meta">17 мая, 10:45</div>",
 * "Вчера, 14:30"), dated by the page: a yearless date gets the year the page was served in, a relative one counts
 * back from the latest full date the page prints (its date bar). Undefined when there is none. Read on the whole
 * page, before body extraction prunes its date bar and footer.
 */
export function partialDateLine(doc: Document): PartialLine | undefined {
  // read once, by the first line that needs it: a news list may mark a hundred yearless lines on a page with no year
  let now: PageNow | undefined;
  const nowOf = () => (now ??= pageNow(doc));
  let full: string[] | undefined;
  const fullOf = () => (full ??= fullDates(doc));
  for (const marked of Array.from(doc.querySelectorAll("[class], [id], time"))) {
    const n = elementNames(marked);
    if (marked.localName !== "time" && (!DATE_NAME.test(n) || notDateLine(n))) continue;
    const size = marked.textContent?.length ?? 0;
    if (size < 4 || size > LONG_BLOCK || inSkippedBlock(marked, null)) continue;
    const line = size <= LINE ? marked : shortLineIn(marked);
    const text = line?.textContent ?? "";
    const date = line ? dateOfLine(text, nowOf, fullOf) : undefined;
    if (date) return { date, line: text };
  }
  // an unmarked short line right under the headline ("<h1>…</h1><span>Вчера, 14:30</span>"); a lead paragraph
  // ("Вчера министры обсудили…") or a short standfirst is no date line
  const h1 = doc.querySelector("h1");
  for (const line of h1 ? linesAfter(h1) : []) {
    const text = line.textContent ?? "";
    const short = text.length <= LINE && !standfirst(text);
    const date = short && !notDateLine(elementNames(line)) ? dateOfLine(text, nowOf, fullOf) : undefined;
    if (date) return { date, line: text };
  }
  for (const p of Array.from(doc.querySelectorAll("p")).slice(0, 40)) {
    const text = p.textContent ?? "";
    const found = agencyDateline(text);
    const date = found && (agreeing(found, fullOf()) ?? withYear(found, nowOf()));
    if (date) return { date, line: text };
  }
  return undefined;
}

export interface PartialLine {
  date: string;
  /** The text of the element that holds the date line. */
  line: string;
}

/**
 * The full dates the page prints as its own (date bars, "latest" lists, footers, captions and dates its prose
 * talks about left out), in page order.
 */
function fullDates(doc: Document): string[] {
  const page = pageText(doc, null);
  const text = page.text.slice(0, 200_000);
  return findDates(text, 300)
    .filter((d) => !talkedAbout(text, d) && !inProse(page, d.index))
    .map((d) => d.date);
}

/**
 * The full date the page prints that agrees with a yearless date line (same day and month): it says the year, which
 * the copyright line or the date bar only guess (an old story on a page served this year).
 */
function agreeing([month, day]: [number, number], full: string[]): string | undefined {
  const tail = `-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return full.find((d) => d.endsWith(tail));
}

/**
 * Whether an unmarked line that gives no day and month is a standfirst, not a relative date line: a date line is
 * little more than its word and time ("Вчера, 14:30", "3 часа назад", "Только что"), while a standfirst opening with
 * the same word goes on ("Вчера в Кремле заявили о новых санкциях", "Today's talks follow a week of tension").
 */
function standfirst(text: string): boolean {
  return !yearlessDayMonth(text) && !/\d{1,2}:\d{2}/.test(text) && text.replace(/\P{L}/gu, "").length > 16;
}

/** The two elements after the headline, or after the nearest ancestor of it that has any. */
function linesAfter(h1: Element): Element[] {
  for (let el: Element | null = h1; el?.parentElement; el = el.parentElement) {
    const siblings = Array.from(el.parentElement.children);
    const at = siblings.indexOf(el);
    if (at < siblings.length - 1) return siblings.slice(at + 1, at + 3);
  }
  return [];
}

/** The date of a short date line: yearless, it gets the page's year; relative, it counts back from the page's date bar. */
function dateOfLine(text: string, nowOf: () => PageNow, fullOf: () => string[]): string | undefined {
  // a line with a full date ("Today is May 20, 2024") is read by the full-date rules, or is a date bar
  if (findDates(text, 1).length) return undefined;
  // an update's line ("Updated 14 May", "Обновлено вчера") says when the story changed, not when it came out
  if (updateLine(text)) return undefined;
  const yearless = yearlessDayMonth(text);
  if (yearless) return agreeing(yearless, fullOf()) ?? withYear(yearless, nowOf());
  const back = relativeDays(text);
  if (back === undefined) return undefined;
  const latest = nowOf().latest;
  return latest ? new Date(Date.parse(latest) - back * DAY).toISOString().slice(0, 10) : undefined;
}

/**
 * A news agency's dateline with no year, opening a paragraph or a line: "МОСКВА, 27 сен — РИА Новости.", "Київ, 5
 * листопада. Укрінформ.", "ASTANA, May 17 –". The place is one to four capitalised words. A year after the day
 * ("Saturday, August 2, 2025", a date bar) makes it a full date, which is no yearless dateline.
 */
const AGENCY_DATELINE = new RegExp(
  `(?:^|\\n)[ \\t]*\\p{Lu}[\\p{L}.'-]*(?:[ -]\\p{Lu}[\\p{L}.'-]*){0,3}[,.][ \\t]+((?:\\d{1,2}\\.?[ \\t]*)?${MONTH_WORD}(?:[ \\t]+\\d{1,2})?)\\.?(?=[ \\t]*[—–./,(-])(?![ \\t]*[,.]?[ \\t]*\\d{4})`,
  "u",
);

/** The yearless [month, day] of an agency dateline at the start of `text` or of one of its lines. */
export function agencyDateline(text: string): [number, number] | undefined {
  const m = AGENCY_DATELINE.exec(text.slice(0, 3000));
  return m ? yearlessDayMonth(m[1]!) : undefined;
}

/**
 * The date of a page's text (no markup) whose dateline gives no year: the year of a full date the text prints for the
 * same day, else the year from the dates the text prints.
 */
export function textDatelineDate(text: string): string | undefined {
  const found = agencyDateline(text);
  if (!found) return undefined;
  const full = findDates(text.slice(0, 400_000), 300).map((d) => d.date);
  return agreeing(found, full) ?? withYear(found, textNow(text));
}

/** A date line is short; a byline block may be long (credits, a blurb) and hold its date line in a child element. */
const LINE = 80;
const LONG_BLOCK = 2000;

/** The first element inside a long date-marked block whose whole text is a short line with a partial date. */
function shortLineIn(block: Element): Element | undefined {
  for (const el of Array.from(block.children)) {
    const text = el.textContent ?? "";
    if (text.length > LINE) {
      const inner = shortLineIn(el);
      if (inner) return inner;
    } else if (text.length >= 4 && (yearlessDayMonth(text) || relativeDays(text) !== undefined)) return el;
  }
  return undefined;
}
