// Sentences found without wink, for the paragraphs the nlp stage does not tokenize: close to tokenize's split (line
// rules, then full stops before a capital), used only to tell the actor finder where names cannot run on.
import type { Sentence } from "../domain/index.ts";
import { isSpace } from "./paragraphs.ts";
import { BULLETS } from "./tokenize.ts";

/** Words whose full stop ends no sentence: titles, "No.", months and initials ("U.S.", "J. Smith"). */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr st jr sr gen lt col capt sgt maj adm gov sen rep prof rev hon vol inc corp co ltd vs etc " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est fig " +
    // US states as agencies write them in datelines ("Mich. (AP) —")
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore " +
    "pa tenn tex va vt wash wis wyo"
  ).split(" "),
);
/** A run of stops and the quotes or brackets that close it. */
const STOP = /[.!?…]+["'”’)\]»]*/g;
/** A bullet opening a line: the characters tokenize treats as bullets, so the two splits agree. */
const BULLET = new RegExp(`^[${[...BULLETS].map((c) => c.replace(/[-\]\\^]/g, "\\$&")).join("")}]\\s+`, "u");

/**
 * Sentences of `text` within [from, to) (a paragraph), numbered from `index`: a line that does not go on in lower
 * case ends one, as does a stop before white space that is no ellipsis and does not follow an abbreviation or an
 * initial, or a full stop between two words ("Polygraph.info"), which wink splits too.
 */
export function roughSentences(text: string, from: number, to: number, index: number): Sentence[] {
  const out: Sentence[] = [];
  const para = text.slice(from, to);
  let start = 0;
  const cut = (end: number, next: number): void => {
    let a = start;
    let b = end;
    while (a < b && isSpace(para.charCodeAt(a))) a++;
    while (b > a && isSpace(para.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ index: index + out.length, start: from + a, end: from + b, text: para.slice(a, b) });
    start = next;
  };
  STOP.lastIndex = 0;
  let stop = STOP.exec(para);
  for (let at = 0; at < para.length; ) {
    let lineEnd = para.indexOf("\n", at);
    if (lineEnd < 0) lineEnd = para.length;
    let lineStart = at;
    while (lineStart < lineEnd && isSpace(para.charCodeAt(lineStart))) lineStart++;
    const bullet = BULLET.exec(para.slice(lineStart, Math.min(lineEnd, lineStart + 4)));
    // a bullet, or a line that does not go on in lower case, starts a sentence
    if (bullet || (lineStart < lineEnd && !/\p{Ll}/u.test(para[lineStart]!))) {
      cut(lineStart, lineStart + (bullet ? bullet[0].length : 0));
    }
    for (; stop && stop.index < lineEnd; stop = STOP.exec(para)) {
      const end = stop.index + stop[0].length;
      if (endsSentence(para, stop.index, stop[0])) cut(end, end);
    }
    at = lineEnd + 1;
  }
  cut(para.length, para.length);
  return out;
}

/** Whether the stops `run` at `at` end a sentence (see roughSentences). */
function endsSentence(para: string, at: number, run: string): boolean {
  const after = para[at + run.length];
  if (after === undefined || run.includes("…") || run.startsWith("..")) return false;
  // a spaced ellipsis (". . .") is no stop
  if (run[0] === "." && at > 0 && isSpace(para.charCodeAt(at - 1))) return false;
  // German quotes close with “ („So.“): wink ends the sentence before it
  if (after === "“" && !/\S/.test(para[at + run.length + 1] ?? "")) return true;
  const dot = run[0] === "." && (run.length === 1 || run[1] !== ".");
  if (isSpace(after.charCodeAt(0))) return !(dot && abbreviation(para, at));
  if (run !== "." || !/\p{L}/u.test(after) || !/\p{L}\p{L}$/u.test(para.slice(Math.max(0, at - 2), at))) return false;
  // web and e-mail addresses keep their dots ("https://www.example.com", "press@example.org")
  return !/(?:\/\/|www\.|@)\S*$/.test(para.slice(Math.max(0, at - 40), at));
}

/** Whether the word ending at `dot` is an abbreviation or an initial ("U.S", "J"). */
function abbreviation(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /[\p{L}.'’]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, dot);
  // "No. 5" is a number, "said no." ends a sentence
  if (word === "No") return true;
  return word.length === 1 || word.includes(".") || ABBREVIATIONS.has(word.toLowerCase());
}
