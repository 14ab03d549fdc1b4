import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import type { RawDocument } from "../domain/index.ts";
import { loadAnalyzer } from "./analyzer.ts";
import { createAnalyzerPool, HEAP_DEFAULTS } from "./pool.ts";
import { StageFailure } from "./stage-failure.ts";

const ROOT = new URL("../../", import.meta.url);
const PAGES = new URL("../shared/article-extraction/html/", ROOT);

/** A few real news pages, the bundled seed article, and a document no stage can read. */
function sampleDocuments(): RawDocument[] {
  const docs: RawDocument[] = readdirSync(PAGES)
    .sort()
    .slice(0, 8)
    .map((name) => {
      const raw = readFileSync(new URL(name, PAGES));
      return { id: name, html: (name.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8"), origin: name };
    });
  const seed = new URL("data/corpus/articles/", ROOT);
  for (const name of readdirSync(seed))
    docs.push({ id: name, text: readFileSync(new URL(name, seed), "utf8"), published: "2025-08-02" });
  docs.push({ id: "empty", text: "   " });
  return docs;
}

async function settle(p: Promise<unknown>): Promise<unknown> {
  try {
    return { ok: await p };
  } catch (err) {
    assert.ok(err instanceof StageFailure, `expected a StageFailure, got ${err}`);
    return { stage: err.stage, code: err.code, message: err.message };
  }
}

test("the worker pool returns exactly what inline analysis returns, failures included", async () => {
  const docs = sampleDocuments();
  const analyze = await loadAnalyzer();
  const inline = await Promise.all(docs.map((d) => settle(Promise.resolve().then(() => analyze(d)))));
  const pool = await createAnalyzerPool(2);
  try {
    assert.equal(pool.size, 2);
    const pooled = await Promise.all(docs.map((d) => settle(pool.analyze(d))));
    assert.deepEqual(pooled, inline);
    assert.ok(inline.some((r) => "ok" in (r as object) && (r as { ok: { events: unknown[] } }).ok.events.length > 0));
    assert.ok(
      inline.some((r) => "stage" in (r as object)),
      "the empty document fails in a stage",
    );
  } finally {
    await pool.close();
  }
});

test("a worker crash fails only the document it was working on; the pool replaces the worker", async () => {
  const entry = new URL("./crashing-worker.fixture.ts", import.meta.url);
  const pool = await createAnalyzerPool(2, { workerEntry: entry });
  const text = (i: number) => `Russia criticised Azerbaijan on Monday, officials said (report ${i}).`;
  try {
    const docs: RawDocument[] = [];
    for (let i = 0; i < 12; i++) docs.push({ id: `doc-${i}`, text: text(i), published: "2025-06-04" });
    docs.splice(3, 0, { id: "crash-exit", text: text(99) });
    docs.splice(8, 0, { id: "crash-throw", text: text(98) });
    const results = await Promise.allSettled(docs.map((d) => pool.analyze(d)));
    for (const [i, r] of results.entries()) {
      const id = docs[i]!.id;
      if (id.startsWith("crash")) {
        assert.equal(r.status, "rejected", id);
        const err = (r as PromiseRejectedResult).reason;
        assert.ok(err instanceof StageFailure);
        assert.equal(err.stage, "pipeline");
        assert.match(err.message, new RegExp(`${id}: analysis worker crashed`));
      } else {
        assert.equal(r.status, "fulfilled", `${id}: ${(r as PromiseRejectedResult).reason}`);
        assert.equal((r as PromiseFulfilledResult<{ id: string }>).value.id, id);
      }
    }
    // Replacement workers keep serving.
    const after = await pool.analyze({ id: "after", text: text(100), published: "2025-06-04" });
    assert.equal(after.id, "after");
  } finally {
    await pool.close();
  }
});

test("analysis threads run with the pool's heap limits unless told otherwise", async () => {
  const entry = new URL("./heap-limits-worker.fixture.ts", import.meta.url);
  const limits = async (options: { youngGenerationMb?: number; oldGenerationMb?: number }) => {
    const pool = await createAnalyzerPool(2, { workerEntry: entry, ...options });
    try {
      return JSON.parse((await pool.analyze({ id: "x", text: "x" })).article.text);
    } finally {
      await pool.close();
    }
  };
  const byDefault = await limits({});
  assert.equal(byDefault.maxYoungGenerationSizeMb, HEAP_DEFAULTS.youngGenerationMb);
  assert.equal(byDefault.maxOldGenerationSizeMb, HEAP_DEFAULTS.oldGenerationMb);
  const chosen = await limits({ youngGenerationMb: 48, oldGenerationMb: 200 });
  assert.equal(chosen.maxYoungGenerationSizeMb, 48);
  assert.equal(chosen.maxOldGenerationSizeMb, 200);
});

test("a thread is sent the document it works on and the next, not the whole batch's window", async () => {
  const pool = await createAnalyzerPool(1, {
    workerEntry: new URL("./pool-backlog-worker.fixture.ts", import.meta.url),
  });
  try {
    const docs = Array.from({ length: 24 }, (_, i): RawDocument => ({ id: `doc-${i}`, text: "x".repeat(100_000) }));
    const out = await Promise.all(docs.map((d) => pool.analyze(d)));
    assert.deepEqual(
      out.map((o) => o.id),
      docs.map((d) => d.id),
    );
    const mostQueued = Math.max(...out.map((o) => Number(o.article.text)));
    assert.ok(mostQueued <= 1, `a thread found ${mostQueued} documents queued behind the one in hand`);
  } finally {
    await pool.close();
  }
});
