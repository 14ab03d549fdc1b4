// Aggregate benchmark: import of a synthetic UN vote table the size of the real one (~6,000 recorded votes ×
// 193 countries ≈ 1.16M votes, SQLite; PostgreSQL too when ORBIT_TEST_PG is set) and a yearly `align` over all
// countries, in wall and CPU seconds. Synthetic data: random votes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { alignRows, detectAlerts } from "../src/aggregate/index.ts";
import { voteRows } from "../src/aggregate/vote-rows.ts";
import { voteTable } from "../src/aggregate/vote-table.ts";
import { readUngaDir } from "../src/ingest/unga-files.ts";
import { openStore, type UnVote } from "../src/store/index.ts";
import type { BenchRow } from "./bench-row.ts";

const iso = createRequire(import.meta.url)("i18n-iso-countries") as { getAlpha3Codes(): Record<string, string> };
const RESOLUTIONS = Number(process.env.ORBIT_BENCH_RESOLUTIONS ?? 6000);
const COUNTRIES = 193;

/** A deterministic pseudo-random generator, so every run measures the same table. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function writeSynthetic(dir: string): void {
  const rand = rng(7);
  const codes = ["RUS", "DEU", "USA", "CHN", "TUR"];
  for (const c of Object.keys(iso.getAlpha3Codes()).sort())
    if (codes.length < COUNTRIES && !codes.includes(c)) codes.push(c);
  const res = ["rcid,date"];
  const votes = ["rcid,country,vote"];
  for (let r = 0; r < RESOLUTIONS; r++) {
    const year = 1946 + Math.floor((r / RESOLUTIONS) * 80);
    res.push(`${r},${year}-${String(1 + (r % 12)).padStart(2, "0")}-15`);
    for (const c of codes) {
      const u = rand();
      votes.push(`${r},${c},${u < 0.7 ? "Y" : u < 0.8 ? "N" : u < 0.93 ? "A" : "X"}`);
    }
  }
  writeFileSync(join(dir, "resolutions.csv.gz"), gzipSync(`${res.join("\n")}\n`));
  writeFileSync(join(dir, "votes.csv.gz"), gzipSync(`${votes.join("\n")}\n`));
}

/** The naive way: a Map of each country's votes, joined per pair and year (the baseline for the matrix). */
function naiveAgreement(votes: UnVote[], poles: string[]): number {
  const byCountry = new Map<string, Map<string, UnVote>>();
  for (const v of votes) {
    let m = byCountry.get(v.country);
    if (!m) byCountry.set(v.country, (m = new Map()));
    m.set(v.resolution, v);
  }
  let rows = 0;
  for (const [, mine] of byCountry)
    for (const p of poles) {
      const theirs = byCountry.get(p)!;
      const acc = new Map<string, { n: number; s: number }>();
      for (const [res, v] of mine) {
        const w = theirs.get(res);
        if (!w || v.vote === "X" || w.vote === "X") continue;
        const s = v.vote === w.vote ? 1 : v.vote === "A" || w.vote === "A" ? 0.5 : 0;
        const a = acc.get(v.date.slice(0, 4)) ?? { n: 0, s: 0 };
        a.n++;
        a.s += s;
        acc.set(v.date.slice(0, 4), a);
      }
      rows += acc.size;
    }
  return rows;
}

/** Wall and CPU seconds (user + system, all threads) of one step: the machine is shared, so CPU is the steadier figure. */
async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = await fn();
  const wall = (performance.now() - t) / 1000;
  const used = process.cpuUsage(c);
  return { value, wall, cpu: (used.user + used.system) / 1e6 };
}

/**
 * The best one-row-per-vote alternative, for the ratio: one prepared INSERT … ON CONFLICT DO NOTHING per vote in a
 * single transaction, then a full load ordered by date the way the measures need it.
 */
function rowPerVote(file: string, votes: UnVote[]): { importS: number; loadS: number } {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.exec(`CREATE TABLE votes (resolution TEXT NOT NULL, country TEXT NOT NULL, vote_date TEXT NOT NULL,
      vote TEXT NOT NULL, PRIMARY KEY (resolution, country)); CREATE INDEX votes_date ON votes (vote_date)`);
    const insert = db.prepare(
      "INSERT INTO votes (resolution, country, vote_date, vote) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
    );
    let t = performance.now();
    db.transaction(() => {
      for (const v of votes) insert.run(v.resolution, v.country, v.date, v.vote);
    })();
    const importS = (performance.now() - t) / 1000;
    t = performance.now();
    db.prepare("SELECT resolution, country, vote_date, vote FROM votes ORDER BY vote_date, resolution, country")
      .raw()
      .all();
    return { importS, loadS: (performance.now() - t) / 1000 };
  } finally {
    db.close();
  }
}

/** Import into PostgreSQL too when ORBIT_TEST_PG names a server (a throw-away schema). */
async function postgresImport(votes: UnVote[]): Promise<BenchRow[]> {
  const base = process.env.ORBIT_TEST_PG;
  if (!base) return [];
  const { TestSchemas } = await import("../src/store/postgres/pg-test-schema.ts");
  const schemas = new TestSchemas(base);
  try {
    const store = await openStore(await schemas.create("bench_votes"));
    try {
      const imp = await timed(() => store.importVotes(votes));
      const load = await timed(() => store.loadVotes({}));
      return [
        { name: "store.importVotes, all votes (PostgreSQL)", value: imp.wall, unit: "s", lowerIsBetter: true },
        { name: "store.loadVotes, all votes (PostgreSQL)", value: load.wall, unit: "s", lowerIsBetter: true },
      ];
    } finally {
      await store.close();
    }
  } finally {
    await schemas.dropAll();
  }
}

export default async function run(): Promise<BenchRow[]> {
  mkdirSync(tmpdir(), { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), "orbit-bench-unga-"));
  try {
    writeSynthetic(dir);
    const parse = await timed(() => readUngaDir(dir));
    const votes = parse.value.votes;
    const store = await openStore(join(dir, "votes.db"));
    try {
      const imp = await timed(() => store.importVotes(votes));
      const again = await timed(() => store.importVotes(votes));
      if (again.value.inserted !== 0) throw new Error(`re-import changed ${again.value.inserted} votes`);
      const align = await timed(() => alignRows(store, { source: "unga", by: "year" }));
      const load = await timed(() => store.loadVotes({}));
      const matrix = await timed(() =>
        voteRows(voteTable(load.value), { poles: ["RUS", "EU", "USA", "CHN", "TUR"], by: "year" }),
      );
      // Change detection over every country's yearly vote series: CUSUM alone, then CUSUM + BOCPD (the default).
      const cusum = await timed(() => detectAlerts(store, { sources: ["unga"], methods: ["cusum"] }));
      const both = await timed(() => detectAlerts(store, { sources: ["unga"] }));
      const naive = await timed(() => naiveAgreement(votes, ["RUS", "DEU", "USA", "CHN", "TUR"]));
      const rows = rowPerVote(join(dir, "rows.db"), votes);
      return [
        {
          name: `unga read + parse (${votes.length} votes, gz CSV)`,
          value: parse.wall,
          unit: "s",
          lowerIsBetter: true,
        },
        {
          name: "unga full import (parse + store.importVotes, SQLite)",
          value: parse.wall + imp.wall,
          unit: "s",
          lowerIsBetter: true,
          target: "< 10",
        },
        { name: "  same, CPU time", value: parse.cpu + imp.cpu, unit: "s cpu", lowerIsBetter: true },
        {
          name: "store.importVotes, all votes (SQLite rolls)",
          value: imp.wall,
          unit: "s",
          lowerIsBetter: true,
          baseline: "row per vote, prepared INSERT, 1 tx",
          baselineValue: rows.importS,
        },
        { name: "store.importVotes again (all unchanged)", value: again.wall, unit: "s", lowerIsBetter: true },
        {
          name: `align --source unga --by year, all countries (${align.value.length} rows, incl. loadVotes)`,
          value: align.wall,
          unit: "s",
          lowerIsBetter: true,
          target: "< 2",
        },
        { name: "  same, CPU time", value: align.cpu, unit: "s cpu", lowerIsBetter: true },
        {
          name: "store.loadVotes, all votes → matrix (SQLite)",
          value: load.wall,
          unit: "s",
          lowerIsBetter: true,
          baseline: "row per vote, SELECT … ORDER BY",
          baselineValue: rows.loadS,
        },
        {
          name: "vote measures from the matrix (agreement, κ, west_share)",
          value: matrix.wall,
          unit: "s",
          lowerIsBetter: true,
          baseline: "Map join per pair (agreement only)",
          baselineValue: naive.wall,
        },
        {
          name: `alerts --source unga, all countries, CUSUM + BOCPD (${both.value.length} alerts)`,
          value: both.wall,
          unit: "s",
          lowerIsBetter: true,
          baseline: `CUSUM only (${cusum.value.length} alerts)`,
          baselineValue: cusum.wall,
        },
        ...(await postgresImport(votes)),
      ];
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
