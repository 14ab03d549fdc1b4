// Sentence text → the short spans chrono needs to read: each date cue grown over the date words around it.
import { isSpace } from "./paragraphs.ts";

/**
 * Words and shapes from which every date chrono can read (and we keep) is built: month and day names, "weekend",
 * "yesterday", "last night", units with "ago" or a number ("two weeks ago", "last month"), numeric dates in the
 * shapes chrono reads ("5/6", "12/2024", "30.06.2025", "2024-05-06", not "2.5" or a 6-4 score). An ordinal is a
 * cue only beside a month, whose window takes it in ("the 5th of June"). A bare year is not one: chrono reads no lone year (the BARE_YEAR rule does), so "in 2023" wakes nothing;
 * nor are "decade" and "fortnight", units chrono does not know.
 */
const DATE_CUE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|weekends?|yesterday|today|tomorrow|tonight|last\s+night|ago|(?:week|month|year)s?|\d{1,4}\/\d{1,4}|\d{1,4}[.-]\d{1,2}[.-]\d{2,4})\b/gi;

const IS_CUE = new RegExp(DATE_CUE.source, "i");
const UNIT = /^(?:week|month|year)s?$/i;
/** Words before a unit that chrono can read with it: "this week", "two months ago", "within a year", "5 years". */
const UNIT_OPENERS = new Set(
  (
    "this last past next a an the few several couple of half within in for about around one two three four five six " +
    "seven eight nine ten eleven twelve"
  ).split(" "),
);

/**
 * Words a date expression is made of besides its cue: prepositions and determiners that open it, numbers and number
 * words, parts of the day, times and zones, range words ("5 to 7 December"), offsets ("three days ago"). A window
 * grows from its cue over these and stops at the first other word, which no chrono pattern can cross.
 */
const DATE_WORDS = new Set(
  (
    "on in at of the a an this last next past coming previous following since from by to until till through " +
    "thru and or between early mid late end beginning start middle half quarter quarters dawn morning afternoon " +
    "evening night noon midnight tonight am pm a.m a.m. p.m p.m. o'clock oclock about around approximately roughly some few " +
    "several couple dozen ago before after earlier later hence within over for during est edt cst cdt pst pdt gmt " +
    "utc bst cet cest eet eest msk jst ist local time day days week weeks weekend month months year years " +
    "fortnight decade decades hour hours minute minutes second seconds one two three four five six seven eight nine " +
    "ten eleven twelve twenty thirty first third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth " +
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth - – — &"
  ).split(" "),
);
/** How far a window may grow from its cue, in words: enough for "at 10:30 pm local time on" before a weekday. */
const MAX_LEFT = 6;
const MAX_RIGHT = 8;

/** Whether a whitespace-delimited word can sit inside a date expression next to a cue. */
function isDateWord(word: string): boolean {
  if (/^[(\d]/.test(word)) return true; // numbers, times, numeric dates, "(0730"
  const bare = word
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/^[("“‘']+|[)"”’',.;:!?]+$/g, "");
  if (DATE_WORDS.has(bare)) return true;
  return IS_CUE.test(bare);
}

/** Whether the word before a unit cue at `at` can make a date of it with chrono. */
function opensUnit(text: string, at: number): boolean {
  if (at > 0 && !isSpace(text.charCodeAt(at - 1))) return /\d/.test(text[at - 1]!); // "5years"; not "20-year-old"
  let e = at;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && !isSpace(text.charCodeAt(s - 1))) s--;
  const word = text.slice(s, e).toLowerCase();
  return UNIT_OPENERS.has(word) || /^[+-]|\d$/.test(word);
}

/** A span [start, end) for chrono to read, and inside it the cue with its date words [coreStart, coreEnd); a window
 * merged from several cues has no single core (both -1). */
export type DateWindow = [start: number, end: number, coreStart: number, coreEnd: number];

/**
 * Spans of `text` that hold its date expressions: each cue's word, grown word by word over date words (at most
 * MAX_LEFT before, MAX_RIGHT after) and one word more, merged when they touch. Edges fall on white space, so chrono's
 * word-boundary checks see what they would see in the whole sentence, and chrono reads a few dozen characters instead
 * of every sentence that happens to hold a date word.
 */
export function dateWindows(text: string): DateWindow[] {
  const out: DateWindow[] = [];
  for (const m of text.matchAll(DATE_CUE)) {
    // Lower-case "may" and "march" are a verb and a walk (chrono's dates with them are dropped anyway); a unit
    // needs a number or "this"/"last" before it: "the end of the year", "20-year-old" name no date.
    if (m[0] === "may" || m[0] === "march" || (UNIT.test(m[0]) && !opensUnit(text, m.index))) continue;
    let a = m.index;
    while (a > 0 && !isSpace(text.charCodeAt(a - 1))) a--;
    let b = m.index + m[0].length;
    while (b < text.length && !isSpace(text.charCodeAt(b))) b++;
    const last = out.at(-1);
    if (last && b <= last[1]) continue; // a second cue inside the previous window ("June 2025")
    let coreStart = a;
    let coreEnd = b;
    // Grow over date words, then take one word more on each side: chrono's filters look at the word before a match
    // ("May" counts only after "in") and would wave through a match that fills its whole input.
    for (let n = 0; n <= MAX_LEFT; n++) {
      let s = a;
      while (s > 0 && isSpace(text.charCodeAt(s - 1))) s--;
      let w = s;
      while (w > 0 && !isSpace(text.charCodeAt(w - 1))) w--;
      if (w === s) break;
      a = w;
      if (!isDateWord(text.slice(w, s))) break;
      coreStart = w;
    }
    for (let n = 0; n <= MAX_RIGHT; n++) {
      let s = b;
      while (s < text.length && isSpace(text.charCodeAt(s))) s++;
      let e = s;
      while (e < text.length && !isSpace(text.charCodeAt(e))) e++;
      if (e === s) break;
      b = e;
      if (!isDateWord(text.slice(s, e))) break;
      coreEnd = e;
    }
    if (last && a <= last[1]) {
      last[1] = Math.max(last[1], b);
      last[2] = last[3] = -1;
    } else out.push([a, b, coreStart, coreEnd]);
  }
  return out;
}
