// Real pages mix languages: a German or French sentence read with English patterns gives false events ("Die
// Folge: Israel grenzt ..." is no death, "Protest bei Amazon" no protest). The coder reads English only, so a
// sentence whose function words are mostly another language's asserts nothing it can code.
import { classAt } from "../nlp/index.ts";
import type { Unit } from "./sentence-units.ts";

// Short words that are almost only English. Words other languages share ("in", "die", "de", "la", "an", "so") are
// in neither list.
const ENGLISH = new Set(
  [
    "the of and to is was were are be been has have had that for on with by as at from it its this which who said",
    "not but would will could should did does do their they he she his her we our you them these those there what",
    "when if or than then after before against about into during between under because while also other all more",
  ]
    .join(" ")
    .split(" "),
);
// The commonest function words of the other languages seen on news pages (German, French, Spanish, Italian,
// Dutch, Portuguese), none of them an English word.
const FOREIGN = new Set(
  [
    "der das und ist nicht mit von zu den des dem ein eine einen auf für sich auch wird wurde werden sind bei nach",
    "aus wie oder über vom zum zur dass noch nur aber haben sein kein keine gegen zwischen durch ohne unter",
    "le les et est une du pour dans que qui pas sur au aux avec sont été cette ces leur ont mais",
    "el los las y es del en por con una para su se lo como más pero fue sus",
    "il di che è della delle degli nel alla sono gli anche",
    "het een en niet zijn voor wordt",
    "uma não os para pelo pela",
  ]
    .join(" ")
    .split(" "),
);

/**
 * Whether a sentence's function words are mostly another language's: at least two, and more than twice its English
 * ones (an English sentence may quote "Wir sind das Volk"), or one in a line with no English one ("Protest bei Amazon
 * in Winsen"). Words of actor names ("von der Leyen") do not count.
 */
/** A lower-cased word's language by the lists above, for nlp to leave out early what this file would skip. */
export function functionWordLanguage(lower: string): "english" | "foreign" | undefined {
  return ENGLISH.has(lower) ? "english" : FOREIGN.has(lower) ? "foreign" : undefined;
}

// The longest listed word, in code units: a longer letter run is none of them and is not looked up.
const LONGEST = Math.max(...[...ENGLISH, ...FOREIGN].map((w) => w.length));
/** How many code units the letter at `i` takes (1, or 2 for a surrogate pair), or 0 when no letter starts there. */
function letterWidth(s: string, i: number): number {
  // classAt decides each BMP code unit once: the scan below visits every character of every page.
  const cls = classAt(s, i);
  return (cls & 3) !== 1 ? 0 : cls & 4 ? 2 : 1;
}

/**
 * A text's English and foreign function words, counted over its letter runs (what /\p{L}+/gu matches in the
 * lower-cased text). A hand scan over char codes: the regex with a match array per word was ~3% of analysis.
 */
export function countFunctionWords(text: string): { english: number; foreign: number } {
  // Lower-cased whole, as the words are listed: a character whose lower case is longer ("İ" gives "i" and a
  // combining dot, no letter) splits runs as it would in the lower-cased text.
  const s = text.toLowerCase();
  const n = s.length;
  let english = 0;
  let foreign = 0;
  let i = 0;
  while (i < n) {
    let width = letterWidth(s, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += width;
    while (i < n && (width = letterWidth(s, i)) > 0);
    if (i - start > LONGEST) continue;
    const language = functionWordLanguage(s.slice(start, i));
    if (language === "english") english++;
    else if (language === "foreign") foreign++;
  }
  return { english, foreign };
}

/**
 * Whether a whole text is another language's: its function words foreign at least 5 times and more than twice as
 * often as English ones. The coder reads English only, and on a German or Polish page most sentences hold none of
 * the foreign list's words, so sentence by sentence (isForeignSentence) they would still be read with English
 * patterns; an English line quoted on such a page ("The Indians arrived safe in Sandusky") is no news event either.
 */
export function isForeignText(text: string): boolean {
  const { english, foreign } = countFunctionWords(text);
  return foreign >= 5 && foreign > 2 * english;
}

export function isForeignSentence(units: readonly Unit[]): boolean {
  let english = 0;
  let foreign = 0;
  for (const u of units) {
    if (u.mention) continue;
    if (ENGLISH.has(u.lower)) english++;
    else if (FOREIGN.has(u.lower)) foreign++;
  }
  return english === 0 ? foreign > 0 : foreign >= 2 && foreign > 2 * english;
}
