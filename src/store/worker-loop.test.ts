// The worker loop over a real PostgreSQL queue: analysis runs ahead of storing, results are committed in groups, and a
// document that cannot be stored fails alone. (The 3-process SIGKILL test is test/workers.test.ts.)
import assert from "node:assert/strict";
import { it } from "node:test";
import type { AnalyzedDocument, RawDocument } from "../domain/index.ts";
import { doc, ev } from "./contract-fixtures.ts";
import { openQueue } from "./index.ts";
import type { JobQueue } from "./job-queue.ts";
import { describeWithPg } from "./postgres/pg-test-schema.ts";
import type { SqlStore } from "./sql-store.ts";
import { runWorker } from "./worker-loop.ts";

const raw = (n: number): RawDocument[] =>
  Array.from({ length: n }, (_, i) => ({ id: `d${i}`, text: `Report ${i}: Russia met Turkey.`, origin: `test:${i}` }));

/** Stands in for the stages: an analysed document built from the raw text. */
const analyzed = (d: RawDocument): AnalyzedDocument => doc(d.id, d.text!, [ev("RUS", "TUR", "040", "2024-06")]);

/** Each document's transaction id: rows written in one transaction share xmin. */
async function transactions(queue: JobQueue): Promise<number> {
  const rows = await (queue.store as SqlStore).db.all("SELECT COUNT(DISTINCT xmin::text) AS n FROM articles");
  return Number(rows[0]?.n);
}

describeWithPg("worker loop", (schemas) => {
  it("analyses the next documents while earlier ones are stored, and commits them in groups", async () => {
    const queue = await openQueue(await schemas.create("wl"));
    try {
      await queue.enqueue(raw(40));
      let pending = 0;
      let mostPending = 0;
      const summary = await runWorker({
        queue,
        workerId: "w",
        batch: 8,
        exitWhenEmpty: true,
        analyze: async (d) => {
          mostPending = Math.max(mostPending, ++pending);
          // One document at a time, like a single analysis thread.
          await new Promise((r) => setTimeout(r, 2));
          pending--;
          return analyzed(d);
        },
      });
      assert.deepEqual(summary, { jobs: 40, stored: 40, failed: 0, lost: 0 });
      assert.ok(mostPending > 1, "the next documents were handed to the analysis before the first was stored");
      assert.ok((await transactions(queue)) < 40, "results that came back during a commit shared the next one");
      assert.deepEqual(await queue.counts(), { queued: 0, running: 0, done: 40, failed: 0 });
    } finally {
      await queue.close();
    }
  });

  it("gathers results that come back one by one, each after the last commit ended, into shared commits", async () => {
    const queue = await openQueue(await schemas.create("wlslow"));
    try {
      await queue.enqueue(raw(16));
      // One at a time and slower than a commit, so no result ever arrives while one is under way.
      let chain = Promise.resolve();
      const summary = await runWorker({
        queue,
        workerId: "w",
        batch: 8,
        exitWhenEmpty: true,
        analyze: (d) => {
          const done = chain.then(() => new Promise((r) => setTimeout(r, 10))).then(() => analyzed(d));
          chain = done.then(() => {});
          return done;
        },
      });
      assert.deepEqual(summary, { jobs: 16, stored: 16, failed: 0, lost: 0 });
      assert.ok((await transactions(queue)) <= 8, "at least two documents per commit on average");
    } finally {
      await queue.close();
    }
  });

  it("lets go of each page once it is analysed, while its result waits to be stored", async () => {
    const queue = await openQueue(await schemas.create("wlpage"));
    try {
      await queue.enqueue(raw(10).map((d) => ({ ...d, url: `https://example.org/${d.id}` })));
      const analysed: (string | undefined)[] = [];
      const stored: RawDocument[] = [];
      const complete = queue.complete.bind(queue);
      queue.complete = (worker, finished) => {
        stored.push(...finished.map((f) => f.job.doc));
        return complete(worker, finished);
      };
      await runWorker({
        queue,
        workerId: "w",
        batch: 4,
        exitWhenEmpty: true,
        analyze: (d) => {
          analysed.push(d.text);
          return analyzed(d);
        },
      });
      assert.equal(analysed.filter((t) => t?.startsWith("Report")).length, 10);
      assert.deepEqual(
        stored.map((d) => d.id).sort(),
        raw(10)
          .map((d) => d.id)
          .sort(),
      );
      // The small fields stay for the failure records and progress; the page is gone.
      for (const d of stored) assert.deepEqual(Object.keys(d).sort(), ["id", "origin", "url"]);
    } finally {
      await queue.close();
    }
  });

  it("a document that cannot be stored fails alone; the rest of its group is stored", async () => {
    const queue = await openQueue(await schemas.create("wlbad"));
    try {
      await queue.enqueue(raw(12));
      const outcomes = new Map<string, string>();
      const summary = await runWorker({
        queue,
        workerId: "w",
        batch: 12,
        exitWhenEmpty: true,
        // Every result arrives before the first commit ends, so they share a group with the bad one.
        analyze: (d) => {
          const a = analyzed(d);
          if (d.id === "d5") a.events[0]!.cameo = ""; // the store refuses an event without a code
          return a;
        },
        onJob: (job, outcome) => outcomes.set(job.doc.id, outcome),
      });
      assert.deepEqual(summary, { jobs: 12, stored: 11, failed: 1, lost: 0 });
      assert.equal(outcomes.get("d5"), "failed");
      const failures = await queue.store.listFailures(10);
      assert.deepEqual(
        failures.map((f) => [f.documentId, f.stage, f.code]),
        [["d5", "store", "BAD_INPUT"]],
      );
      assert.equal((await queue.store.stats()).articles, 11);
    } finally {
      await queue.close();
    }
  });

  it("a job whose lease passed to another worker is not stored by the first", async () => {
    const queue = await openQueue(await schemas.create("wllost"));
    try {
      await queue.enqueue(raw(3));
      const jobs = await queue.take("a", 3, 30_000);
      // Worker a stalled past its lease and b took d1 over.
      await (queue.store as SqlStore).db.run("UPDATE orbit_jobs SET locked_by = 'b' WHERE doc_id = 'd1'");
      const saved = await queue.complete(
        "a",
        jobs.map((job) => ({ job, result: analyzed(job.doc) })),
      );
      assert.deepEqual(
        saved.map((s) => s?.status),
        ["stored", undefined, "stored"],
      );
      assert.equal((await queue.store.stats()).articles, 2);
      assert.deepEqual(await queue.counts(), { queued: 0, running: 1, done: 2, failed: 0 });
    } finally {
      await queue.close();
    }
  });
});
