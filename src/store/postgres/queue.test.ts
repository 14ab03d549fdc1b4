// The PostgreSQL job queue's own storage: what is enqueued is what a worker takes, whichever way it was stored.
import assert from "node:assert/strict";
import { it } from "node:test";
import type { RawDocument } from "../../domain/index.ts";
import { doc, ev, recording } from "../contract-fixtures.ts";
import { openQueue } from "../index.ts";
import type { SqlStore } from "../sql-store.ts";
import { describeWithPg } from "./pg-test-schema.ts";
import { groupLocks, holding } from "./queue.ts";

describeWithPg("PostgreSQL job queue", (schemas) => {
  it("hands back each document as it was queued, with the page kept out of the JSON payload", async () => {
    const queue = await openQueue(await schemas.create("q"));
    try {
      const docs: RawDocument[] = [
        {
          id: "a",
          html: '<p class="x">Quote "here" \\ and ünïcode</p>',
          url: "https://example.org/a",
          published: "2025-01-02",
          origin: "feed:1",
          title: "A",
        },
        { id: "b", text: 'Plain "text"\nwith lines.', origin: "file:b" },
        { id: "c", text: "", html: "" },
        // PostgreSQL text cannot hold NUL: such a page travels inside the JSON payload instead.
        { id: "d", html: "<p>A NUL\u0000 inside</p>" },
      ];
      await queue.enqueue(docs);
      const db = (queue.store as SqlStore).db;
      const payloads = await db.all("SELECT payload FROM orbit_jobs ORDER BY id");
      for (const p of payloads.slice(0, 3)) assert.doesNotMatch(String(p.payload), /"(html|text)"/);
      const jobs = await queue.take("w", 10, 30_000);
      assert.deepEqual(
        jobs.map((j) => j.doc),
        docs,
      );
    } finally {
      await queue.close();
    }
  });

  it("compresses the pages and the articles' text with lz4 where the server has it; pages read back whole", async () => {
    const url = await schemas.create("qlz4");
    const queue = await openQueue(url);
    try {
      const db = (queue.store as SqlStore).db;
      const lz4 = await db
        .tx((c) => c.run("CREATE TEMP TABLE lz4_probe (t text COMPRESSION lz4) ON COMMIT DROP"))
        .then(() => true)
        .catch(() => false);
      const cols = await db.all(
        `SELECT attrelid::regclass::text || '.' || attname AS col, attcompression FROM pg_attribute
         WHERE attrelid IN ('orbit_jobs'::regclass, 'articles'::regclass) AND attname IN ('html', 'text') ORDER BY 1`,
      );
      assert.deepEqual(
        cols.map((c) => `${c.col}:${c.attcompression}`),
        ["articles.text", "orbit_jobs.html", "orbit_jobs.text"].map((c) => `${c}:${lz4 ? "l" : ""}`),
      );
      // Big enough to be compressed out of line; reopening the queue leaves the columns as they are.
      const page: RawDocument = { id: "big", html: `<p>${"Größer als ein Block. ".repeat(20_000)}</p>` };
      await queue.enqueue([page]);
      await (await openQueue(url)).close();
      const [stored] = await db.all("SELECT pg_column_compression(html) AS c FROM orbit_jobs");
      assert.equal(stored?.c, lz4 ? "lz4" : "pglz");
      const [job] = await queue.take("w", 1, 30_000);
      assert.deepEqual(job?.doc, page);
    } finally {
      await queue.close();
    }
  });

  it("still reads jobs queued with the whole document in the payload", async () => {
    const queue = await openQueue(await schemas.create("qold"));
    try {
      const old: RawDocument = { id: "old", html: "<p>Before the html column.</p>", origin: "x" };
      await (queue.store as SqlStore).db.run("INSERT INTO orbit_jobs (doc_id, payload) VALUES (?, ?)", [
        old.id,
        JSON.stringify(old),
      ]);
      const [job] = await queue.take("w", 1, 30_000);
      assert.deepEqual(job?.doc, old);
    } finally {
      await queue.close();
    }
  });

  it("a commit marks its jobs and takes every save's locks in one statement, and the saves do not ask again", async () => {
    const queue = await openQueue(await schemas.create("qlock"));
    try {
      const db = (queue.store as SqlStore).db;
      await queue.enqueue(["a", "b"].map((id) => ({ id, text: `Text of ${id}.` })));
      const jobs = await queue.take("w", 2, 30_000);
      const group = jobs.map((job) => ({
        job,
        result: doc(job.doc.id, job.doc.text!, [ev("RUS", "UKR", "040", "2024-06")]),
      }));
      const statements: string[] = [];
      const tx = db.tx.bind(db);
      db.tx = (fn) => tx((conn) => fn(recording(conn, statements)));
      const saved = await queue.complete("w", group);
      assert.deepEqual(
        saved.map((s) => s?.status),
        ["stored", "stored"],
      );
      // The jobs and locks; the stored versions; the look-alikes by hash, by band; articles; events; dyad counts.
      assert.equal(statements.length, 7);
      assert.match(statements[0]!, /UPDATE orbit_jobs[\s\S]*pg_advisory_xact_lock/);
      assert.equal(statements.filter((s) => /lock/.test(s)).length, 1);
      assert.deepEqual(
        groupLocks(group).filter((k) => k.startsWith("dyad:")),
        ["dyad:RUS>UKR"],
      );
      // A save asking for locks the group holds costs no round trip; one it does not hold is asked for.
      await tx(async (conn) => {
        const asked: string[] = [];
        const locked = holding(recording(conn, asked), ["article:a", "hash:h"]);
        await locked.lock(["hash:h", "article:a"]);
        assert.deepEqual(asked, []);
        await locked.lock(["article:c"]);
        assert.deepEqual(asked, ["lock article:c"]);
      });
    } finally {
      await queue.close();
    }
  });

  it("two workers' groups updating the same dyads in opposite orders do not deadlock", async () => {
    const url = await schemas.create("qdead");
    const [a, b] = [await openQueue(url), await openQueue(url)];
    try {
      const pairs = ["RUS", "TUR", "CHN", "IRN", "KAZ", "AZE", "ARM", "GEO"].map((s) => [s, "UKR"] as const);
      for (let round = 0; round < 6; round++) {
        const docs = (tag: string) =>
          pairs.map(([s, t]) => ({ id: `${tag}${round}${s}`, text: `${tag} ${round}: ${s} met ${t}.` }));
        await a.enqueue([...docs("a"), ...docs("b")]);
        const [ja, jb] = [await a.take("wa", pairs.length, 30_000), await b.take("wb", pairs.length, 30_000)];
        // The group lists its documents in the given order of dyads.
        const group = (jobs: typeof ja, order: typeof pairs) =>
          order.map(([s, t]) => {
            const job = jobs.find((j) => j.doc.id.endsWith(s))!;
            return { job, result: doc(job.doc.id, job.doc.text!, [ev(s, t, "040", "2024-06")]) };
          });
        // Each group's commit would update the shared dyad rows one document after another, in opposite orders.
        const saved = await Promise.all([
          a.complete("wa", group(ja, pairs)),
          b.complete("wb", group(jb, [...pairs].reverse())),
        ]);
        assert.equal(saved.flat().filter((r) => r?.status === "stored").length, pairs.length * 2);
      }
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
