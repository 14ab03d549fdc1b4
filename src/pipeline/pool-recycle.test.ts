import assert from "node:assert/strict";
import { test } from "node:test";
import type { RawDocument } from "../domain/index.ts";
import { loadAnalyzer } from "./analyzer.ts";
import { createAnalyzerPool } from "./pool.ts";

// Answers with its thread id, and asks to retire after every third document.
const threadEntry = new URL("./thread-id-worker.fixture.ts", import.meta.url);
const doc = (i: number): RawDocument => ({ id: `doc-${i}`, text: "0123456789" });

test("a thread that asks to retire is replaced by a fresh one, and every document is answered", async () => {
  const pool = await createAnalyzerPool(1, { workerEntry: threadEntry });
  try {
    const threads: string[] = [];
    for (let i = 0; i < 9; i++) {
      const out = await pool.analyze(doc(i));
      assert.equal(out.id, `doc-${i}`);
      threads.push(out.article.text);
    }
    const [a, b, c] = [threads[0], threads[3], threads[6]];
    assert.deepEqual(threads, [a, a, a, b, b, b, c, c, c], `threads by document: ${threads.join(" ")}`);
    assert.equal(new Set([a, b, c]).size, 3);
  } finally {
    await pool.close();
  }
});

test("documents in flight when a thread retires are all answered, once each, in order", async () => {
  const pool = await createAnalyzerPool(2, { workerEntry: threadEntry });
  try {
    const docs = Array.from({ length: 40 }, (_, i) => doc(i));
    // In waves of 4, as a batch keeps a window of documents in flight: some are queued on a thread as it retires.
    const out = [];
    for (let i = 0; i < docs.length; i += 4)
      out.push(...(await Promise.all(docs.slice(i, i + 4).map((d) => pool.analyze(d)))));
    assert.deepEqual(
      out.map((o) => o.id),
      docs.map((d) => d.id),
    );
    assert.ok(new Set(out.map((o) => o.article.text)).size >= 3, "threads were replaced");
  } finally {
    await pool.close();
  }
});

test("analysis on a pool that recycles its threads equals inline analysis", async () => {
  const analyze = await loadAnalyzer();
  const text = (i: number) =>
    `Russia criticised Azerbaijan on Monday, officials said. Turkey welcomed the agreement with Georgia (report ${i}).`;
  const docs: RawDocument[] = Array.from({ length: 4 }, (_, i) => ({
    id: `real-${i}`,
    text: text(i),
    published: "2025-06-04",
  }));
  // With a 1 MB limit a thread retires after its first full collection, wherever it falls.
  const pool = await createAnalyzerPool(1, { offMainThread: true, recycleAboveMb: 1 });
  try {
    for (const d of docs) assert.deepEqual(await pool.analyze(d), analyze(d));
  } finally {
    await pool.close();
  }
});
