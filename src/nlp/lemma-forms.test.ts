import assert from "node:assert/strict";
import { test } from "node:test";
import { anyLemma } from "./lemma-forms.ts";

const is = (lemma: string) => (w: string) => w === lemma;

test("a word reaches every lemma wink may give it: suffixes, irregular forms, British spellings, contractions", () => {
  for (const [word, lemma] of [
    ["attacked", "attack"],
    ["accuses", "accuse"],
    ["seizing", "seize"],
    ["parties", "party"],
    ["met", "meet"],
    ["shot", "shoot"],
    ["criticised", "criticize"],
    ["fulfil", "fulfill"],
    ["it's", "be"],
  ] as const)
    assert.ok(anyLemma(word, is(lemma)), `${word} → ${lemma}`);
  assert.ok(!anyLemma("weather", is("attack")));
  assert.ok(!anyLemma("the", (w) => w === "meet" || w === "attack"));
});
