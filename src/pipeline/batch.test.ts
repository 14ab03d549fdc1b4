import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { BIG_SCRIPT } from "../../test/live-heap.ts";
import type { RawDocument, Source } from "../domain/index.ts";
import { AppError } from "../domain/index.ts";
import { openStore } from "../store/index.ts";
import { runBatch, WINDOW_PER_THREAD } from "./batch.ts";
import { type AnalyzerPool, createAnalyzerPool } from "./pool.ts";

function source(docs: RawDocument[]): Source {
  return {
    name: "test",
    async *items() {
      yield {
        error: new AppError("UNREADABLE", "permission denied", { where: "/feeds/locked.xml" }),
        origin: "/feeds/locked.xml",
      };
      for (const doc of docs) yield { doc };
    },
  };
}

const STATES = ["Russia", "Azerbaijan", "Armenia", "Georgia", "Kazakhstan"];
const docs: RawDocument[] = STATES.map((s, i) => ({
  id: `d${i}`,
  text: `${s} criticised ${STATES[(i + 1) % STATES.length]} on Monday over the border talks, officials said (report ${i}).`,
  published: "2025-06-04",
}));
docs.splice(2, 0, { id: "blank", text: "  " });

test("runBatch through two worker threads stores every document, records failures per document, and is idempotent", async () => {
  const dir = mkdtempSync(join(tmpdir(), "orbit-batch-"));
  const store = await openStore(join(dir, "b.db"));
  try {
    const first = await runBatch(source(docs), store, { workers: 2 });
    assert.equal(first.documents, docs.length + 1);
    assert.equal(first.stored, STATES.length);
    assert.ok(first.events >= STATES.length, `events: ${first.events}`);
    assert.deepEqual(first.failures.map((f) => [f.documentId, f.stage]).sort(), [
      ["/feeds/locked.xml", "ingest"],
      ["blank", "extract"],
    ]);
    const logged = await store.listFailures(10);
    assert.equal(logged.length, 2);
    for (const doc of docs.filter((d) => d.id !== "blank")) assert.ok(await store.getArticle(doc.id), doc.id);

    const again = await runBatch(source(docs), store, { workers: 2 });
    assert.equal(again.stored, 0);
    assert.equal(again.unchanged, STATES.length);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("runBatch holds at most three documents in flight per analysis thread while streaming", async () => {
  // The real analyzer (on this thread), reported as two threads, counting the documents handed to it at once.
  const real = await createAnalyzerPool(1);
  let inFlight = 0;
  let most = 0;
  const pool: AnalyzerPool = {
    size: 2,
    analyze: async (doc) => {
      most = Math.max(most, ++inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return await real.analyze(doc);
      } finally {
        inFlight--;
      }
    },
    close: () => real.close(),
  };
  const many = Array.from({ length: 30 }, (_, i) => ({ ...docs[i % docs.length]!, id: `w${i}` }));
  const dir = mkdtempSync(join(tmpdir(), "orbit-window-"));
  const store = await openStore(join(dir, "w.db"));
  try {
    const summary = await runBatch(source(many), store, { analyzer: pool });
    assert.equal(summary.documents, 31);
    assert.equal(most, 2 * WINDOW_PER_THREAD);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("runBatch lets go of a page once it is handed to the analyzer, while its results are still being stored", async () => {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  // The real analyzer, given a copy of each page as a thread is (a posted message), and reported as four threads so
  // the batch keeps reading while the first page's results wait to be stored.
  const real = await createAnalyzerPool(1);
  const pool: AnalyzerPool = {
    size: 4,
    analyze: (doc) => real.analyze(structuredClone(doc)),
    close: () => real.close(),
  };
  let first: WeakRef<RawDocument> | undefined;
  let thirdRead!: () => void;
  const readPastFirst = new Promise<void>((resolve) => {
    thirdRead = resolve;
  });
  const pages: Source = {
    name: "pages",
    async *items() {
      for (let i = 0; i < 3; i++) {
        if (i === 2) thirdRead();
        const doc: RawDocument = {
          id: `p${i}`,
          html: `<p>${STATES[i]} criticised ${STATES[i + 1]} over the talks, officials said.</p>${BIG_SCRIPT}`,
          published: "2025-06-04",
        };
        first ??= new WeakRef(doc);
        yield { doc };
      }
    },
  };
  const dir = mkdtempSync(join(tmpdir(), "orbit-release-"));
  const store = await openStore(join(dir, "r.db"));
  let held: boolean | undefined;
  const save = store.saveAnalyzed.bind(store);
  // The first page's results are stored only once the batch has read past it and a full collection has run.
  store.saveAnalyzed = async (analyzed) => {
    if (analyzed.id === "p0") {
      await readPastFirst;
      await new Promise((resolve) => setImmediate(resolve));
      gc();
      held = first?.deref() !== undefined;
    }
    return save(analyzed);
  };
  try {
    const summary = await runBatch(pages, store, { analyzer: pool });
    assert.equal(summary.stored, 3);
    assert.equal(held, false, "the first page was still reachable while its results were stored");
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
