import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { test } from "node:test";
import type { RawDocument } from "../domain/index.ts";
import { stdinSource } from "../ingest/index.ts";
import { openStore, type Store } from "../store/index.ts";
import { type BatchOptions, runBatch } from "./batch.ts";
import { createAnalyzerPool } from "./pool.ts";

const STATES = ["Russia", "Azerbaijan", "Armenia", "Georgia", "Kazakhstan", "Moldova"];
const record = (i: number) =>
  JSON.stringify({
    id: `s${i}`,
    html: `<p>${STATES[i % STATES.length]} criticised ${STATES[(i + 1) % STATES.length]} on Monday over the border talks, officials said (report ${i}).</p>`,
    published: "2025-06-04",
  });
// Good records among every kind of bad line: invalid JSON, no text, invalid UTF-8, a blank line, a record without id,
// and a page with nothing to extract (failing in a thread, recorded under its own id).
const input = Buffer.concat([
  Buffer.from(`${record(0)}\n{broken\n${record(1)}\n{"id":"x"}\n`),
  Buffer.from([0xff, 0xfe, 0x7b, 0x7d, 0x0a]),
  Buffer.from(
    ` \n${record(2)}\n{"text":"Georgia praised Armenia on Monday, officials said."}\n${record(3)}\n${record(4)}\n{"id":"e1","html":"<div> </div>"}`,
  ),
]);

async function ingest(packed: boolean, options: BatchOptions, into?: Store) {
  const dir = mkdtempSync(join(tmpdir(), "orbit-packed-"));
  const store = into ?? (await openStore(join(dir, "p.db")));
  try {
    const summary = await runBatch(stdinSource(Readable.from([input]), "stdin", { packed }), store, options);
    const failures = summary.failures.map((f) => [f.documentId, f.origin, f.stage, f.code, f.message].join(" | "));
    const stored: string[] = [];
    for (const id of ["s0", "s1", "s2", "s3", "s4", "stdin:8"]) if (await store.getArticle(id)) stored.push(id);
    return { ...summary, failures: failures.sort(), stored: summary.stored, ids: stored };
  } finally {
    if (!into) await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test("stdin lines handed to the analysis threads undecoded: the same articles, events and per-line failures", async () => {
  const decodedHere = await ingest(false, { workers: 2 });
  assert.equal(decodedHere.documents, 10);
  assert.deepEqual(decodedHere.ids, ["s0", "s1", "s2", "s3", "s4", "stdin:8"]);
  assert.deepEqual(decodedHere.failures, [
    "e1 | stdin:11 | extract | BAD_INPUT | stdin:11: no article body found in the page",
    "stdin:2 | stdin:2 | ingest | BAD_INPUT | stdin:2: invalid JSON: Expected property name or '}' in JSON at position 1",
    'stdin:4 | stdin:4 | ingest | BAD_INPUT | stdin:4: no "text" or "html" field',
    "stdin:5 | stdin:5 | ingest | BAD_INPUT | stdin:5: line is not valid UTF-8 text",
  ]);
  assert.deepEqual(await ingest(true, { workers: 2 }), decodedHere, "through two threads");
  assert.deepEqual(await ingest(true, { workers: 1 }), decodedHere, "analysed on this thread");
});

test("a resumed batch (skipExisting) decodes packed lines to find their ids, and skips what is stored", async () => {
  const dir = mkdtempSync(join(tmpdir(), "orbit-packed-resume-"));
  const store = await openStore(join(dir, "r.db"));
  try {
    const first = await ingest(true, { workers: 2 }, store);
    const again = await ingest(true, { workers: 2, skipExisting: true }, store);
    assert.equal(again.stored, 0);
    assert.equal(again.unchanged, 6);
    assert.deepEqual(again.failures, first.failures);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a thread's death re-posts the packed lines it held, still undecoded, and each decodes to its own id", async () => {
  // The real worker, which brings its thread down on a document whose id starts "crash-exit".
  const pool = await createAnalyzerPool(2, { workerEntry: new URL("./crashing-worker.fixture.ts", import.meta.url) });
  const lines = Array.from({ length: 10 }, (_, i) => record(i)).join("\n");
  const docs: RawDocument[] = [];
  for await (const item of stdinSource(Readable.from([lines]), "stdin", { packed: true }).items())
    if ("doc" in item) docs.push(item.doc);
  docs[3]!.id = "crash-exit";
  try {
    const results = await Promise.allSettled(docs.map((d) => pool.analyze(d)));
    const outcome = results.map((r) => (r.status === "fulfilled" ? r.value.id : "crashed"));
    assert.deepEqual(outcome, ["s0", "s1", "s2", "crashed", "s4", "s5", "s6", "s7", "s8", "s9"]);
  } finally {
    await pool.close();
  }
});
