// Store benchmark: query latency over 10M synthetic events (SQLite; PostgreSQL when ORBIT_TEST_PG is set).
// The generated database is cached (.orbit/bench/ for SQLite, schema orbit_bench for PostgreSQL) between runs.
// ORBIT_BENCH_EVENTS overrides the size (default 10,000,000).
import { mkdirSync } from "node:fs";
import type { SqlStore } from "../src/store/sql-store.ts";
import type { EventFilter } from "../src/store/store.ts";
import type { BenchRow } from "./bench-row.ts";

const N = Number(process.env.ORBIT_BENCH_EVENTS ?? 10_000_000);
const ACTORS =
  "RUSUKRCHNTURKAZAZEARMGEOUSAFRADEUPOLBLRIRNISRSYRINDPAKJPNKORPRKTWNGBRITAESPHUNSRBUZBKGZTJKTKMMNGAFGIRQSAUEGYLBYDZA".match(
    /.../g,
  )!;
const QUADS =
  "CASE WHEN r1 < 5 THEN 'verbal-cooperation' WHEN r1 < 9 THEN 'material-cooperation' WHEN r1 < 14 THEN 'verbal-conflict' ELSE 'material-conflict' END";
// Each column of a synthetic row from uniform random integers; actors are skewed (index = 48·u²) like real news.
const PICK_ACTOR = (u: string) => `substr('${ACTORS.join("")}', 1 + 3 * CAST(48 * ${u} * ${u} AS INTEGER), 3)`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function timeIt(runs: number, fn: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn(0);
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await fn(i + 1);
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return { p50: percentile(t, 0.5), p95: percentile(t, 0.95) };
}

/** Bulk-loads N events straight into the store's schema: indexes dropped, rows made in SQL, indexes rebuilt. */
async function generate(store: SqlStore, log: (s: string) => void): Promise<void> {
  const db = store.db;
  const sqlite = db.dialect.name === "sqlite";
  const rnd = sqlite ? "(abs(random()) % 1000000) / 1000000.0" : "random()";
  const indexes = sqlite
    ? await db.all("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL")
    : await db.all(
        "SELECT indexdef AS sql FROM pg_indexes WHERE tablename = 'events' AND schemaname = current_schema() AND indexname LIKE 'events_%' AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'",
      );
  const names = sqlite
    ? await db.all("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL")
    : await db.all(
        "SELECT indexname AS name FROM pg_indexes WHERE tablename = 'events' AND schemaname = current_schema() AND indexname LIKE 'events_%' AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'",
      );
  for (const n of names) await db.run(`DROP INDEX ${n.name}`);
  if (sqlite) await db.run("PRAGMA synchronous = OFF");
  const chunk = 1_000_000;
  // Rows whose two actors draw the same state are no event (~4%): they are left out as they are made, and chunks are
  // added until the table holds N events, so the bench measures the size it names.
  const count = async () => Number((await db.all("SELECT COUNT(*) AS n FROM events"))[0]?.n);
  for (let done = 0, have = 0; have < N; have = await count()) {
    const n = Math.min(chunk, N - have);
    const series = sqlite
      ? `WITH RECURSIVE c(i) AS (SELECT ${done} UNION ALL SELECT i + 1 FROM c WHERE i < ${done + n - 1})`
      : `WITH c AS (SELECT i FROM generate_series(${done}, ${done + n - 1}) AS i)`;
    const day = sqlite ? "date('2015-01-01', '+' || d || ' days')" : "to_char(date '2015-01-01' + d, 'YYYY-MM-DD')";
    await db.run(
      `${series}, r AS (SELECT i, ${rnd} AS u1, ${rnd} AS u2, CAST(${rnd} * 20 AS INTEGER) AS r1,
          CAST(${rnd} * 3653 AS INTEGER) AS d FROM c)
       INSERT INTO events (article_id, origin, source, target, cameo, quad, goldstein, event_when, when_key, evidence,
         ev_start, ev_end, confidence, dup)
       SELECT * FROM (SELECT 'bench-' || (i / 8) AS article_id, 'orbit' AS origin, ${PICK_ACTOR("u1")} AS source,
         ${PICK_ACTOR("u2")} AS target, CASE WHEN r1 < 9 THEN '0' ELSE '' END || (r1 + 1) || '0' AS cameo,
         ${QUADS} AS quad, (10 - r1) / 2.0 AS goldstein, ${day} AS event_when, ${day} AS when_key,
         'Synthetic event ' || i || ' about talks and sanctions' AS evidence, 0 AS ev_start, 40 AS ev_end,
         0.8 AS confidence, 0 AS dup FROM r) AS s WHERE s.source <> s.target`,
    );
    done += n;
    log(`store bench: ${have + n} / ${N} events (at most)`);
  }
  for (const ix of indexes) await db.run(ix.sql as string);
  await db.run("DELETE FROM dyad_month");
  await db.run(
    `INSERT INTO dyad_month (source, target, month, quad, origin, n, gsum)
     SELECT source, target, substr(when_key, 1, 7), quad, origin, COUNT(*), SUM(goldstein) FROM events
     GROUP BY source, target, substr(when_key, 1, 7), quad, origin`,
  );
  await db.run(sqlite ? "ANALYZE" : "ANALYZE events");
  if (sqlite) await db.run("PRAGMA synchronous = NORMAL");
}

async function ensure(store: SqlStore, log: (s: string) => void): Promise<number> {
  const count = async () => Number((await store.db.all("SELECT COUNT(*) AS n FROM events"))[0]?.n);
  let n = await count();
  if (n < N) {
    const t = Date.now();
    await store.db.run("DELETE FROM events");
    await generate(store, log);
    n = await count();
    log(`store bench: generated ${n} events in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }
  // What autovacuum keeps true on a live database (it vacuums after enough inserts): the visibility map marks
  // dyad_month's pages all-visible, so PostgreSQL's index-only scans need no heap visits; and fresh statistics for
  // indexes a migration added to a cached database. Cheap when nothing changed since the last run.
  await store.db.run(store.db.dialect.name === "postgres" ? "VACUUM (ANALYZE) dyad_month" : "ANALYZE dyad_month");
  return n;
}

/** The series query as it was before the covering indexes: one OR over both directions (the plan's baseline). */
const OR_SERIES = `SELECT source, target, month, quad, SUM(n) AS n, SUM(gsum) AS gsum FROM dyad_month
  WHERE ((source = ? AND target = ?) OR (source = ? AND target = ?)) AND month >= ? AND month <= ?
  GROUP BY source, target, month, quad HAVING SUM(n) > 0 ORDER BY source, target, month, quad`;

/**
 * Load-independent evidence for the PostgreSQL series: the server's own execution time and the buffers (8 kB pages)
 * one query touches, from EXPLAIN (ANALYZE, BUFFERS), median over the benchmark's dyads, against the OR form.
 */
async function seriesPlans(store: SqlStore, dyads: { source: string; target: string }[]): Promise<BenchRow[]> {
  const { dyadMonthSql } = await import("../src/store/event-query.ts");
  const explain = async (sql: string, params: (string | number)[]) => {
    const row = (await store.db.all(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params))[0]!;
    const raw = row["QUERY PLAN"];
    const plan = (typeof raw === "string" ? JSON.parse(raw) : raw)[0];
    return {
      ms: plan["Execution Time"] as number,
      pages: plan.Plan["Shared Hit Blocks"] + plan.Plan["Shared Read Blocks"],
    };
  };
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const now = { ms: [] as number[], pages: [] as number[] };
  const before = { ms: [] as number[], pages: [] as number[] };
  for (const d of dyads) {
    const q = dyadMonthSql({ dyad: { ...d, symmetric: true }, since: "2015-01", until: "2024-12" })!;
    const a = await explain(q.sql, q.params as (string | number)[]);
    const b = await explain(OR_SERIES, [d.source, d.target, d.target, d.source, "2015-01", "2024-12"]);
    now.ms.push(a.ms);
    now.pages.push(a.pages);
    before.ms.push(b.ms);
    before.pages.push(b.pages);
  }
  return [
    {
      name: "PostgreSQL 10-year dyad series: server execution time (EXPLAIN ANALYZE, median of 40 dyads)",
      value: median(now.ms),
      unit: "ms",
      baseline: "one OR over both directions",
      baselineValue: median(before.ms),
      lowerIsBetter: true,
    },
    {
      name: "PostgreSQL 10-year dyad series: pages read per query (EXPLAIN BUFFERS, median; index-only scans)",
      value: median(now.pages),
      unit: "pages",
      baseline: "one OR over both directions (bitmap heap scan)",
      baselineValue: median(before.pages),
      lowerIsBetter: true,
    },
  ];
}

async function measure(store: SqlStore, label: string): Promise<BenchRow[]> {
  const dyads = Array.from({ length: 40 }, (_, i) => ({
    source: ACTORS[i % 12]!,
    target: ACTORS[(i * 7 + 3) % 24]! === ACTORS[i % 12] ? "CHN" : ACTORS[(i * 7 + 3) % 24]!,
  }));
  const series = (i: number): EventFilter => ({
    dyad: { ...dyads[i % dyads.length]!, symmetric: true },
    since: "2015-01",
    until: "2024-12",
  });
  const cpu = process.cpuUsage();
  const fast = await timeIt(60, (i) => store.dyadMonthCounts(series(i)));
  const used = process.cpuUsage(cpu);
  const naive = await timeIt(6, (i) => store.dyadMonthFromEvents(series(i)));
  const rows: BenchRow[] = [
    {
      name: `${label} 10-year dyad series p50`,
      value: fast.p50,
      unit: "ms",
      baseline: "GROUP BY over raw events p50",
      baselineValue: naive.p50,
      lowerIsBetter: true,
    },
    {
      name: `${label} 10-year dyad series p95`,
      value: fast.p95,
      unit: "ms",
      baseline: "GROUP BY over raw events p95",
      baselineValue: naive.p95,
      lowerIsBetter: true,
      target: "< 50",
    },
    {
      name: `${label} 10-year dyad series: this process's CPU per query (driver, rows → objects)`,
      value: (used.user + used.system) / 1000 / 61,
      unit: "CPU ms",
      lowerIsBetter: true,
    },
  ];
  if (store.db.dialect.name === "postgres") rows.push(...(await seriesPlans(store, dyads)));
  const filters = dyads.map((d, i): EventFilter => {
    const kinds: EventFilter[] = [
      { actor: d.source, quad: "material-conflict" },
      { dyad: d, since: "2020-01" },
      { actor: d.target, cameo: "04", until: "2022-06" },
      { dyad: { ...d, symmetric: true }, text: "sanctions" },
    ];
    return kinds[i % 4]!;
  });
  const first = await timeIt(80, (i) => store.queryEvents(filters[i % filters.length]!, { limit: 50 }));
  rows.push(
    { name: `${label} filtered event page p50`, value: first.p50, unit: "ms", lowerIsBetter: true },
    { name: `${label} filtered event page p95`, value: first.p95, unit: "ms", lowerIsBetter: true, target: "< 50" },
  );
  // Page 40 of a dyad's events: the keyset cursor against the naive OFFSET that re-reads every earlier row.
  const deep = async (d: EventFilter) => {
    let cursor: string | undefined;
    for (let p = 0; p < 39; p++) cursor = (await store.queryEvents(d, { limit: 50, cursor })).next;
    return cursor;
  };
  const cursors = await Promise.all(dyads.slice(0, 10).map((d) => deep({ dyad: d })));
  const keyset = await timeIt(40, (i) =>
    store.queryEvents({ dyad: dyads[i % 10]! }, { limit: 50, cursor: cursors[i % 10] }),
  );
  const offset = await timeIt(10, (i) => {
    const d = dyads[i % 10]!;
    return store.db.all(
      "SELECT * FROM events WHERE dup = 0 AND source = ? AND target = ? ORDER BY when_key DESC, seq DESC LIMIT 50 OFFSET 1950",
      [d.source, d.target],
    );
  });
  rows.push({
    name: `${label} page 40 by keyset cursor p95`,
    value: keyset.p95,
    unit: "ms",
    baseline: "LIMIT/OFFSET p95",
    baselineValue: offset.p95,
    lowerIsBetter: true,
  });
  return rows;
}

export default async function run(): Promise<BenchRow[]> {
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const { openStore } = await import("../src/store/index.ts");
  mkdirSync(".orbit/bench", { recursive: true });
  const rows: BenchRow[] = [];
  const sqlite = (await openStore(`.orbit/bench/store-${N}.db`)) as SqlStore;
  try {
    const n = await ensure(sqlite, log);
    rows.push({ name: "SQLite events in the benchmark database", value: n, unit: "events" });
    rows.push(...(await measure(sqlite, "SQLite")));
  } finally {
    await sqlite.close();
  }
  const pgBase = process.env.ORBIT_TEST_PG;
  if (pgBase) {
    const u = new URL(pgBase);
    u.searchParams.set("options", `-c search_path=orbit_bench_${N}`);
    const pg = await import("pg");
    const admin = new pg.default.Client({ connectionString: pgBase });
    await admin.connect();
    await admin.query(`CREATE SCHEMA IF NOT EXISTS orbit_bench_${N}`);
    await admin.end();
    const store = (await openStore(u.toString())) as SqlStore;
    try {
      const n = await ensure(store, log);
      rows.push({ name: "PostgreSQL events in the benchmark database", value: n, unit: "events" });
      rows.push(...(await measure(store, "PostgreSQL")));
    } finally {
      await store.close();
    }
  } else log("store bench: ORBIT_TEST_PG not set, PostgreSQL skipped");
  return rows;
}
