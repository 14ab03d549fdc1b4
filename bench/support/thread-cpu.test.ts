import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Worker } from "node:worker_threads";
import { cpuSplit, threadCpu } from "./thread-cpu.ts";

describe("threadCpu", { skip: process.platform !== "linux" && "reads /proc" }, () => {
  it("charges a busy worker thread to the new threads, not to the main thread", async () => {
    const old = threadCpu();
    assert.ok(old.some((t) => t.tid === process.pid));
    // A fixed amount of work (not of wall time: the machine may be busy); the worker stays alive until terminated,
    // so its CPU is read while it exists, as the bench does.
    const w = new Worker(
      `const { parentPort } = require("node:worker_threads");
       let x = 0; for (let i = 0; i < 3e8; i++) x = (x + i) | 0;
       parentPort.postMessage(x); setInterval(() => {}, 1000);`,
      { eval: true },
    );
    await new Promise((resolve) => w.once("message", resolve));
    const split = cpuSplit(old, old, threadCpu());
    await w.terminate();
    assert.ok(split.newMs >= 100, `worker CPU ${split.newMs} ms`);
    assert.ok(split.mainMs < split.newMs, `main ${split.mainMs} ms, worker ${split.newMs} ms`);
  });
});
