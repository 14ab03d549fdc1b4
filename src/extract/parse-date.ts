// Date strings in many shapes and languages → ISO "YYYY-MM-DD". Pure and deterministic (no clock).
import { MONTH_NAMES } from "./parse-date-months.ts";

const MONTHS: Record<string, number> = {};
MONTH_NAMES.forEach((names, i) => {
  for (const n of names) MONTHS[n] = i + 1;
});
// Any word may be a month: it is looked up after the match. The month patterns avoid the "u" flag and \p{L}, which
// cost V8 thirty times as much: letters are the Latin, Greek, Cyrillic, Armenian and Georgian ranges.
const LETTER = "0-9A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u052F\\u0530-\\u058F\\u10A0-\\u10FF";
const WL = `(?<![${LETTER}])`;
const EL = `(?![${LETTER}])`;
const WORD = `[^\\s\\d.,;:!?()\\[\\]{}<>/\\\\|"'«»„“”‘’–—-]{3,14}`;

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2099;

/** ISO date from parts, or undefined when they are not a real calendar date. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")];
}

const W = "(?<![\\p{L}\\p{N}])"; // start of a word
const E = "(?![\\p{L}\\p{N}])"; // end of a word
/**
 * A year's end: the end of a word, or the year's abbreviated mark written on to it, as Ukrainian, Russian, Kazakh,
 * Armenian and Georgian dates often do ("12 березня 2025р.", "12.03.2025г.", "2025ж.", "2025թ.", "2025წ.").
 */
const MARK = "[ргжթწ]\\.?";
const YE = `(?:${E}|(?=${MARK}${E}))`;
const YEL = `(?:${EL}|(?=${MARK}${EL}))`;
/** `behind`: the month is matched in a look-behind, so the date starts before the match proper. */
const PATTERNS: { re: RegExp; order: "ymd" | "dmy" | "mdy" | "dMy" | "yMd" | "ydM"; behind?: boolean }[] = [
  // "2024-05-17", "2024/5/17", "2024.05.17", and Korean and Hungarian "2024. 5. 17." with a space after each dot
  { re: new RegExp(`${W}(\\d{4})(?:[-/]|\\.\\s?)(\\d{1,2})(?:[-/]|\\.\\s?)(\\d{1,2})(?!\\d)`, "gu"), order: "ymd" },
  // Chinese and Japanese 2019年6月24日, Korean 2019년 6월 24일
  { re: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu, order: "ymd" },
  // Mongolian months are numbered: "2024 оны 5-р сарын 17", "2024 оны 5 дугаар сарын 17"
  {
    re: /(\d{4})\s+оны\s+(\d{1,2})(?:-?р|\s+(?:дугаар|дүгээр))?\s+сарын\s+(\d{1,2})/gu,
    order: "ymd",
  },
  // a two-digit year is no hour: "2. 5. 11:40" is the tail of "2023. 2. 5. 11:40", not 2 May 2011
  { re: new RegExp(`${W}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2}(?!:\\d))${YE}`, "gu"), order: "dmy" },
  { re: new RegExp(`${W}(\\d{1,2})/(\\d{1,2})/(\\d{4})${YE}`, "gu"), order: "mdy" },
  { re: new RegExp(`${W}(\\d{1,2})-(\\d{1,2})-(\\d{4})${YE}`, "gu"), order: "dmy" },
  // "3 March 2024", "3. marta 2025.", "3 de marzo de 2025", Uzbek "3-mart, 2025-yil"
  {
    re: new RegExp(
      `${WL}(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?-?\\s*(?:de\\s+)?(${WORD})\\.?,?\\s*(?:de\\s+)?(\\d{4})${YEL}`,
      "gi",
    ),
    order: "dMy",
  },
  {
    // "March 12, 2024": anchored on the day's digits, then looking back for the month, since trying every word
    // start as a month is slow; the groups come out day, month, year
    re: new RegExp(`(?<![0-9])(\\d{1,2})(?<=${WL}(${WORD})\\.?\\s+\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${YEL}`, "gi"),
    order: "dMy",
    behind: true,
  },
  // Hungarian "2025. augusztus 1.", Lithuanian "2025 m. rugpjūčio 1 d.", Armenian "2025 թ. մարտի 3", Azerbaijani
  // "2025-ci il 3 mart" is below: the year's own mark keeps "2024 may 12" out
  {
    re: new RegExp(`${WL}(\\d{4})(?:\\.|\\s+m\\.|\\s*թ\\.|\\s+թվականի)\\s*(${WORD})\\s+(\\d{1,2})${EL}`, "gi"),
    order: "yMd",
  },
  // the year, its mark, then the day and month: Kazakh "2025 жылғы 3 наурыз", "2025 жылы 3 наурызда", Georgian
  // "2025 წლის 3 მარტი", Azerbaijani "2025-ci il(in) 3 mart(ında)", Uzbek "2025-yil 3-mart" (the day joined to the
  // month by a hyphen)
  {
    re: new RegExp(
      `${WL}(\\d{4})(?:\\s+(?:жылғы|жылы|жылдың)|\\s*ж\\.|\\s+წლის|\\s*წ\\.|-(?:ci|cı|cu|cü)\\s+il(?:in)?|[-\\s]yil(?:ning)?)\\s+(\\d{1,2})(?:-|\\s+)(${WORD})${EL}`,
      "gi",
    ),
    order: "ydM",
  },
];

export interface FoundDate {
  date: string;
  index: number;
  length: number;
}

/**
 * Whether a page in this language (its lang attribute, "pt-BR", "en-US") prints "03/05/2022" day first: every
 * language does but US English (and bare "en", which US sites mostly write). Only printed text reads so: machine
 * values in metadata follow the software's locale, which is US month-first on German sites as on any.
 */
export function printsDayFirst(lang: string | undefined): boolean {
  const tag = lang?.trim() ?? "";
  // a value that names no language ("{{lang}}" left by a template, "und", "x-default") tells nothing, as none does
  if (!LANGUAGE_TAG.test(tag)) return false;
  return !/^en(?:[-_](?:us|ph|ca))?$/i.test(tag);
}

const LANGUAGE_TAG = /^(?!(?:und|mul|zxx)(?:[-_]|$))[a-z]{2,3}(?:[-_][a-z\d]{1,8})*$/i;

/**
 * For a page that names no language, or names English: whether its words (headline, title, opening paragraphs) are written in
 * something other than plain English, so its slashed dates are day first ("05/03/2025" on a Georgian, Ukrainian or
 * Turkish site is 5 March). English is the one month-first language and writes no letters outside A-Z; Cyrillic,
 * Georgian and Armenian words have no A-Z letters, Turkish and Azerbaijani ones carry ı, ş, ğ, ə often enough.
 */
export function wordsDayFirst(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const other = text.match(/[^\P{L}A-Za-z]/gu)?.length ?? 0;
  return letters >= 20 && other / letters >= 0.03;
}

/**
 * Every full date (day, month, year) written in the text, in order of position. `dayFirst`: read a slashed date
 * ("03/05/2022") day first (printsDayFirst); either way a reading that is no calendar date tries the other order.
 */
export function findDates(text: string, limit = 50, dayFirst = false): FoundDate[] {
  const out: FoundDate[] = [];
  for (const { re, order, behind } of PATTERNS) {
    re.lastIndex = 0;
    // each pattern's matches come in page order, so a per-pattern cap keeps the first `limit` of all of them
    let n = 0;
    for (let m = re.exec(text); m && n < limit * 2; m = re.exec(text)) {
      const [a, b, c] = [m[1]!, m[2]!, m[3]!];
      let date: string | undefined;
      if (order === "ymd") date = isoDate(+a, +b, +c);
      else if (order === "dmy") date = isoDate(+c, +b, +a);
      else if (order === "mdy")
        date = dayFirst ? (isoDate(+c, +b, +a) ?? isoDate(+c, +a, +b)) : (isoDate(+c, +a, +b) ?? isoDate(+c, +b, +a));
      else if (order === "dMy") date = isoDate(+c, monthNumber(b) ?? 0, +a);
      else if (order === "yMd") date = isoDate(+a, monthNumber(b) ?? 0, +c);
      else date = isoDate(+a, monthNumber(c) ?? 0, +b);
      if (date) {
        const start = behind ? text.lastIndexOf(b, m.index) : m.index;
        out.push({ date, index: start, length: m.index + m[0].length - start });
        n++;
        // not a date ("5 Leute 2024"): look again from the next character, a real date may start inside it
      } else re.lastIndex = m.index + 1;
    }
  }
  out.sort((x, y) => x.index - y.index);
  // overlapping matches of two patterns: keep the first (longer patterns are listed later, so prefer the longer)
  const kept: FoundDate[] = [];
  for (const d of out) {
    const prev = kept.length > 0 ? kept[kept.length - 1] : undefined;
    if (prev && d.index < prev.index + prev.length) {
      if (d.length > prev.length) kept[kept.length - 1] = d;
      continue;
    }
    kept.push(d);
  }
  return kept.slice(0, limit);
}

/** A machine date from metadata (ISO 8601, RFC 2822, epoch seconds/ms, or a written date) → YYYY-MM-DD. */
export function parseMachineDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(v);
  if (iso) return isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const ms = v.length === 10 ? Number(v) * 1000 : Number(v);
    const d = new Date(ms);
    return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return findDates(v, 1)[0]?.date;
}

// the label starts a word: "Erscheinungsdatum" (a book's release date) or "Änderungsdatum" is not a publication label
const LABEL =
  /(?<![\p{L}])(?:(?:datum|date|published|posted|publié|publiée|veröffentlicht|erschienen|erstellt|pubblicato|publicado|opublikowano|опубликовано|опубліковано|дата публикации|дата публікації|yayın tarihi|yayınlanma)\s*(?:am|on|le|il|el|:)?|(?:von|by|par|por|di|przez|от|від)\s+[\p{L}\p{N}._-]+(?:\s+[\p{L}\p{N}._-]+){0,2}\s+(?:am|on|le|el|il|,|\||-|–|—))\s*:?\s*$/iu;

/**
 * A date the page labels as the publication date ("Datum 12.01.2017", "Опубликовано: 17 мая 2024") or prints in
 * its byline ("Submitted by admin on", "Gespeichert von rasos am").
 */
export function labelledDate(text: string, dayFirst = false): string | undefined {
  for (const d of findDates(text, 100, dayFirst))
    if (LABEL.test(text.slice(Math.max(0, d.index - 50), d.index))) return d.date;
  return undefined;
}
