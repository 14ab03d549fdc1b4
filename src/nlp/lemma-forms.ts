// The lemmas wink may give a word, without wink: what the nlp stage asks of a word it has not tokenized yet.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
type Exceptions = Record<string, string>;
/** wink's own tables of irregular forms ("met" → "meet", "children" → "child"), read from its model package. */
let exceptions: Exceptions[] | undefined;
function irregular(): Exceptions[] {
  exceptions ??= ["wn-verb-exceptions", "wn-noun-exceptions", "wn-adjective-exceptions"].map(
    (name) => require(`wink-eng-lite-web-model/dist/${name}.js`) as Exceptions,
  );
  return exceptions;
}

/** wink's suffix rules for verbs, nouns and adjectives, as [suffix, replacement]; each also tried with an "e". */
const SUFFIXES: [string, string][] = [
  ["s", ""],
  ["es", ""],
  ["ies", "y"],
  ["ied", "y"],
  ["ed", ""],
  ["ing", ""],
  ["ses", "s"],
  ["xes", "x"],
  ["zes", "s"],
  ["ves", "f"],
  ["ches", "ch"],
  ["shes", "sh"],
  ["men", "man"],
  ["est", ""],
  ["er", ""],
];
/** British spellings wink maps to American ones before it lemmatises ("criticised" → "criticized"). */
const SPELLINGS: [RegExp, string][] = [
  [/is(e[sd]?|ing|ation|ations)$/, "iz$1"],
  [/ys(e[sd]?|ing)$/, "yz$1"],
  [/our(s|ed|ing)?$/, "or$1"],
  [/ll(ed|ing)$/, "l$1"],
  [/tre(s)?$/, "ter$1"],
  [/([^l])l(s|ment|ments)?$/, "$1ll$2"],
  [/ence(s)?$/, "ense$1"],
  [/mme(s)?$/, "m$1"],
  [/ogue(s)?$/, "og$1"],
  [/e$/, ""],
  [/^draught/, "draft"],
  [/^manoeuvr/, "maneuver"],
];
/** What a contraction stands for ("it's", "they're", "won't"): wink lemmatises "'s" to "be", "wo" to "will". */
const CONTRACTED = ["be", "have", "will", "would", "can", "shall", "not", "do", "us"];

/**
 * Calls `found` on the word and on every lemma wink could give it under any part of speech, and stops at the first
 * for which it returns true. Over-generates on purpose: a word wrongly taken for a trigger costs time, a missed
 * trigger would lose an event.
 */
export function anyLemma(word: string, found: (lemma: string) => boolean): boolean {
  if (found(word)) return true;
  if ((word.includes("'") || word.includes("’")) && CONTRACTED.some(found)) return true;
  for (const spelled of spellings(word)) {
    if (spelled !== word && found(spelled)) return true;
    for (const table of irregular()) {
      const lemma = table[spelled];
      if (lemma !== undefined && found(lemma)) return true;
    }
    for (const [suffix, by] of SUFFIXES) {
      if (spelled.length <= suffix.length + 1 || !spelled.endsWith(suffix)) continue;
      const stem = spelled.slice(0, -suffix.length) + by;
      if (found(stem) || found(`${stem}e`)) return true;
    }
  }
  return false;
}

function spellings(word: string): string[] {
  const out = [word];
  for (const [re, by] of SPELLINGS) if (re.test(word)) out.push(word.replace(re, by));
  return out;
}
