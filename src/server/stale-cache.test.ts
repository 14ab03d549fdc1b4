import assert from "node:assert/strict";
import { test } from "node:test";
import { StaleCache } from "./stale-cache.ts";

test("values are served stale while one refresh runs behind; failures are not cached", async () => {
  let now = 0;
  let calls = 0;
  const cache = new StaleCache(1000, 8, () => now);
  const compute = async () => ++calls;
  assert.equal(await cache.get("k", compute), 1);
  assert.equal(await cache.get("k", compute), 1);
  now = 2000;
  assert.equal(await cache.get("k", compute), 1, "stale value served at once");
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(await cache.get("k", compute), 2, "refreshed behind the scenes");
  await assert.rejects(cache.get("bad", async () => Promise.reject(new Error("boom"))));
  assert.equal(await cache.get("bad", async () => 7), 7);
  cache.clear();
  assert.equal(await cache.get("k", compute), 3);
});

test("clear(drop) forgets only the keys it selects", async () => {
  const cache = new StaleCache(60_000);
  let calls = 0;
  const compute = async () => ++calls;
  await cache.get("align|unga|RUS", compute);
  await cache.get("alerts:both:year", compute);
  cache.clear((key) => !key.startsWith("align|unga|"));
  assert.equal(await cache.get("align|unga|RUS", compute), 1, "kept");
  assert.equal(await cache.get("alerts:both:year", compute), 3, "recomputed");
});
