// The API's response cache over a real SQLite store: its own writes show at once, other writers' within the ttl,
// and a private answer is never served to a reader without the token.
// biome-ignore-all lint/suspicious/noExplicitAny: assertions read loosely typed JSON bodies
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { loadConfig } from "../src/config/index.ts";
import { createApp } from "../src/server/index.ts";
import { type Fixture, populatedStore } from "./api-fixture.ts";

const TOKEN = "test-token-0123456789";
let dir: string;
let fx: Fixture;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "orbit-api-cache-"));
  fx = await populatedStore(dir);
});
after(async () => {
  await fx?.store.close();
  rmSync(dir, { recursive: true, force: true });
});

const app = (responseCacheMs: number, privateReads = false) =>
  createApp({
    store: fx.store,
    config: loadConfig({ db: fx.db, token: TOKEN, privateReads }, {}),
    rateLimit: false,
    webDist: false,
    responseCacheMs,
  });
const json = async (res: Response | Promise<Response>) => (await (await res).json()) as any;
const auth = { authorization: `Bearer ${TOKEN}` };

function importOne(key: string) {
  const text = `cache test event ${key}`;
  return fx.store.importEvents([
    {
      key,
      source: "KAZ",
      target: "MNG",
      cameo: "042",
      quad: "verbal-cooperation",
      goldstein: 1.9,
      when: "2025-10-01",
      evidence: { text, start: 0, end: text.length },
      confidence: 0.5,
    },
  ]);
}

test("an ingest through the server shows at once in events, articles and health, however long the ttl", async () => {
  const api = app(60_000);
  const before = await json(api.request("/api/health"));
  assert.deepEqual(await json(api.request("/api/events?article=cache-posted")), { rows: [], next: null, total: 0 });
  const posted = await api.request("/api/ingest", {
    method: "POST",
    headers: { "content-type": "application/json", ...auth },
    body: JSON.stringify({
      documents: [
        { id: "cache-posted", text: "Georgia signed a trade agreement with China on Friday, officials said." },
      ],
    }),
  });
  assert.equal(posted.status, 200);
  assert.equal((await json(posted)).stored, 1);
  const events = await json(api.request("/api/events?article=cache-posted"));
  assert.ok(
    events.rows.some((e: any) => e.source === "GEO" && e.target === "CHN"),
    JSON.stringify(events),
  );
  assert.equal(events.total, events.rows.length, "the total is counted afresh too");
  assert.equal((await json(api.request("/api/health"))).articles, before.articles + 1);
});

test("a write by another process is served from cache until the ttl, then shows", async () => {
  const api = app(300);
  const query = "/api/events?dyad=KAZ:MNG";
  const first = await json(api.request(query));
  await importOne("cache-outside-1");
  const cached = await json(api.request(query));
  assert.equal(cached.rows.length, first.rows.length, "answered from cache, without the store");
  await new Promise((r) => setTimeout(r, 350));
  assert.equal((await json(api.request(query))).rows.length, first.rows.length + 1);
  // With the cache off, the store is read every time.
  const uncached = app(0);
  const now = (await json(uncached.request(query))).rows.length;
  await importOne("cache-outside-2");
  assert.equal((await json(uncached.request(query))).rows.length, now + 1);
});

test("private reads: a cached answer is never served to a request without the token", async () => {
  const api = app(60_000, true);
  assert.equal((await api.request("/api/events?limit=3", { headers: auth })).status, 200);
  const anonymous = await api.request("/api/events?limit=3");
  assert.equal(anonymous.status, 401);
  assert.equal((await api.request("/api/events?limit=3", { headers: auth })).status, 200);
});

test("an article's related list is computed once per ttl, even across writes", async () => {
  let calls = 0;
  const counted = new Proxy(fx.store, {
    get(target, key) {
      if (key === "relatedArticles")
        return (id: string, limit: number) => {
          calls++;
          return target.relatedArticles(id, limit);
        };
      const value = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const api = createApp({
    store: counted,
    config: loadConfig({ db: fx.db, token: TOKEN }, {}),
    rateLimit: false,
    webDist: false,
    responseCacheMs: 0,
  });
  const first = await json(api.request("/api/articles/report-arm"));
  assert.ok(first.related.length > 0, "the fixture's reports share actors");
  await importOne("cache-related-1");
  const second = await json(api.request("/api/articles/report-arm"));
  assert.deepEqual(second.related, first.related);
  assert.equal(calls, 1);
});
