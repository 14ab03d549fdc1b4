// Load test (`npm run load`, never part of npm test or npm run bench): `orbit serve` in its own process on 127.0.0.1
// over a populated SQLite store; autocannon, in a third process so it does not share this one's event loop, holds
// 500 requests/s for 60 s against a mix of read endpoints while a bounded, steady ingest (POST /api/ingest with the
// token) keeps writing. Before that, each endpoint's CPU cost per request is measured on the server's main thread,
// which is what bounds its capacity on an idle machine. Prints latency, throughput, errors and CPU figures.
// Knobs: ORBIT_LOAD_SECONDS (60), ORBIT_LOAD_RATE (500 req/s), ORBIT_LOAD_INGEST=0 (reads only),
// ORBIT_LOAD_INGEST_RATE (documents/s, default 5), ORBIT_LOAD_DOCS (seed documents, 400), ORBIT_LOAD_COST=0 (skip
// the per-endpoint cost phase), ORBIT_LOAD_COST_REQUESTS (requests per endpoint, 1000).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { RawDocument, Source } from "../src/domain/index.ts";
import { handlerCosts } from "./api.ts";
import type { BenchRow } from "./bench-row.ts";
import { cannon, cpuOf, freePort, waitHealthy, watchThread } from "./support/load-client.ts";

const SECONDS = Number(process.env.ORBIT_LOAD_SECONDS ?? 60);
const RATE = Number(process.env.ORBIT_LOAD_RATE ?? 500);
const DOCS = Number(process.env.ORBIT_LOAD_DOCS ?? 400);
/** ORBIT_LOAD_INGEST=0 measures reads alone, to tell the ingest's share of the latency from the reads' own. */
const WITH_INGEST = process.env.ORBIT_LOAD_INGEST !== "0";
/** A steady feed, not a flood: 5 news articles a second is ~430,000 a day, far above any real set of feeds. */
const INGEST_RATE = Number(process.env.ORBIT_LOAD_INGEST_RATE ?? 5);
const WITH_COST = process.env.ORBIT_LOAD_COST !== "0";
const COST_REQUESTS = Number(process.env.ORBIT_LOAD_COST_REQUESTS ?? 1000);
/**
 * The rate limit stays on (the limiter's cost is part of every request) but is set knowingly above the load: the
 * whole load comes from one client address, which the default of 50 requests/s would rightly throttle.
 */
const RATE_LIMIT = Math.max(1000, RATE * 4);
const TOKEN = "load-test-token-0123456789abcdef";
const BIN = fileURLToPath(new URL("../bin/orbit.js", import.meta.url));
const READS = [
  "/api/events?limit=50",
  "/api/events?dyad=ARM:AZE&symmetric=true&limit=20",
  "/api/events?actor=RUS&quad=verbal-conflict&since=2018",
  "/api/articles?limit=20",
  "/api/articles/seed-7",
  "/api/align?source=unga&country=ARM,KAZ",
  "/api/series?dyad=RUS:UKR",
  "/api/actors?limit=50",
  "/api/health",
];
const STATES = ["Russia", "Armenia", "Azerbaijan", "Kazakhstan", "Georgia", "Turkey", "China", "Ukraine", "France"];
const MORE = ["Iran", "Germany", "Uzbekistan", "Moldova", "Belarus", "Kyrgyzstan", "Poland", "Hungary", "India"];
const ACTIONS = ["condemned", "signed an agreement with", "accused", "praised", "sent aid to", "criticised", "met"];
// Phrase lists as comma-separated strings: one line each, not one line per phrase.
const TOPICS = (
  "grain exports,a gas pipeline,rail transit,border crossings,a loan,power lines,customs rules," +
  "water sharing,a port lease,air routes,fertiliser prices,a bank merger,mining licences,fishing quotas," +
  "a dam project,visa rules,refugee camps,a wheat harvest"
).split(",");
const SAYERS = (
  "a spokesman,the deputy minister,analysts,diplomats,the central bank,local media," +
  "a senior official,opposition deputies,the state news agency,industry groups"
).split(",");
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const CODES = ["RUS", "ARM", "AZE", "KAZ", "GEO", "TUR", "CHN", "UKR", "FRA", "IRN", "DEU", "USA"];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * A news-sized document (~16 sentences, ~300 words) drawn at random from a few hundred phrases: a few coded
 * actions among background sentences, different enough that the near-duplicate filter keeps documents apart.
 */
function doc(i: number, prefix: string): RawDocument {
  const rand = rng(i * 7919 + prefix.length);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const state = () => pick(rand() < 0.6 ? STATES : MORE);
  const lines: string[] = [`${pick(STATES)} and ${state()} discussed ${pick(TOPICS)} (report ${prefix} ${i}).`];
  for (let k = 0; k < 15; k++) {
    const n = Math.floor(rand() * 900) + 10;
    lines.push(
      k % 4 === 0
        ? `${state()} ${pick(ACTIONS)} ${state()} on ${pick(DAYS)} over ${pick(TOPICS)}, ${pick(SAYERS)} said.`
        : `${pick(SAYERS)} said ${n} million dollars for ${pick(TOPICS)} and ${pick(TOPICS)} in ${state()} were at stake, up ${n % 37} percent.`,
    );
  }
  return { id: `${prefix}-${i}`, text: lines.join(" "), published: `2025-0${1 + (i % 9)}-1${i % 10}` };
}

export async function populate(db: string): Promise<void> {
  const { runBatch } = await import("../src/pipeline/index.ts");
  const { openStore } = await import("../src/store/index.ts");
  const store = await openStore(db);
  try {
    const source: Source = {
      name: "load",
      async *items() {
        for (let i = 0; i < DOCS; i++) yield { doc: doc(i, "seed") };
      },
    };
    await runBatch(source, store, { workers: 2 });
    const quads = ["verbal-cooperation", "verbal-cooperation", "verbal-conflict", "material-conflict"] as const;
    await store.importEvents(
      Array.from({ length: 20_000 }, (_, i) => {
        const text = `synthetic event ${i}`;
        return {
          key: `load-${i}`,
          source: CODES[i % CODES.length]!,
          target: CODES[(i * 5 + 1) % CODES.length]!,
          cameo: ["042", "057", "112", "190"][i % 4]!,
          quad: quads[i % 4]!,
          goldstein: [1.9, 8, -2, -10][i % 4]!,
          when: `${2015 + (i % 10)}-${String((i % 12) + 1).padStart(2, "0")}-15`,
          evidence: { text, start: 0, end: text.length },
          confidence: 0.5,
        };
      }),
    );
    const votes = Array.from({ length: 300 }, (_, r) =>
      CODES.map((country, k) => ({
        resolution: `R${r}`,
        date: `${2000 + (r % 25)}-11-15`,
        country,
        vote: (r + k) % 3 === 0 ? ("N" as const) : ("Y" as const),
      })),
    ).flat();
    await store.importVotes(votes);
  } finally {
    await store.close();
  }
}

/** Posts batches of 5 new documents at a steady INGEST_RATE; a batch still running when the next is due is skipped. */
function ingestLoop(url: string, stop: { done: boolean }, prefix: string) {
  const out = { requests: 0, documents: 0, errors: 0, maxMs: 0, skipped: 0 };
  const batch = 5;
  let next = 0;
  let busy = false;
  return new Promise<typeof out>((resolve) => {
    const timer = setInterval(
      async () => {
        if (stop.done) {
          if (!busy) {
            clearInterval(timer);
            resolve(out);
          }
          return;
        }
        if (busy) return void out.skipped++;
        busy = true;
        const documents = Array.from({ length: batch }, () => doc(next++, prefix));
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
        busy = false;
      },
      (1000 * batch) / INGEST_RATE,
    );
  });
}

const row = (name: string, value: number, unit: string, extra: Partial<BenchRow> = {}): BenchRow => ({
  name,
  value,
  unit,
  ...extra,
});

/** Each endpoint alone, as fast as the server answers: main-thread CPU per request, and the rate one core allows. */
async function endpointCosts(url: string, pid: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const path of READS) {
    const before = cpuOf(pid);
    const r = await cannon({ url: url + path, connections: 8, amount: COST_REQUESTS });
    const after = cpuOf(pid);
    if (!before || !after) return rows;
    const ms = (after.main - before.main) / r.requests.total;
    rows.push(row(`cost: ${path} (server main thread)`, ms, "ms CPU/request", { lowerIsBetter: true }));
  }
  const mean = rows.reduce((s, r) => s + r.value, 0) / rows.length;
  rows.push(row("cost: mean over the mix", mean, "ms CPU/request", { lowerIsBetter: true }));
  rows.push(row("capacity of one idle core for the mix", 1000 / mean, "req/s"));
  return rows;
}

export default async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "orbit-load-"));
  const db = join(dir, "load.db");
  let server: ChildProcess | undefined;
  try {
    await populate(db);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const args = ["serve", "--db", db, "--host", "127.0.0.1", "--port", `${port}`, "--rate-limit"];
    args.push(`${RATE_LIMIT}`, "--no-build");
    // Run as an executable, as `npx orbit` runs it: its first line gives node the flags Orbit starts with.
    server = spawn(BIN, args, {
      env: { ...process.env, ORBIT_TOKEN: TOKEN },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await waitHealthy(url, server);
    const pid = server.pid!;
    // Warm up as a running service would be: the analysis pool started, every read path compiled and cached.
    if (WITH_INGEST) {
      const warm = { done: false };
      const w = ingestLoop(url, warm, "warm");
      await new Promise((r) => setTimeout(r, 3000));
      warm.done = true;
      await w;
    }
    await cannon({ url, connections: 4, amount: 500, requests: READS.map((path) => ({ method: "GET", path })) });
    const rows = WITH_COST ? [...(await handlerCosts(db, READS)), ...(await endpointCosts(url, pid))] : [];

    const stop = { done: false };
    const ingest = WITH_INGEST ? ingestLoop(url, stop, "live") : undefined;
    const before = cpuOf(pid);
    const watch = watchThread(pid);
    const own = process.cpuUsage();
    const result = await cannon({
      url,
      connections: 20,
      overallRate: RATE,
      duration: SECONDS,
      requests: READS.map((path) => ({ method: "GET", path })),
    });
    const after = cpuOf(pid);
    const thread = watch();
    stop.done = true;
    const writes = (await ingest) ?? { requests: 0, documents: 0, errors: 0, maxMs: 0, skipped: 0 };
    const harness = process.cpuUsage(own);
    const during = WITH_INGEST ? `during ingest (${INGEST_RATE} docs/s)` : "reads only";
    const errors = result.errors + result.timeouts + result.non2xx;
    rows.push(
      row(`load: p50 latency at ${RATE} req/s ${during}`, result.latency.p50, "ms", { lowerIsBetter: true }),
      row(`load: p99 latency at ${RATE} req/s ${during}`, result.latency.p99, "ms", {
        lowerIsBetter: true,
        target: "< 100",
      }),
      row("load: max latency", result.latency.max, "ms", { lowerIsBetter: true }),
      row("load: throughput (reads)", result.requests.average, "req/s", { target: `≥ ${RATE}` }),
      row("load: read requests", result.requests.total, "requests"),
      row("load: read errors (non-2xx, errors, timeouts)", errors, "errors", { target: "0" }),
    );
    if (before && after) {
      const secs = SECONDS;
      rows.push(
        row("cpu: server main thread", (after.main - before.main) / secs / 10, "% of a core"),
        row(
          "cpu: server's other threads (analysis workers, GC)",
          (after.all - after.main - before.all + before.main) / secs / 10,
          "% of a core",
        ),
        row("cpu: server main thread per read", (after.main - before.main) / result.requests.total, "ms/request"),
      );
    }
    rows.push(
      row("machine: server main thread waiting for a CPU", thread.runQueueMs / SECONDS / 10, "% of the run"),
      row("machine: server main thread found in disk wait", thread.diskWait, `of ${thread.samples} samples`),
      row("cpu: load client (autocannon)", result.cpuMs / SECONDS / 10, "% of a core"),
      row("cpu: harness (ingest client)", (harness.user + harness.system) / 1000 / SECONDS / 10, "% of a core"),
    );
    if (WITH_INGEST)
      rows.push(
        row("load: concurrent ingest", writes.documents, "documents"),
        row("load: ingest request errors", writes.errors, "errors", { target: "0" }),
        row("load: ingest batches skipped (previous still running)", writes.skipped, "batches"),
        row("load: slowest ingest request (5 documents)", writes.maxMs, "ms", { lowerIsBetter: true }),
      );
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
      `${r.name.padEnd(width)}  ${r.value.toFixed(r.value < 10 ? 3 : r.value < 100 ? 1 : 0).padStart(9)} ${r.unit}${r.baseline ? `  (${r.baseline}: ${r.baselineValue?.toFixed(3)})` : ""}${r.target ? `  (target ${r.target})` : ""}\n`,
    );
  process.stdout.write(
    `(${SECONDS} s at ${RATE} req/s on 127.0.0.1, rate limit ${RATE_LIMIT}/s; total run ${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
  );
  const failed = rows.some(
    (r) => (r.name.startsWith("load: read errors") || r.name.startsWith("load: ingest request errors")) && r.value > 0,
  );
  process.exitCode = failed ? 1 : 0;
}
