// Text in another language: the coder reads English only and skips a sentence whose function words are mostly
// another language's (its isForeignSentence). nlp can tell such sentences before tagging a word, and leave out what
// the coder would skip: a whole page when every sentence with a trigger word is foreign, before any actor is looked
// for, and a paragraph all of whose sentences are.
import type { ActorMention, Sentence } from "../domain/index.ts";
import { holdsTrigger } from "./event-paragraphs.ts";

/** The coder's function-word lists: "english" or "foreign" for a lower-case word, undefined for any other. */
export type WordLanguage = (lower: string) => "english" | "foreign" | undefined;

/** Words as wink splits them for the lists' purpose: "don't" gives "do" (wink: "do", "n't"), "it's" gives "it". */
const WORDS = /\p{L}+(?:['’]t\b)?/gu;
const CAPITAL = /^\p{Lu}/u;

/** The coder's rule: at least two foreign words and more than twice the English ones, or any with no English one. */
function foreignCounts(english: number, foreign: number): boolean {
  return english === 0 ? foreign > 0 : foreign >= 2 && foreign > 2 * english;
}

/** A word's language, with "n't" read off as wink does ("don't" → "do", "won't" → "wo"). */
function languageOf(word: string, language: WordLanguage): ReturnType<WordLanguage> {
  const lower = word.toLowerCase();
  if (!lower.endsWith("'t") && !lower.endsWith("’t")) return language(lower);
  const stem = lower.slice(0, -2);
  return stem.endsWith("n") && language(stem.slice(0, -1)) === "english" ? "english" : language(stem);
}

/**
 * Whether every sentence that holds a trigger word is one the coder skips: then the text yields no event. The coder
 * leaves the words of actor mentions out of its counts; they are not known yet, so the count here is the least
 * foreign one they allow: every English word counts, a foreign one does not where it may sit in a name (it has a
 * capital, or it is in a run of at most two small words between capitals: "von der Leyen", "Banco de España"). The
 * rule only grows more foreign with more foreign words and fewer English ones, so what is foreign here is foreign
 * to the coder.
 */
export function onlyForeignTriggers(
  text: string,
  sentences: readonly Sentence[],
  mayTrigger: (lemma: string) => boolean,
  language: WordLanguage,
): boolean {
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (holdsTrigger(sentence, mayTrigger) && !foreignOutsideNames(sentence, language)) return false;
  }
  return true;
}

function foreignOutsideNames(sentence: string, language: WordLanguage): boolean {
  let english = 0;
  let foreign = 0;
  // small words since the last capitalised one, and their foreign ones, counted once the run is no name's part
  let run = 0;
  let runForeign = 0;
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(sentence); m; m = WORDS.exec(sentence)) {
    const lang = languageOf(m[0], language);
    if (lang === "english") english++;
    if (CAPITAL.test(m[0])) {
      run = 0;
      runForeign = 0;
      continue;
    }
    if (lang === "foreign") runForeign++;
    if (++run > 2) {
      foreign += runForeign;
      runForeign = 0;
    }
  }
  // a run at the end has no capital after it
  return foreignCounts(english, foreign + runForeign);
}

/**
 * Whether every one of `sentences` (with at least one) is one the coder skips, counting as the coder does: the words
 * of the actor mentions found in them left out (`mentions` in text order).
 */
export function allForeign(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  language: WordLanguage,
): boolean {
  if (sentences.length === 0) return false;
  let k = 0;
  for (const s of sentences) {
    let english = 0;
    let foreign = 0;
    const sentence = text.slice(s.start, s.end);
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(sentence); m; m = WORDS.exec(sentence)) {
      const at = s.start + m.index;
      while (k < mentions.length && mentions[k]!.end <= at) k++;
      if (k < mentions.length && mentions[k]!.start <= at) continue;
      const lang = languageOf(m[0], language);
      if (lang === "english") english++;
      else if (lang === "foreign") foreign++;
    }
    if (!foreignCounts(english, foreign)) return false;
  }
  return true;
}
