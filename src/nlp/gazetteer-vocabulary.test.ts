import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { packWords, WordTable } from "./gazetteer-vocabulary.ts";

test("the shared word table finds every packed word's id and no other word", () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 200 }), fc.string(), (words, other) => {
      const table = new WordTable(packWords(words));
      for (const [id, w] of words.entries()) assert.equal(table.get(w), id);
      if (!words.includes(other)) assert.equal(table.get(other), undefined);
    }),
  );
});

test("words beyond ASCII and near misses (a prefix, one letter changed) are told apart", () => {
  const words = ["çavuşoğlu", "kyiv", "kyiv's", "київ", "'s", "russia"];
  const packed = packWords(words);
  assert.ok(packed.chars.buffer instanceof SharedArrayBuffer);
  const table = new WordTable(packed);
  assert.equal(table.get("київ"), 3);
  for (const miss of ["kyi", "kyiv'", "cavusoglu", "russiA", ""]) assert.equal(table.get(miss), undefined);
});
