// The matcher's pre-check: a candidate pattern is tried only when each of its words can open on a word of the
// sentence, and a mention's words (with a plural's "s" dropped) count, since a folded or slotted mention matches so.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotate } from "../nlp/index.ts";
import { parsePatterns } from "./pattern-dictionary.ts";
import { sentenceUnits } from "./sentence-units.ts";
import { needs, sentenceWords, wordsPresent } from "./sentence-words.ts";

function wordsOf(text: string): Set<string> {
  const doc = annotate({ id: "w", text, published: "2025-03-01", contentHash: "w", fingerprint: "0" });
  return sentenceWords(sentenceUnits(doc.tokens, doc.actors).units);
}

describe("sentence words", () => {
  it("holds lemmas, forms and the words of mentions, plural or not", () => {
    const words = wordsOf("Norway expelled three Russian diplomats on Tuesday.");
    for (const w of ["expel", "expelled", "tuesday", "diplomats", "diplomat"]) assert.ok(words.has(w), w);
    assert.ok(!words.has("ambassador"));
  });
  it("lists the first words each word element after the head may open on; slots and gaps need none", () => {
    const d = parsePatterns("&W = arms|heavy_weapon\n072 send * &W to $T ; sym\n");
    const [pattern] = d.byHead.get("send") ?? [];
    assert.ok(pattern);
    assert.deepEqual(
      needs(pattern).map((firsts) => [...firsts].sort()),
      [["arms", "heavy"], ["to"]],
    );
  });
  it("lets a pattern through only when each of its word elements can open on a word of the sentence", () => {
    const d = parsePatterns("&W = arms|heavy_weapon\n072 send * &W to $T ; sym\n");
    const [pattern] = d.byHead.get("send") ?? [];
    assert.ok(pattern);
    assert.ok(wordsPresent(pattern, wordsOf("Iran sent heavy weapons to Syria.")));
    assert.ok(!wordsPresent(pattern, wordsOf("Iran sent heavy weapons.")), "no 'to'");
    assert.ok(!wordsPresent(pattern, wordsOf("Iran sent troops to Syria.")), "neither 'arms' nor 'heavy'");
  });
});
