// Aggregate benchmark: import of a synthetic UN vote table the size of the real one (~6,000 recorded votes ×
// 193 countries ≈ 1.16M votes, SQLite) and a yearly `align` over all countries. Synthetic data: random votes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { alignRows } from "../src/aggregate/index.ts";
import { voteRows } from "../src/aggregate/vote-rows.ts";
import { buildVoteTable } from "../src/aggregate/vote-table.ts";
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

export default async function run(): Promise<BenchRow[]> {
  mkdirSync(tmpdir(), { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), "orbit-bench-unga-"));
  try {
    writeSynthetic(dir);
    let t = performance.now();
    const parsed = readUngaDir(dir);
    const parseS = (performance.now() - t) / 1000;
    const store = await openStore(join(dir, "votes.db"));
    try {
      t = performance.now();
      await store.importVotes(parsed.votes);
      const importS = parseS + (performance.now() - t) / 1000;
      t = performance.now();
      const rows = await alignRows(store, { source: "unga", by: "year" });
      const alignS = (performance.now() - t) / 1000;
      t = performance.now();
      const votes = await store.loadVotes({});
      const loadS = (performance.now() - t) / 1000;
      t = performance.now();
      const table = buildVoteTable(votes);
      voteRows(table, { poles: ["RUS", "EU", "USA", "CHN", "TUR"], by: "year" });
      const matrixS = (performance.now() - t) / 1000;
      t = performance.now();
      naiveAgreement(votes, ["RUS", "DEU", "USA", "CHN", "TUR"]);
      const naiveS = (performance.now() - t) / 1000;
      return [
        {
          name: `unga read + parse (${parsed.votes.length} votes, gz CSV)`,
          value: parseS,
          unit: "s",
          lowerIsBetter: true,
        },
        {
          name: "unga full import (parse + store.importVotes, SQLite)",
          value: importS,
          unit: "s",
          lowerIsBetter: true,
          target: "< 10",
        },
        {
          name: `align --source unga --by year, all countries (${rows.length} rows, incl. loadVotes)`,
          value: alignS,
          unit: "s",
          lowerIsBetter: true,
          target: "< 2",
        },
        { name: "store.loadVotes, all votes (SQLite)", value: loadS, unit: "s", lowerIsBetter: true },
        {
          name: "vote measures from loaded votes (matrix: agreement, κ, west_share)",
          value: matrixS,
          unit: "s",
          lowerIsBetter: true,
          baseline: "Map join per pair (agreement only)",
          baselineValue: naiveS,
        },
      ];
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
