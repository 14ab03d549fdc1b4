// Its own file, so its own process: whether this process ever loaded the stages is what the test observes.
import assert from "node:assert/strict";
import test from "node:test";
import { analyzeDocument } from "./analyzer.ts";
import { createAnalyzerPool } from "./pool.ts";

test("a one-thread pool asked to stay off the main thread analyses in a worker, never on the caller's thread", async () => {
  const pool = await createAnalyzerPool(1, { offMainThread: true });
  const doc = { id: "d1", text: "Russia criticised Azerbaijan on Monday, officials said.", published: "2025-06-04" };
  try {
    assert.equal(pool.size, 1);
    const result = await pool.analyze(doc);
    assert.ok(result.events.some((e) => e.source === "RUS" && e.target === "AZE"));
    // The caller's thread never loaded the stages: a server keeps answering reads while a page is analysed.
    assert.throws(() => analyzeDocument(doc), /not loaded yet/);
  } finally {
    await pool.close();
  }
});
