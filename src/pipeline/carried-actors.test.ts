import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeDocument } from "./analyze.ts";
import { PIECE_CHARS, textPieces } from "./text-pieces.ts";

/** Paragraphs that name no actor and hold no event, to push what follows into a later piece. */
const filler = (chars: number) =>
  Array.from(
    { length: Math.ceil(chars / 100) },
    (_, i) => `Paragraph ${i} describes the old harbour, its boats and the fishermen who mend their nets by the water.`,
  ).join("\n\n");

test("a later piece of a long text knows the people named in earlier pieces ('Miller' 200k characters on)", () => {
  const text = `Acting Defense Secretary Christopher Miller arrived in Kabul on Monday.\n\n${filler(1.4 * PIECE_CHARS)}\n\nMiller criticised Pakistan over the border attacks.`;
  const doc = analyzeDocument({ id: "long", text, published: "2020-12-01" });
  assert.equal(textPieces(doc.article.text).length, 2);
  const last = doc.events.find((e) => e.evidence.text.startsWith("Miller"));
  assert.deepEqual([last?.source, last?.target, last?.cameo.slice(0, 2)], ["USA", "PAK", "11"]);
  // The evidence still points into the whole text, and nothing carried is coded a second time.
  assert.equal(doc.article.text.slice(last!.evidence.start, last!.evidence.end), last!.evidence.text);
  const keys = doc.events.map((e) => `${e.evidence.start}|${e.source}>${e.target}|${e.cameo}`);
  assert.equal(new Set(keys).size, keys.length);
  for (const e of doc.events) assert.equal(doc.article.text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
});
