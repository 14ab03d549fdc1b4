import assert from "node:assert/strict";
import { test } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { heapWatch } from "./heap-watch.ts";

const turn = () => new Promise((resolve) => setImmediate(resolve));

test("a thread has outgrown a limit below its live heap after a full collection, and not one above it", async () => {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const small = heapWatch(1);
  const large = heapWatch(4096);
  const off = heapWatch(0);
  assert.equal(small(), false, "nothing is known before the first full collection");
  gc();
  // The collection's entry reaches the observer a loop turn or two later.
  for (let i = 0; i < 5 && !small(); i++) await turn();
  assert.equal(small(), true);
  assert.equal(large(), false);
  assert.equal(off(), false);
});
