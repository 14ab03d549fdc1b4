import assert from "node:assert/strict";
import { test } from "node:test";
import { paragraphs } from "./paragraphs.ts";
import { roughSentences } from "./rough-sentences.ts";

test("paragraphs are the trimmed stretches between blank lines", () => {
  const text = "  One line.\nstill one.\n \n\nTwo.\r\n\r\n";
  assert.deepEqual(
    paragraphs(text).map(([a, b]) => text.slice(a, b)),
    ["One line.\nstill one.", "Two."],
  );
});

test("rough sentences end at stops before a capital, not after titles or initials, and at new lines", () => {
  const text = "Gen. Smith met J. Doe in the U.S. on Monday. He left! Then\nnothing more\nA headline\n• A bullet";
  assert.deepEqual(
    roughSentences(text, 0, text.length, 3).map((s) => [s.index, s.text]),
    [
      [3, "Gen. Smith met J. Doe in the U.S. on Monday."],
      [4, "He left!"],
      [5, "Then\nnothing more"],
      [6, "A headline"],
      [7, "A bullet"],
    ],
  );
});

test("like wink, a stop before lower case or between two words ends a sentence; an ellipsis or an address does not", () => {
  const text = "It said yes. then left. Read Polygraph.info today… Then see https://www.example.com now.";
  assert.deepEqual(
    roughSentences(text, 0, text.length, 0).map((s) => s.text),
    ["It said yes.", "then left.", "Read Polygraph.", "info today… Then see https://www.example.com now."],
  );
});
