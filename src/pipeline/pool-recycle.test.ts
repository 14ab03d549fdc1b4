import assert from "node:assert/strict";
import { test } from "node:test";
import type { RawDocument } from "../domain/index.ts";
import { loadAnalyzer } from "./analyzer.ts";
import { createAnalyzerPool, RECYCLE_DEFAULT_CHARS } from "./pool.ts";

const threadEntry = new URL("./thread-id-worker.fixture.ts", import.meta.url);
const doc = (i: number): RawDocument => ({ id: `doc-${i}`, text: "0123456789" });

test("a thread that has read its share of characters is replaced by a fresh one, and every document is answered", async () => {
  // 25 characters per thread: each thread takes three 10-character documents, then a fresh thread takes over.
  const pool = await createAnalyzerPool(1, { workerEntry: threadEntry, recycleAfterChars: 25 });
  try {
    const threads: string[] = [];
    for (let i = 0; i < 9; i++) {
      const out = await pool.analyze(doc(i));
      assert.equal(out.id, `doc-${i}`);
      threads.push(out.article.text);
    }
    assert.equal(new Set(threads).size, 3, `threads by document: ${threads.join(" ")}`);
    assert.deepEqual(threads.slice(0, 3), Array(3).fill(threads[0]));
    assert.deepEqual(threads.slice(3, 6), Array(3).fill(threads[3]));
  } finally {
    await pool.close();
  }
});

test("documents in flight when a thread retires are all answered, none twice", async () => {
  const pool = await createAnalyzerPool(2, { workerEntry: threadEntry, recycleAfterChars: 35 });
  try {
    const docs = Array.from({ length: 40 }, (_, i) => doc(i));
    const out = await Promise.all(docs.map((d) => pool.analyze(d)));
    assert.deepEqual(
      out.map((o) => o.id),
      docs.map((d) => d.id),
    );
    assert.ok(new Set(out.map((o) => o.article.text)).size >= 8, "threads were replaced as they filled up");
  } finally {
    await pool.close();
  }
});

test("without recycling, and by default on short streams, the pool keeps its threads", async () => {
  assert.ok(RECYCLE_DEFAULT_CHARS >= 10_000_000, "a fresh thread costs ~1 CPU-s: recycling must stay rare");
  const pool = await createAnalyzerPool(1, { workerEntry: threadEntry, recycleAfterChars: 0 });
  try {
    const threads = new Set<string>();
    for (let i = 0; i < 6; i++) threads.add((await pool.analyze(doc(i))).article.text);
    assert.equal(threads.size, 1);
  } finally {
    await pool.close();
  }
});

test("analysis across recycled threads equals inline analysis", async () => {
  const analyze = await loadAnalyzer();
  const text = (i: number) =>
    `Russia criticised Azerbaijan on Monday, officials said. Turkey welcomed the agreement with Georgia (report ${i}).`;
  const docs: RawDocument[] = Array.from({ length: 4 }, (_, i) => ({
    id: `real-${i}`,
    text: text(i),
    published: "2025-06-04",
  }));
  // Each thread reads two documents, so the four are analysed by two different threads in turn.
  const pool = await createAnalyzerPool(1, { offMainThread: true, recycleAfterChars: text(0).length + 1 });
  try {
    for (const d of docs) assert.deepEqual(await pool.analyze(d), analyze(d));
  } finally {
    await pool.close();
  }
});
