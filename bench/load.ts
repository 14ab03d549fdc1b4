// Load test (`npm run load`, never part of npm test or npm run bench): `orbit serve` on 127.0.0.1 over a populated
// SQLite store, autocannon holding 500 requests/s for 60 s against a mix of read endpoints while a concurrent ingest
// (POST /api/ingest with the token) keeps writing. Prints p50/p99 latency, throughput and error counts.
// Knobs: ORBIT_LOAD_SECONDS (default 60), ORBIT_LOAD_RATE (default 500), ORBIT_LOAD_DOCS (default 400).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { RawDocument, Source } from "../src/domain/index.ts";
import { runBatch } from "../src/pipeline/index.ts";
import { type ImportedEvent, openStore, type UnVote } from "../src/store/index.ts";
import type { BenchRow } from "./bench-row.ts";

type Histogram = { p50: number; p99: number; max: number; average: number };
type CannonResult = {
  latency: Histogram;
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats?: Record<string, { count: number }>;
};
const autocannon = createRequire(import.meta.url)("autocannon") as (
  opts: Record<string, unknown>,
) => Promise<CannonResult>;

const SECONDS = Number(process.env.ORBIT_LOAD_SECONDS ?? 60);
const RATE = Number(process.env.ORBIT_LOAD_RATE ?? 500);
const DOCS = Number(process.env.ORBIT_LOAD_DOCS ?? 400);
/** ORBIT_LOAD_INGEST=0 measures reads alone, to tell the ingest's share of the latency from the reads' own. */
const WITH_INGEST = process.env.ORBIT_LOAD_INGEST !== "0";
const TOKEN = "load-test-token-0123456789abcdef";
const BIN = fileURLToPath(new URL("../bin/orbit.js", import.meta.url));
const STATES = [
  "Russia",
  "Armenia",
  "Azerbaijan",
  "Kazakhstan",
  "Georgia",
  "Turkey",
  "China",
  "Ukraine",
  "France",
  "Iran",
];
const ACTIONS = ["condemned", "signed an agreement with", "accused", "praised", "sent aid to", "criticised", "met"];
const CODES = ["RUS", "ARM", "AZE", "KAZ", "GEO", "TUR", "CHN", "UKR", "FRA", "IRN", "DEU", "USA"];

function doc(i: number, prefix: string): RawDocument {
  const s = (k: number) =>
    `${STATES[(i + k) % STATES.length]} ${ACTIONS[(i * 3 + k) % ACTIONS.length]} ${STATES[(i * 7 + k + 1) % STATES.length]} on Monday, officials said.`;
  return {
    id: `${prefix}-${i}`,
    text: `Dispatch ${i}. ${s(0)} ${s(1)} ${s(2)}`,
    published: `2025-0${1 + (i % 9)}-1${i % 10}`,
  };
}

async function populate(db: string): Promise<void> {
  const store = await openStore(db);
  try {
    const docs = Array.from({ length: DOCS }, (_, i) => doc(i, "seed"));
    const source: Source = {
      name: "load",
      async *items() {
        for (const d of docs) yield { doc: d };
      },
    };
    await runBatch(source, store, { workers: 2 });
    const events: ImportedEvent[] = Array.from({ length: 20_000 }, (_, i) => {
      const text = `synthetic event ${i}`;
      return {
        key: `load-${i}`,
        source: CODES[i % CODES.length]!,
        target: CODES[(i * 5 + 1) % CODES.length]!,
        cameo: ["042", "057", "112", "190"][i % 4]!,
        quad: (["verbal-cooperation", "verbal-cooperation", "verbal-conflict", "material-conflict"] as const)[i % 4],
        goldstein: [1.9, 8, -2, -10][i % 4]!,
        when: `${2015 + (i % 10)}-${String((i % 12) + 1).padStart(2, "0")}-15`,
        evidence: { text, start: 0, end: text.length },
        confidence: 0.5,
      };
    });
    await store.importEvents(events);
    const votes: UnVote[] = [];
    for (let r = 0; r < 300; r++)
      for (const [k, country] of CODES.entries())
        votes.push({
          resolution: `R${r}`,
          date: `${2000 + (r % 25)}-11-15`,
          country,
          vote: (r + k) % 3 === 0 ? "N" : "Y",
        });
    await store.importVotes(votes);
  } finally {
    await store.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.once("error", reject);
  });
}

async function waitHealthy(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`orbit serve exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("orbit serve did not answer /api/health within 30 s");
}

/** Posts small batches of new documents back to back until stopped; counts what was stored and what failed. */
async function ingestLoop(url: string, stop: { done: boolean }) {
  const out = { requests: 0, documents: 0, errors: 0, maxMs: 0 };
  for (let i = 0; !stop.done; i++) {
    const documents = Array.from({ length: 5 }, (_, k) => doc(i * 5 + k, "live"));
    const started = performance.now();
    try {
      const res = await fetch(`${url}/api/ingest`, {
        method: "POST",
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
        body: JSON.stringify({ documents }),
      });
      const body = (await res.json()) as { stored?: number; duplicates?: number };
      if (res.ok) out.documents += (body.stored ?? 0) + (body.duplicates ?? 0);
      else out.errors++;
    } catch {
      out.errors++;
    }
    out.requests++;
    out.maxMs = Math.max(out.maxMs, performance.now() - started);
  }
  return out;
}

export default async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "orbit-load-"));
  const db = join(dir, "load.db");
  let server: ChildProcess | undefined;
  try {
    await populate(db);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [BIN, "serve", "--db", db, "--host", "127.0.0.1", "--port", String(port), "--rate-limit", "100000", "--no-build"],
      { env: { ...process.env, ORBIT_TOKEN: TOKEN }, stdio: ["ignore", "ignore", "inherit"] },
    );
    await waitHealthy(url, server);
    const stop = { done: false };
    const ingest = WITH_INGEST
      ? ingestLoop(url, stop)
      : Promise.resolve({ requests: 0, documents: 0, errors: 0, maxMs: 0 });
    const result = await autocannon({
      url,
      connections: 20,
      overallRate: RATE,
      duration: SECONDS,
      requests: [
        { method: "GET", path: "/api/events?limit=50" },
        { method: "GET", path: "/api/events?dyad=ARM:AZE&symmetric=true&limit=20" },
        { method: "GET", path: "/api/events?actor=RUS&quad=verbal-conflict&since=2018" },
        { method: "GET", path: "/api/articles?limit=20" },
        { method: "GET", path: "/api/articles/seed-7" },
        { method: "GET", path: "/api/align?source=unga&country=ARM,KAZ" },
        { method: "GET", path: "/api/series?dyad=RUS:UKR" },
        { method: "GET", path: "/api/actors?limit=50" },
        { method: "GET", path: "/api/health" },
      ],
    });
    stop.done = true;
    const writes = await ingest;
    const errors = result.errors + result.timeouts + result.non2xx;
    const rows: BenchRow[] = [
      {
        name: `load: p50 latency at ${RATE} req/s during ingest`,
        value: result.latency.p50,
        unit: "ms",
        lowerIsBetter: true,
      },
      {
        name: `load: p99 latency at ${RATE} req/s during ingest`,
        value: result.latency.p99,
        unit: "ms",
        lowerIsBetter: true,
        target: "< 100",
      },
      { name: "load: max latency", value: result.latency.max, unit: "ms", lowerIsBetter: true },
      { name: "load: throughput (reads)", value: result.requests.average, unit: "req/s", target: `≥ ${RATE}` },
      { name: "load: read requests", value: result.requests.total, unit: "requests" },
      { name: "load: read errors (non-2xx, errors, timeouts)", value: errors, unit: "errors", target: "0" },
      { name: "load: concurrent ingest", value: writes.documents, unit: "documents" },
      { name: "load: ingest request errors", value: writes.errors, unit: "errors", target: "0" },
      { name: "load: slowest ingest request (5 documents)", value: writes.maxMs, unit: "ms", lowerIsBetter: true },
    ];
    return rows;
  } finally {
    server?.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  const rows = await run();
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows)
    process.stdout.write(
      `${r.name.padEnd(width)}  ${r.value.toFixed(r.value < 100 ? 1 : 0).padStart(9)} ${r.unit}${r.target ? `  (target ${r.target})` : ""}\n`,
    );
  process.stdout.write(
    `(${SECONDS} s at ${RATE} req/s on 127.0.0.1; total run ${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
  );
  const failed = rows.find((r) => r.name.startsWith("load: read errors"))!.value > 0;
  process.exitCode = failed ? 1 : 0;
}
