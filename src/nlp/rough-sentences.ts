// Sentences found without wink, for the paragraphs the nlp stage does not tokenize: close to tokenize's split (line
// rules, then full stops before a capital), used only to tell the actor finder where names cannot run on.
import type { Sentence } from "../domain/index.ts";

/** Words whose full stop ends no sentence: titles, "No.", months and initials ("U.S.", "J. Smith"). */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr st jr sr gen lt col capt sgt maj adm gov sen rep prof rev hon no vol inc corp co ltd vs etc " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est fig al"
  ).split(" "),
);
/** A sentence end inside a line: a stop, then white space and anything but a lower-case letter. */
const END = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?\s?[^\s\p{Ll}])/gu;
const BULLET = /^[•·▪◦‣●○■□–—*►✓✔-]\s+/u;

/**
 * Sentences of `text` within [from, to) (a paragraph), numbered from `index`: a line that does not go on in lower
 * case ends one, as does a stop before a capital that does not follow an abbreviation or an initial.
 */
export function roughSentences(text: string, from: number, to: number, index: number): Sentence[] {
  const out: Sentence[] = [];
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ index: index + out.length, start: a, end: b, text: text.slice(a, b) });
  };
  let start = from;
  let at = from;
  while (at < to) {
    let lineEnd = text.indexOf("\n", at);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    let lineStart = at;
    while (lineStart < lineEnd && /\s/.test(text[lineStart]!)) lineStart++;
    const bullet = BULLET.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 4)));
    // a bullet, or a line that does not go on in lower case, starts a sentence
    if (bullet || (lineStart < lineEnd && !/\p{Ll}/u.test(text[lineStart]!))) {
      push(start, lineStart);
      start = lineStart + (bullet ? bullet[0].length : 0);
    }
    END.lastIndex = lineStart;
    for (let m = END.exec(text); m && m.index < lineEnd; m = END.exec(text)) {
      if (m[0][0] === "." && m[0].length === 1 && abbreviation(text, m.index)) continue;
      push(start, m.index + m[0].length);
      start = m.index + m[0].length;
    }
    at = lineEnd + 1;
  }
  push(start, to);
  return out;
}

/** Whether the word ending at `dot` is an abbreviation or an initial ("U.S", "J"). */
function abbreviation(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /[\p{L}.]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, dot);
  return word.length === 1 || word.includes(".") || ABBREVIATIONS.has(word.toLowerCase());
}
