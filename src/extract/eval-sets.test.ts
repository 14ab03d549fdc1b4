import assert from "node:assert/strict";
import { test } from "node:test";
import { dateCases, halfOf, metaCases, trafilaturaDateCases } from "./eval-sets.ts";

test("a page's half does not depend on how its address is written", () => {
  const half = halfOf("https://example.com/news/2024/story");
  for (const u of ["http://example.com/news/2024/story", "https://www.example.com/news/2024/story/"])
    assert.equal(halfOf(u), half);
});

test("every list of the shared sets puts a page in the same half, and the halves are near even", () => {
  const date = new Map(trafilaturaDateCases().map((c) => [c.url, c.half]));
  const meta = metaCases();
  // the date list and the title/author list hold different pages: split by position, 75 pages changed halves
  for (const c of meta) if (date.has(c.url)) assert.equal(c.half, date.get(c.url), c.url);
  for (const set of [dateCases(), trafilaturaDateCases(), meta]) {
    const even = set.filter((c) => c.half === "even").length / set.length;
    assert.ok(even > 0.45 && even < 0.55, `even share ${even.toFixed(3)}`);
  }
});
