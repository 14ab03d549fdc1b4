import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Worker } from "node:worker_threads";
import { spawnCoderPasses, threadCpuNs } from "./coder-passes.ts";

describe("threadCpuNs", { skip: process.platform !== "linux" && "reads /proc" }, () => {
  it("counts this thread's work and not a busy worker thread's", async () => {
    const w = new Worker(
      `const { parentPort } = require("node:worker_threads");
       parentPort.once("message", () => { let x = 0; for (let i = 0; i < 3e8; i++) x = (x + i) | 0; parentPort.postMessage(x); });`,
      { eval: true },
    );
    const before = threadCpuNs();
    const cpu0 = process.cpuUsage();
    w.postMessage("go");
    await new Promise((resolve) => w.once("message", resolve));
    const mine = threadCpuNs() - before;
    const cpu = process.cpuUsage(cpu0);
    const all = (cpu.user + cpu.system) * 1000;
    await w.terminate();
    // The process as a whole paid for the worker's loop; this thread only waited for it.
    assert.ok(all - mine >= 50e6, `process ${all} ns, this thread ${mine} ns`);
    assert.ok(mine < all / 2, `process ${all} ns, this thread ${mine} ns`);
  });
});

describe("spawnCoderPasses", () => {
  it("times the coder in a single-threaded child, one entry a timed round with each kind asked for", () => {
    const run = spawnCoderPasses({ passes: 2, warmup: 0, collectEach: false, kinds: ["nlp", "coding"] });
    assert.equal(run.singleThreaded, true);
    assert.ok(run.sentences > 700, `${run.sentences} sentences a pass`);
    assert.equal(run.passes.length, 2);
    for (const round of run.passes) {
      assert.deepEqual(Object.keys(round).sort(), ["coding", "nlp"]);
      for (const cost of [round.nlp!, round.coding!]) assert.ok(cost.threadNs > 0 && cost.wallNs > 0);
    }
  });
});
