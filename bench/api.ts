// API latency over a populated SQLite store (1.16M synthetic UN votes, 100k GDELT-style events): GET /api/events
// ?dyad=ARM:AZE and GET /api/align?source=unga&country=ARM, through the request handler and over a real socket.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { alignRows } from "../src/aggregate/index.ts";
import { loadConfig } from "../src/config/index.ts";
import { createApp, startServer } from "../src/server/index.ts";
import { type ImportedEvent, openStore, type Store, type UnVote } from "../src/store/index.ts";
import type { BenchRow } from "./bench-row.ts";

const iso = createRequire(import.meta.url)("i18n-iso-countries") as { getAlpha3Codes(): Record<string, string> };
const RESOLUTIONS = Number(process.env.ORBIT_BENCH_RESOLUTIONS ?? 6000);
const EVENTS = Number(process.env.ORBIT_BENCH_API_EVENTS ?? 100_000);
const RUNS = 200;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

async function populate(store: Store): Promise<void> {
  const rand = rng(11);
  const codes = ["RUS", "DEU", "USA", "CHN", "TUR", "ARM", "AZE", "KAZ", "GEO"];
  for (const c of Object.keys(iso.getAlpha3Codes()).sort()) if (codes.length < 193 && !codes.includes(c)) codes.push(c);
  const votes: UnVote[] = [];
  for (let r = 0; r < RESOLUTIONS; r++) {
    const year = 1946 + Math.floor((r / RESOLUTIONS) * 80);
    const date = `${year}-${String(1 + (r % 12)).padStart(2, "0")}-15`;
    for (const country of codes) {
      const u = rand();
      votes.push({ resolution: `R${r}`, date, country, vote: u < 0.7 ? "Y" : u < 0.8 ? "N" : u < 0.93 ? "A" : "X" });
    }
  }
  await store.importVotes(votes);
  const cameos = [
    ["042", "verbal-cooperation", 1.9],
    ["057", "verbal-cooperation", 8],
    ["061", "material-cooperation", 6.4],
    ["112", "verbal-conflict", -2],
    ["173", "material-conflict", -5],
    ["190", "material-conflict", -10],
  ] as const;
  const events: ImportedEvent[] = [];
  for (let i = 0; i < EVENTS; i++) {
    // About 2% of events are ARM→AZE, as in a month of Caucasus news; the rest spread over 40 states.
    const pair = rand() < 0.02 ? ["ARM", "AZE"] : [codes[Math.floor(rand() * 40)]!, codes[Math.floor(rand() * 40)]!];
    const [cameo, quad, goldstein] = cameos[Math.floor(rand() * cameos.length)]!;
    const day = Math.floor(rand() * 3650);
    const when = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const text = `${pair[0]} and ${pair[1]}: synthetic event ${i} (CAMEO ${cameo}).`;
    events.push({
      key: `bench-${i}`,
      source: pair[0]!,
      target: pair[1]!,
      cameo,
      quad,
      goldstein,
      when,
      evidence: { text, start: 0, end: text.length },
      confidence: 0.5,
      url: `https://example.org/e/${i}`,
    });
  }
  await store.importEvents(events);
}

async function timed(fn: () => Promise<unknown>, runs = RUNS): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 10; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(runs * 0.5)]!, p95: times[Math.floor(runs * 0.95)]! };
}

async function ok(res: Response): Promise<void> {
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
}

/**
 * The request handler in this process, without a socket: CPU per request with the response cache off (the
 * baseline: store queries and serialisation every time) and on, measured in the same run over the same store.
 */
export async function handlerCosts(db: string, paths: string[]): Promise<BenchRow[]> {
  const store = await openStore(db);
  const config = loadConfig({ db }, {});
  /** CPU ms per request for each path, after one warm-up request (which fills the cache when it is on). */
  const costs = async (responseCacheMs: number) => {
    const app = createApp({ store, config, rateLimit: false, webDist: false, responseCacheMs });
    const out: number[] = [];
    for (const path of paths) {
      await (await app.request(path)).arrayBuffer();
      const started = process.cpuUsage();
      for (let i = 0; i < 50; i++) await (await app.request(path)).arrayBuffer();
      const used = process.cpuUsage(started);
      out.push((used.user + used.system) / 1000 / 50);
    }
    return out;
  };
  try {
    const [off, on] = [await costs(0), await costs(60_000)];
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const cost = (name: string, value: number, baselineValue: number) => ({
      name,
      value,
      unit: "ms CPU/request",
      lowerIsBetter: true,
      baseline: "response cache off",
      baselineValue,
    });
    return [
      ...paths.map((path, i) => cost(`cost: handler ${path}, cached`, on[i]!, off[i]!)),
      cost("cost: handler, mean over these paths, cached", mean(on), mean(off)),
    ];
  } finally {
    await store.close();
  }
}

export default async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "orbit-bench-api-"));
  const store = await openStore(join(dir, "orbit.db"));
  try {
    await populate(store);
    const config = loadConfig({ db: join(dir, "orbit.db") }, {});
    // The response cache off: these figures compare the handler with the store query it wraps.
    const app = createApp({ store, config, rateLimit: false, webDist: false, responseCacheMs: 0 });
    const EVENTS_PATH = "/api/events?dyad=ARM:AZE";
    const ALIGN_PATH = "/api/align?source=unga&country=ARM";
    const rows: BenchRow[] = [];
    const ms = (name: string, value: number, baseline?: string, baselineValue?: number): BenchRow => ({
      name,
      value,
      unit: "ms",
      baseline,
      baselineValue,
      lowerIsBetter: true,
      target: "< 50",
    });

    const storeOnly = await timed(() => store.queryEvents({ dyad: { source: "ARM", target: "AZE" } }, { limit: 50 }));
    const handler = await timed(async () => ok(await app.request(EVENTS_PATH)));
    rows.push(ms(`GET ${EVENTS_PATH} p50 (handler)`, handler.p50, "store.queryEvents p50", storeOnly.p50));
    rows.push(ms(`GET ${EVENTS_PATH} p95 (handler)`, handler.p95, "store.queryEvents p95", storeOnly.p95));

    const cold = performance.now();
    await ok(await app.request(ALIGN_PATH));
    const coldMs = performance.now() - cold;
    const direct = await timed(() => alignRows(store, { source: "unga", countries: ["ARM"] }), 5);
    const align = await timed(async () => ok(await app.request(ALIGN_PATH)));
    rows.push({ ...ms(`GET ${ALIGN_PATH} first request (builds the cache)`, coldMs), target: undefined });
    rows.push(ms(`GET ${ALIGN_PATH} p50 (handler)`, align.p50, "alignRows(store) uncached p50", direct.p50));
    rows.push(ms(`GET ${ALIGN_PATH} p95 (handler)`, align.p95, "alignRows(store) uncached p95", direct.p95));

    const server = await startServer({
      store,
      config,
      port: 0,
      host: "127.0.0.1",
      rateLimit: false,
      webDist: false,
      responseCacheMs: 0,
    });
    try {
      const socketEvents = await timed(async () => ok(await fetch(`${server.url}${EVENTS_PATH}`)));
      const socketAlign = await timed(async () => ok(await fetch(`${server.url}${ALIGN_PATH}`)));
      rows.push(ms(`GET ${EVENTS_PATH} p95 (socket)`, socketEvents.p95, "handler p95", handler.p95));
      rows.push(ms(`GET ${ALIGN_PATH} p95 (socket)`, socketAlign.p95, "handler p95", align.p95));
    } finally {
      await server.close();
    }
    rows.push(...(await handlerCosts(join(dir, "orbit.db"), [EVENTS_PATH, ALIGN_PATH])));
    return rows;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
