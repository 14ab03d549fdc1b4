// Fuzz: random and hostile query strings against the read endpoints, through the real Hono app over a real SQLite
// store: every answer is a 2xx or 4xx with a JSON body (or the CSV/JSONL asked for), never a 5xx, and nothing changes.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import fc from "fast-check";
import { type Fixture, populatedStore } from "../../test/api-fixture.ts";
import { fuzzAsync } from "../../test/fuzz/fuzz-harness.ts";
import { loadConfig } from "../config/index.ts";
import { createApp } from "./index.ts";

const NAMES = [
  "actor",
  "dyad",
  "symmetric",
  "cameo",
  "quad",
  "since",
  "until",
  "text",
  "article",
  "origin",
  "format",
  "limit",
  "cursor",
  "source",
  "country",
  "pole",
  "by",
  "from",
  "to",
  "latest",
  "__proto__",
  "constructor",
  "a[b]",
  "limit[]",
  "",
];
const GOOD = [
  "RUS",
  "arm",
  "ARM:AZE",
  "RUS,KAZ",
  "EU,RUS",
  "042",
  "19",
  "190",
  "1",
  "4",
  "verbal-conflict",
  "2024",
  "2024-06",
  "2025-06-30",
  "true",
  "false",
  "",
  "json",
  "csv",
  "jsonl",
  "unga",
  "events",
  "both",
  "year",
  "month",
  "day",
  "orbit",
  "gdelt",
  "50",
  "500",
  "peace",
  "seed",
  "hostile",
];
const HOSTILE = [
  "' OR 1=1 --",
  "RUS'; DROP TABLE events;--",
  "%",
  "%%",
  "_",
  "\\",
  "\u0000",
  "\ud800",
  "💥",
  "NaN",
  "-1",
  "0",
  "1e309",
  "9007199254740993",
  "2024-99-99",
  "0000",
  "ARM:AZE:GEO",
  "A".repeat(300),
  "<script>",
  "../..",
  "null",
  "[]",
  "{}",
  "ABCDEFGHI",
  "eyJmYWtlIjoxfQ",
  "LTE",
  "AAAA====",
  "x".repeat(201),
];

const value = fc.oneof(
  fc.constantFrom(...GOOD),
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 40 }),
  fc.string({ maxLength: 20, unit: "binary" }),
);
const pair = fc.tuple(
  fc.oneof({ arbitrary: fc.constantFrom(...NAMES), weight: 5 }, fc.string({ maxLength: 10 })),
  value,
);
/** Properly encoded pairs, or raw text with stray and invalid percent escapes ("%zz", a lone "%"), as a client might send. */
const query = fc.oneof(
  fc.array(pair, { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs).toString()),
  fc
    .array(
      fc.oneof(
        pair.map(([k, v]) => `${k}=${v}`),
        fc.constantFrom("%zz", "%", "%E0%A4%A", "&&", "=", "+", "%00", ";"),
      ),
      {
        maxLength: 8,
      },
    )
    .map((parts) => encodeURI(parts.join("&").replace(/\p{Cs}/gu, "\ufffd")).replace(/%25(zz|E0|00)?/g, "%$1")),
);
const PATHS = ["/api/events", "/api/align", "/api/articles", "/api/actors", "/api/series", "/api/alerts"];
const path = fc.oneof(
  { arbitrary: fc.constantFrom(...PATHS), weight: 6 },
  fc.string({ maxLength: 30 }).map((s) => `/api/articles/${encodeURIComponent(s) || "x"}`),
  fc.constantFrom("/api/brief/ARM", "/api/brief/%zz", "/api/articles/%E0%A4%A", "/api/articles/seed"),
);

describe("API query fuzz", () => {
  let dir: string;
  let fx: Fixture;
  let app: ReturnType<typeof createApp>;
  const internal: Error[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "orbit-api-fuzz-"));
    fx = await populatedStore(dir);
    app = createApp({
      store: fx.store,
      config: loadConfig({ db: fx.db, token: "fuzz-token-0123456789" }, {}),
      rateLimit: false,
      webDist: false,
      onError: (err) => internal.push(err),
    });
  });
  after(async () => {
    await fx?.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("random query strings on every read endpoint: 2xx/4xx JSON, never a 5xx; the store is unchanged", async (t) => {
    const before = await fx.store.stats();
    const statuses = new Map<number, number>();
    await fuzzAsync(
      t,
      "api.query",
      fc.tuple(path, query),
      async ([p, q]) => {
        const url = q ? `${p}?${q}` : p;
        const res = await app.request(url);
        const body = await res.text();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        assert.ok(
          res.status < 500,
          `${url} → ${res.status}: ${body.slice(0, 300)}; ${internal.map((e) => e.stack).join("\n")}`,
        );
        const type = res.headers.get("content-type") ?? "";
        if (/text\/csv|ndjson|markdown/.test(type)) return;
        assert.match(type, /application\/json/, `${url} → ${type}`);
        const json = JSON.parse(body) as { error?: { code: string; message: string } };
        if (res.status >= 400) assert.ok(json.error?.code && json.error.message, `${url}: ${body.slice(0, 200)}`);
      },
      { budgetMs: 10_000 },
    );
    t.diagnostic(`statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
    // Valid queries must be reached too, or the fuzzer only ever tests the 400 path.
    assert.ok((statuses.get(200) ?? 0) > 0, "no query was accepted");
    assert.deepEqual(internal, []);
    assert.deepEqual(await fx.store.stats(), before);
  });

  test("cursors: real ones cut and spliced, and forged ones, are accepted or refused with a 400", async (t) => {
    const first = (await (await app.request("/api/events?limit=5")).json()) as { next: string };
    assert.ok(first.next);
    const cursor = fc.oneof(
      fc.tuple(fc.nat(), fc.string({ maxLength: 8 })).map(([i, s]) => {
        const at = i % (first.next.length + 1);
        return first.next.slice(0, at) + s + first.next.slice(at + 1);
      }),
      fc.json().map((j) => Buffer.from(j).toString("base64url")),
      fc.string({ maxLength: 60 }),
    );
    await fuzzAsync(t, "api.cursor", cursor, async (c) => {
      const res = await app.request(`/api/events?limit=7&cursor=${encodeURIComponent(c)}`);
      assert.ok(
        res.status === 200 || res.status === 400,
        `cursor ${JSON.stringify(c)} → ${res.status}: ${await res.text()}`,
      );
    });
  });
});
