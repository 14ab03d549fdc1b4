import assert from "node:assert/strict";
import { test } from "node:test";
import type { ActorMention, Sentence } from "../domain/index.ts";
import { allForeign, onlyForeignTriggers, type WordLanguage } from "./event-paragraphs-language.ts";
import { roughSentences } from "./rough-sentences.ts";

// invented sentences; the lists are a test's own, as the pipeline passes the coder's
const ENGLISH = new Set(["the", "of", "and", "is", "with", "do", "not"]);
const FOREIGN = new Set(["der", "und", "ist", "nicht", "gegen", "wird", "auch", "de", "la", "y", "del"]);
const language: WordLanguage = (w) => (ENGLISH.has(w) ? "english" : FOREIGN.has(w) ? "foreign" : undefined);
const mayTrigger = (w: string) => w === "protest";
const sentences = (text: string): Sentence[] => roughSentences(text, 0, text.length, 0);
const only = (text: string) => onlyForeignTriggers(text, sentences(text), mayTrigger, language);

test("onlyForeignTriggers: every sentence with a trigger word in another language, by the coder's rule", () => {
  assert.equal(only("Der Protest gegen die Regierung ist nicht vorbei und wird auch morgen weitergehen."), true);
  // a sentence without a trigger word may be in any language
  assert.equal(only("The weather is fine. Der Protest ist nicht vorbei und wird weitergehen."), true);
  assert.equal(only("Der Protest ist nicht vorbei. The protest of the workers is not over."), false);
  // "don't" counts "do" as English (wink reads "do", "n't"): two foreign words are no longer twice the English ones
  assert.equal(only("Protest ist nicht, don't, don't."), false);
  assert.equal(only("Protest ist nicht, dann, dann."), true);
});

test("onlyForeignTriggers does not count foreign words that may sit in a name, which the coder leaves out", () => {
  // "von der" between two capitals may be part of a mention: the coder would count no foreign word here
  assert.equal(only("Ursula von der Leyen: protest."), false);
  // the same word outside any name counts
  assert.equal(only("Protest, der war."), true);
});

test("allForeign counts as the coder does, leaving out the words of actor mentions", () => {
  const text = "Protest in Banco de la Nación y del Sur.";
  const name = "Banco de la Nación y del Sur";
  const start = text.indexOf(name);
  const mention = { start, end: start + name.length } as ActorMention;
  assert.equal(allForeign(text, sentences(text), [], language), true);
  assert.equal(allForeign(text, sentences(text), [mention], language), false);
  assert.equal(allForeign(text, [], [], language), false);
});
