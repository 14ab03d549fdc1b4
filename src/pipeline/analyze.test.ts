import assert from "node:assert/strict";
import { test } from "node:test";
import { BIG_SCRIPT, liveHeapGrowth } from "../../test/live-heap.ts";
import type { RawDocument } from "../domain/index.ts";
import { analyzeDocument, analyzeHandedOver } from "./analyze.ts";

const story =
  "<p>Azerbaijan detained several Russian nationals in Baku on Monday, officials said.</p>" +
  "<p>Moscow summoned the Azerbaijani ambassador and demanded their release, the foreign ministry said.</p>" +
  "<p>Officials in Baku said the arrests followed a lawful investigation into smuggling and would go to court.</p>";

const page = (i: number, filler = "") =>
  `<html lang="en"><head><title>Baku detains Russians ${i}</title><meta property="article:published_time" ` +
  `content="2025-07-01"><link rel="canonical" href="https://news.example/a/${i}/baku-detains-russians">${filler}` +
  `</head><body><article><h1>Baku detains Russians</h1>${story}</article></body></html>`;

test("analyzeHandedOver gives what analyzeDocument gives, and the document no longer holds its page", () => {
  const doc: RawDocument = { id: "a1", html: page(1), origin: "a1.html" };
  const expected = analyzeDocument({ ...doc });
  assert.ok(expected.events.length > 0);
  assert.deepEqual(analyzeHandedOver(doc), expected);
  assert.equal(doc.html, undefined);
  assert.equal(doc.id, "a1");
});

test("a handed-over page is not kept alive by the document its caller still holds", () => {
  const held: RawDocument[] = [];
  // Warm up on a big page too, so the stages' bounded caches are filled before the measure, not during it.
  analyzeHandedOver({ id: "warm", html: page(0, BIG_SCRIPT) });
  const grown = liveHeapGrowth(() => {
    for (let i = 1; i <= 5; i++) {
      const doc: RawDocument = { id: `p${i}`, html: page(i, BIG_SCRIPT) };
      held.push(doc); // as a worker's request holds its message until the reply is posted
      analyzeHandedOver(doc);
    }
    analyzeHandedOver({ id: "last", html: page(6) });
  });
  // Five held pages would add ~10 MB; the stages' caches still grow by 1-2.5 MB over six documents (measured
  // 2.4 MB on the first round after this warm-up), so 5 MB tells a held page from cache growth.
  assert.ok(grown < 5_000_000, `live heap grew by ${grown} bytes with five documents held`);
  assert.equal(held.length, 5);
});

test("a page in another language is stored as an article but not coded, even where it quotes English", () => {
  const german =
    "<p>Die Regierung in Berlin hat am Montag neue Hilfen beschlossen, die vor allem kleinen Betrieben helfen sollen.</p>" +
    "<p>Der Minister sagte, das Paket werde noch vor dem Winter wirken und sei mit den Ländern abgestimmt.</p>" +
    "<p>Im Archiv steht:</p><p>Azerbaijan detained several Russian nationals in Baku on Monday.</p>";
  const html = `<html lang="de"><head><title>Hilfen beschlossen</title></head><body><article><h1>Hilfen</h1>${german}</article></body></html>`;
  const done = analyzeDocument({ id: "de1", html, origin: "de1.html" });
  assert.match(done.article.text, /Azerbaijan detained/);
  assert.deepEqual(done.events, []);
  // the same English line in an English page is coded
  assert.ok(analyzeDocument({ id: "en1", html: page(1), origin: "en1.html" }).events.length > 0);
});
