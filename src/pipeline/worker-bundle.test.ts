import assert from "node:assert/strict";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { Worker } from "node:worker_threads";
import type { RawDocument } from "../domain/index.ts";
import type { WorkerReply } from "./pool.ts";
import { workerBundle } from "./worker-bundle.ts";
import { answer } from "./worker-reply.ts";

test("the worker bundle is plain JavaScript that analyses a document exactly as the TypeScript modules do", async () => {
  const bundle = await workerBundle(new URL("./analyze-worker.ts", import.meta.url));
  assert.ok(bundle, "esbuild built the bundle");
  assert.match(bundle.pathname, /\.mjs$/);
  // Started without tsx: a worker thread on Node 20 cannot load .ts files on its own, so this proves the bundle
  // carries the stage code, and finding the gazetteer proves data paths still resolve against the source tree.
  const worker = new Worker(bundle);
  try {
    const doc: RawDocument = {
      id: "d1",
      text: "Russian President Vladimir Putin met Azerbaijan's President Ilham Aliyev in Baku on Monday. The Kremlin said Moscow would supply gas to Baku.",
      published: "2025-06-04",
    };
    worker.postMessage({ id: 7, doc });
    const [reply] = (await once(worker, "message")) as [WorkerReply];
    assert.deepEqual(reply, answer({ id: 7, doc }));
    assert.ok(reply.ok && reply.result.events.length > 0, "the stages found events");
  } finally {
    await worker.terminate();
  }
});

test("regex literals with Unicode property escapes stay literals in the bundle, not a RegExp built per call", async () => {
  const bundle = await workerBundle(new URL("./analyze-worker.ts", import.meta.url));
  const code = readFileSync(bundle!, "utf8");
  assert.match(code, /\/[^/\n]*\\p\{L\}[^/\n]*\/[a-z]*u/, "a \\p{L} literal is kept");
  assert.doesNotMatch(code, /new RegExp\("[^"\n]*\\\\p\{/, "no \\p{…} pattern is lowered to new RegExp");
});
