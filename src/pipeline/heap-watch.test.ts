import assert from "node:assert/strict";
import { test } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { heapWatch } from "./heap-watch.ts";

test("a thread has outgrown a limit below its live heap after a full collection, and not one above it", () => {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const small = heapWatch(1);
  const large = heapWatch(4096);
  const off = heapWatch(0);
  assert.equal(small(), false, "nothing is known before the first full collection");
  gc();
  assert.equal(small(), true);
  assert.equal(large(), false);
  assert.equal(off(), false);
});

test("young-generation garbage made after the last full collection does not count as live heap", () => {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  const live = process.memoryUsage().heapUsed;
  // a limit 3 MB above the live heap, then 8 MB of fresh garbage still in the young generation (or just promoted)
  const watch = heapWatch((live + 3 * 2 ** 20) / 2 ** 20);
  gc();
  let garbage: number[][] = [];
  for (let i = 0; i < 4096; i++) garbage.push(new Array<number>(256).fill(i));
  assert.ok(process.memoryUsage().heapUsed > live + 6 * 2 ** 20, "the garbage is in the heap");
  assert.equal(watch(), false);
  garbage = [];
  assert.equal(garbage.length, 0);
});
