// Real pages mix languages: a German or French sentence read with English patterns gives false events ("Die
// Folge: Israel grenzt ..." is no death, "Protest bei Amazon" no protest). The coder reads English only, so a
// sentence whose function words are mostly another language's asserts nothing it can code.
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

// A letter run, the unit function words are counted in; lower-casing the whole text once is cheaper than each word.
const WORD = /\p{L}+/gu;

/**
 * Whether a whole text is another language's: its function words foreign at least 5 times and more than twice as
 * often as English ones. The coder reads English only, and on a German or Polish page most sentences hold none of
 * the foreign list's words, so sentence by sentence (isForeignSentence) they would still be read with English
 * patterns; an English line quoted on such a page ("The Indians arrived safe in Sandusky") is no news event either.
 */
export function isForeignText(text: string): boolean {
  let english = 0;
  let foreign = 0;
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    if (ENGLISH.has(word)) english++;
    else if (FOREIGN.has(word)) foreign++;
  }
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
