import assert from "node:assert/strict";
import test from "node:test";
import { longPage } from "../../test/long-page.ts";
import { codingStage } from "../coding/index.ts";
import { extractStage } from "../extract/index.ts";
import { analyzeDocument, nlpForCoding } from "./analyze.ts";
import { createAnalyzerPool } from "./pool.ts";
import { codedOnce } from "./repeated-sentences.ts";
import { PIECE_CHARS, textPieces } from "./text-pieces.ts";

test("a text up to the piece size is one piece; a longer one is cut after paragraphs, with context before", () => {
  assert.deepEqual(textPieces("Russia criticised Georgia."), [{ from: 0, start: 0, end: 26 }]);
  const text = longPage(3 * PIECE_CHARS);
  const pieces = textPieces(text);
  assert.ok(pieces.length >= 3);
  assert.equal(pieces[0]!.start, 0);
  assert.equal(pieces.at(-1)!.end, text.length);
  for (const [i, p] of pieces.entries()) {
    assert.ok(p.end - p.start <= PIECE_CHARS);
    if (i > 0) {
      assert.equal(p.start, pieces[i - 1]!.end, "the pieces follow each other");
      assert.equal(text.slice(p.start - 2, p.start), "\n\n", "cut after a paragraph");
      assert.ok(p.from < p.start && text[p.from - 1] === "\n", "context from a line start before the piece");
    }
  }
  // no line break at all: cut after a full stop, and hard only where there is none
  assert.deepEqual(
    textPieces("One. Two. Three.", 10, 4).map((p) => p.start),
    [0, 10],
  );
  assert.deepEqual(
    textPieces("x".repeat(25), 10, 4).map((p) => [p.from, p.start, p.end]),
    [
      [0, 0, 10],
      [10, 10, 20],
      [20, 20, 25],
    ],
  );
});

test("a long text read in pieces gives the events of the whole text, with evidence offsets into the whole text", () => {
  const raw = { id: "long", text: longPage(2.5 * PIECE_CHARS) };
  // read whole by the same rule: a sentence the text repeats is coded once (the page repeats its random sentences)
  const whole = codedOnce(codingStage.run(nlpForCoding.run(extractStage.run({ ...raw }))));
  const doc = analyzeDocument(raw);
  assert.ok(textPieces(doc.article.text).length >= 3);
  assert.deepEqual(doc.events, whole);
  const last = doc.events.at(-1)!;
  assert.ok(last.evidence.start > 2 * PIECE_CHARS, "events from the last piece");
  for (const e of doc.events) assert.equal(doc.article.text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
});

test("a 1 MB page is analysed by a thread whose heap could not hold it read whole", async () => {
  // Read whole, a megabyte of paragraphs held ~120 MB live in the nlp stage: the thread died at this cap.
  const pool = await createAnalyzerPool(1, { offMainThread: true, oldGenerationMb: 64 });
  try {
    const doc = await pool.analyze({ id: "big", html: longPage(1_000_000, true) });
    assert.ok(doc.article.text.length > 900_000);
    const last = doc.events.at(-1)!;
    assert.ok(last.evidence.start > 900_000, "events from the page's end");
    assert.equal(doc.article.text.slice(last.evidence.start, last.evidence.end), last.evidence.text);
  } finally {
    await pool.close();
  }
});
