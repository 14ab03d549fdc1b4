import assert from "node:assert/strict";
import { test } from "node:test";
import { Hono } from "hono";
import { ResponseCache } from "./response-cache.ts";

/** A small app whose handlers count how often they really run, behind the cache. */
function counted(cache: ResponseCache) {
  const calls = { json: 0, fail: 0, csv: 0 };
  let delayMs = 0;
  const app = new Hono();
  app.use("*", cache.middleware());
  app.get("/json", async (c) => {
    calls.json++;
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    return c.json({ n: calls.json, q: c.req.query("q") ?? null });
  });
  app.get("/fail", (c) => {
    calls.fail++;
    return c.json({ error: "no" }, 404);
  });
  app.get("/csv", (c) => {
    calls.csv++;
    return c.body("a,b\n", 200, { "Content-Type": "text/csv" });
  });
  app.post("/json", (c) => c.json({ posted: true }));
  return { app, calls, slow: (ms: number) => (delayMs = ms) };
}

const body = async (res: Response | Promise<Response>) => (await res).json() as Promise<Record<string, unknown>>;

test("the same path and query is answered once per ttl; another query is its own entry", async () => {
  let now = 0;
  const cache = new ResponseCache({ ttlMs: 1000, now: () => now });
  const { app, calls } = counted(cache);
  assert.deepEqual(await body(app.request("/json?q=a")), { n: 1, q: "a" });
  now = 999;
  const again = await app.request("/json?q=a");
  assert.equal(again.headers.get("content-type"), "application/json");
  assert.deepEqual(await again.json(), { n: 1, q: "a" });
  assert.deepEqual(await body(app.request("/json?q=b")), { n: 2, q: "b" });
  now = 1001;
  assert.deepEqual(await body(app.request("/json?q=a")), { n: 3, q: "a" }, "expired after the ttl");
  assert.equal(calls.json, 3);
});

test("invalidate() drops every answer, including one being computed while the write landed", async () => {
  const cache = new ResponseCache({ ttlMs: 60_000 });
  const { app, calls, slow } = counted(cache);
  await app.request("/json");
  cache.invalidate();
  assert.deepEqual(await body(app.request("/json")), { n: 2, q: null });
  cache.invalidate();
  slow(20);
  const during = app.request("/json");
  await new Promise((r) => setTimeout(r, 5));
  cache.invalidate(); // the write commits while the read is still computing
  await during;
  slow(0);
  assert.deepEqual(await body(app.request("/json")), { n: 4, q: null }, "the pre-write answer was not kept");
  assert.equal(calls.json, 4);
});

test("concurrent requests for one answer share one computation", async () => {
  const cache = new ResponseCache({ ttlMs: 60_000 });
  const { app, calls, slow } = counted(cache);
  slow(20);
  const answers = await Promise.all(Array.from({ length: 10 }, () => body(app.request("/json"))));
  assert.equal(calls.json, 1);
  for (const a of answers) assert.deepEqual(a, { n: 1, q: null });
});

test("errors, non-JSON answers, writes and oversize bodies are never kept; entries are bounded", async () => {
  const cache = new ResponseCache({ ttlMs: 60_000, maxEntries: 3, maxBodyBytes: 20 });
  const { app, calls } = counted(cache);
  for (let i = 0; i < 2; i++) {
    assert.equal((await app.request("/fail")).status, 404);
    assert.equal(await (await app.request("/csv")).text(), "a,b\n");
  }
  assert.equal(calls.fail, 2);
  assert.equal(calls.csv, 2);
  assert.deepEqual(await body(app.request("/json", { method: "POST" })), { posted: true });
  await app.request("/json?q=a-query-long-enough-to-pass-twenty-bytes");
  await app.request("/json?q=a-query-long-enough-to-pass-twenty-bytes");
  assert.equal(calls.json, 2, "an answer over maxBodyBytes is recomputed");
  for (const q of ["a", "b", "c", "d"]) await app.request(`/json?q=${q}`);
  assert.ok(cache.size <= 3);
});

test("all kept answers together stay under maxTotalBytes, the oldest dropped first", async () => {
  const cache = new ResponseCache({ ttlMs: 60_000, maxTotalBytes: 60 });
  const { app, calls } = counted(cache);
  for (const q of ["aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "dddddddddd"]) await app.request(`/json?q=${q}`);
  assert.ok(cache.bytes <= 60 && cache.bytes > 0, String(cache.bytes));
  await app.request("/json?q=dddddddddd");
  assert.equal(calls.json, 4, "the newest answer is still kept");
  await app.request("/json?q=aaaaaaaaaa");
  assert.equal(calls.json, 5, "the oldest was dropped");
  cache.invalidate();
  assert.equal(cache.bytes, 0);
});

test("ttl 0 turns the cache off", async () => {
  const { app, calls } = counted(new ResponseCache({ ttlMs: 0 }));
  await app.request("/json");
  await app.request("/json");
  assert.equal(calls.json, 2);
});
