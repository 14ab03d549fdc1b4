// Contract part two: every filter, keyset pages, streaming, dyad-month counts, imports and injection attempts.
import assert from "node:assert/strict";
import { it } from "node:test";
import type { CodedEvent } from "../domain/index.ts";
import { AppError } from "../domain/index.ts";
import { doc, ev } from "./contract-fixtures.ts";
import { dateKey, sinceKey, untilKey } from "./dates.ts";
import type { EventFilter, ImportedEvent, Store, StoredEvent } from "./store.ts";

const ACTORS = ["RUS", "UKR", "EU", "CHN", "TUR", "KAZ"];
const CODES = ["036", "042", "057", "111", "130", "172", "190", "193"];
const DATES = ["2023", "2023-11", "2024-02-29", "2024-03", "2024-03-01", "2024-03-17", "2024-12-31", "2025-01"];
const WORDS = ["talks", "strike", "aid", "sanctions", "summit"];

interface Fixture {
  events: (CodedEvent & { articleId?: string; origin: "orbit" | "gdelt" })[];
}

/** A deterministic mixed dataset: 12 documents of Orbit events plus GDELT imports; evidence texts are unique ids. */
async function load(s: Store): Promise<Fixture> {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const out: Fixture["events"] = [];
  for (let d = 0; d < 12; d++) {
    const events: CodedEvent[] = [];
    for (let i = 0; i < 6; i++) {
      const source = ACTORS[rnd(ACTORS.length)]!;
      let target = ACTORS[rnd(ACTORS.length)]!;
      if (target === source) target = "NATO";
      const n = out.length + events.length;
      events.push(
        ev(source, target, CODES[rnd(CODES.length)]!, DATES[rnd(DATES.length)]!, `E${n} ${WORDS[n % 5]} 100%_done`),
      );
    }
    await s.saveAnalyzed(
      doc(`doc${d}`, `Body of document ${d}.`, events, { published: `2024-0${1 + (d % 9)}-1${d % 10}` }),
    );
    out.push(...events.map((e) => ({ ...e, articleId: `doc${d}`, origin: "orbit" as const })));
  }
  const imported: ImportedEvent[] = [];
  for (let i = 0; i < 10; i++) {
    const e = ev(ACTORS[i % 6]!, ACTORS[(i + 1) % 6]!, CODES[i % 8]!, DATES[i % 8]!, `G${i} gdelt row`);
    imported.push({ ...e, key: `gdelt:${i}`, url: `https://news.example/${i}` });
    out.push({ ...e, origin: "gdelt" });
  }
  assert.deepEqual(await s.importEvents(imported), { inserted: 10, unchanged: 0 });
  return { events: out };
}

function matches(e: Fixture["events"][number], f: EventFilter): boolean {
  if (f.actor && e.source !== f.actor && e.target !== f.actor) return false;
  if (f.dyad) {
    const fwd = e.source === f.dyad.source && e.target === f.dyad.target;
    const back = e.source === f.dyad.target && e.target === f.dyad.source;
    if (!fwd && !(f.dyad.symmetric && back)) return false;
  }
  if (f.cameo && !e.cameo.startsWith(f.cameo)) return false;
  if (f.quad && e.quad !== f.quad) return false;
  const key = dateKey(e.when);
  if (f.since && key < sinceKey(f.since)) return false;
  if (f.until && (!key || key > untilKey(f.until))) return false;
  if (f.text && !f.text.split(/\s+/).every((w) => e.evidence.text.toLowerCase().includes(w.toLowerCase())))
    return false;
  if (f.articleId && e.articleId !== f.articleId) return false;
  if (f.origin && e.origin !== f.origin) return false;
  return true;
}

const label = (e: { evidence: { text: string } }) => e.evidence.text.split(" ")[0]!;

async function pages(s: Store, filter: EventFilter, limit: number): Promise<StoredEvent[]> {
  const rows: StoredEvent[] = [];
  let cursor: string | undefined;
  do {
    const p = await s.queryEvents(filter, { limit, cursor });
    assert.ok(p.rows.length <= limit);
    rows.push(...p.rows);
    cursor = p.next;
  } while (cursor);
  return rows;
}

const FILTERS: EventFilter[] = [
  {},
  { actor: "RUS" },
  { dyad: { source: "RUS", target: "UKR" } },
  { dyad: { source: "RUS", target: "UKR", symmetric: true } },
  { cameo: "19" },
  { cameo: "042" },
  { quad: "verbal-conflict" },
  { since: "2024-03" },
  { until: "2024-02" },
  { since: "2024-03-01", until: "2024-03-17" },
  { since: "2024", until: "2024" },
  { text: "STRIKE" },
  { text: "talks 100%_done" },
  { articleId: "doc3" },
  { origin: "gdelt" },
  { actor: "EU", quad: "material-conflict", since: "2024" },
];

export function runQueryContract(open: () => Promise<Store>): void {
  let store: Store | undefined;
  const withData = async (fn: (s: Store, f: Fixture) => Promise<void>) => {
    store = await open();
    try {
      await fn(store, await load(store));
    } finally {
      await store.close();
    }
  };

  it("every filter returns exactly the matching events, newest first, over keyset pages", async () =>
    withData(async (s, fx) => {
      for (const filter of FILTERS) {
        const expected = fx.events
          .filter((e) => matches(e, filter))
          .map(label)
          .sort();
        const got = await pages(s, filter, 7);
        assert.deepEqual(got.map(label).sort(), expected, JSON.stringify(filter));
        assert.equal(new Set(got.map((e) => e.id)).size, got.length, `no row twice: ${JSON.stringify(filter)}`);
        const keys = got.map((e) => dateKey(e.when));
        for (let i = 1; i < keys.length; i++) assert.ok(keys[i - 1]! >= keys[i]!, "newest first");
        assert.equal(await s.countEvents(filter), expected.length, `count: ${JSON.stringify(filter)}`);
      }
    }));

  it("pages stay stable when events arrive between requests", async () =>
    withData(async (s, fx) => {
      const first = await s.queryEvents({}, { limit: 10 });
      await s.saveAnalyzed(
        doc("late", "Late news.", [ev("RUS", "UKR", "190", "2030-01"), ev("RUS", "UKR", "190", "2000-01")]),
      );
      const seen = [...first.rows];
      let cursor = first.next;
      while (cursor) {
        const p = await s.queryEvents({}, { limit: 10, cursor });
        seen.push(...p.rows);
        cursor = p.next;
      }
      assert.equal(new Set(seen.map((e) => e.id)).size, seen.length);
      assert.equal(
        seen.length,
        fx.events.length + 1,
        "the older new event shows up later; the newer one is before page 1",
      );
    }));

  it("streams every matching event", async () =>
    withData(async (s, fx) => {
      const got: string[] = [];
      for await (const e of s.streamEvents({ actor: "UKR" })) got.push(label(e));
      assert.deepEqual(
        got.sort(),
        fx.events
          .filter((e) => matches(e, { actor: "UKR" }))
          .map(label)
          .sort(),
      );
    }));

  it("counts events per dyad, month and quad from the pre-aggregate and from raw events alike", async () =>
    withData(async (s, fx) => {
      const filters: EventFilter[] = [
        {},
        { dyad: { source: "RUS", target: "UKR", symmetric: true }, since: "2024-01", until: "2024-12" },
        { actor: "TUR", origin: "orbit" },
        { cameo: "19" },
        { since: "2024-03-10" },
        { quad: "material-conflict", until: "2024-02-29" },
      ];
      for (const filter of filters) {
        const want = new Map<string, { count: number; sum: number }>();
        for (const e of fx.events.filter((x) => matches(x, filter))) {
          const k = [e.source, e.target, dateKey(e.when).slice(0, 7), e.quad].join(" ");
          const w = want.get(k) ?? { count: 0, sum: 0 };
          w.count++;
          w.sum += e.goldstein;
          want.set(k, w);
        }
        const got = await s.dyadMonthCounts(filter);
        assert.deepEqual(
          got.map((r) => [[r.source, r.target, r.month, r.quad].join(" "), r.count, r.goldsteinSum]),
          [...want.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, w]) => [k, w.count, w.sum]),
          JSON.stringify(filter),
        );
      }
    }));

  it("imports events idempotently by key", async () =>
    withData(async (s, fx) => {
      const again: ImportedEvent[] = fx.events
        .filter((e) => e.origin === "gdelt")
        .map((e, i) => ({ ...e, key: `gdelt:${i}` }));
      assert.deepEqual(await s.importEvents([...again, again[0]!]), { inserted: 0, unchanged: 11 });
      const rows = await pages(s, { origin: "gdelt" }, 100);
      assert.equal(rows.length, 10);
      assert.ok(rows.every((r) => r.url?.startsWith("https://news.example/") && r.articleId === undefined));
    }));

  it("lists articles by text, actor and date with pages", async () =>
    withData(async (s, fx) => {
      const all = [];
      let cursor: string | undefined;
      do {
        const p = await s.listArticles({}, { limit: 5, cursor });
        all.push(...p.rows);
        cursor = p.next;
      } while (cursor);
      assert.equal(all.length, 12);
      assert.deepEqual(
        (await s.listArticles({ text: "document 7" }, { limit: 50 })).rows.map((a) => a.id),
        ["doc7"],
      );
      const withKaz = new Set(
        fx.events.filter((e) => e.origin === "orbit" && matches(e, { actor: "KAZ" })).map((e) => e.articleId),
      );
      assert.deepEqual(new Set((await s.listArticles({ actor: "KAZ" }, { limit: 50 })).rows.map((a) => a.id)), withKaz);
      const march = (await s.listArticles({ since: "2024-03", until: "2024-03" }, { limit: 50 })).rows;
      assert.ok(march.length > 0 && march.every((a) => a.published?.startsWith("2024-03")));
    }));

  it("binds every filter value as data: injection attempts match nothing and change nothing", async () =>
    withData(async (s, fx) => {
      const before = await s.stats();
      const evil = ["x' OR '1'='1", "RUS'; DROP TABLE events; --", '" OR 1=1 --', "%", "_"];
      for (const v of evil) {
        for (const filter of [
          { actor: v },
          { dyad: { source: v, target: v, symmetric: true } },
          { cameo: v },
          { text: v },
          { articleId: v },
        ] as EventFilter[]) {
          // "%" and "_" are literal characters: they match only evidence that contains them (the fixture's "100%_done").
          const want = fx.events.filter((e) => matches(e, filter)).length;
          assert.equal((await pages(s, filter, 50)).length, want, JSON.stringify(filter));
          assert.equal((await s.dyadMonthCounts(filter)).length > 0, want > 0, JSON.stringify(filter));
          if (!filter.text) assert.equal(want, 0);
        }
        assert.equal((await s.listArticles({ text: v, actor: v }, { limit: 5 })).rows.length, 0);
        assert.equal(await s.getArticle(v), undefined);
        assert.deepEqual(await s.relatedArticles(v, 5), []);
        await assert.rejects(s.queryEvents({ quad: v as never }, { limit: 5 }), AppError);
        await assert.rejects(s.queryEvents({ origin: v as never }, { limit: 5 }), AppError);
        await assert.rejects(s.queryEvents({ since: v }, { limit: 5 }), AppError);
        await assert.rejects(s.queryEvents({ until: v }, { limit: 5 }), AppError);
        await assert.rejects(s.queryEvents({}, { limit: 5, cursor: v }), AppError);
      }
      assert.deepEqual(await s.stats(), before);
    }));
}
