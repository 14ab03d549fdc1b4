// End to end: real news pages (HTML → stored events) per second on SQLite (and PostgreSQL when ORBIT_TEST_PG is set),
// and peak memory while streaming many documents. Baseline: Readability + linkedom extraction alone, one thread.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { createAnalyzerPool, HEAP_DEFAULTS, type PoolOptions, runBatch } from "../src/pipeline/index.ts";
import { openStore } from "../src/store/index.ts";
import type { BenchRow } from "./bench-row.ts";
import { arraySource } from "./support/array-source.ts";
import { loadRealPages, realDocuments } from "./support/real-pages.ts";
import { stageTimes } from "./support/stage-times.ts";
import { type CpuSplit, cpuSplit, type ThreadCpu, threadCpu } from "./support/thread-cpu.ts";

const DOCS = Number(process.env.ORBIT_BENCH_DOCS ?? 5000);
const STREAM_DOCS = Number(process.env.ORBIT_BENCH_STREAM_DOCS ?? 100_000);
const STAGE_PAGES = Number(process.env.ORBIT_BENCH_STAGE_PAGES ?? 300);
const HEAP_CAPS = `young ${HEAP_DEFAULTS.youngGenerationMb} MB, old ${HEAP_DEFAULTS.oldGenerationMb} MB`;

function readabilityRate(sample: number): number {
  const pages = loadRealPages().slice(0, sample);
  const started = performance.now();
  for (const p of pages) {
    try {
      const { document } = parseHTML(p.html);
      new Readability(document as unknown as Document).parse();
    } catch {
      // A page Readability cannot parse still counts: the baseline's speed is what we measure.
    }
  }
  return pages.length / ((performance.now() - started) / 1000);
}

interface EndToEnd {
  /** Whole run, pool start-up included. */
  rate: number;
  /** Articles per CPU-second of the whole process (all threads): what the code costs, whatever the machine's load. */
  perCpuSecond: number;
  /** From the first document stored to the last: the rate a long stream (a day of news) runs at. */
  steadyRate: number;
  steadyPerCpuSecond: number;
  /** Until the pool answered its first document: bundle build, thread start, module and data loading. */
  firstMs: number;
  startupCpuMs: number;
  /** Steady-state CPU ms per document by kind of thread. */
  perDoc: CpuSplit;
  /**
   * CPU ms per document over the second half of the run: the threads' stage code is compiled by then (V8 compiles
   * it again in every fresh thread, seconds of CPU on the helper threads), so this is what a long stream costs,
   * thread recycling included.
   */
  secondHalfCpuMs: number;
  /** Articles per wall-clock second over that same second half: with secondHalfCpuMs, how many cores were busy. */
  secondHalfRate: number;
  /** The second half's CPU ms per document by kind of thread. */
  secondHalf: CpuSplit;
  events: number;
  stored: number;
  duplicates: number;
  failures: number;
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

async function endToEnd(db: string, pool?: PoolOptions): Promise<EndToEnd> {
  const store = await openStore(db);
  const docs = realDocuments(DOCS);
  const old = threadCpu();
  const started = performance.now();
  const cpu = process.cpuUsage();
  // The bench starts the pool itself (runBatch leaves a given pool open) so it can read the analysis threads' CPU
  // before they exit.
  const analyzer = await createAnalyzerPool(availableParallelism(), pool);
  // Wall time, process CPU and each thread's CPU so far: taken at the first document and at the halfway one.
  const mark = (): { ms: number; cpu: NodeJS.CpuUsage; threads: ThreadCpu[] } => ({
    ms: performance.now() - started,
    cpu: process.cpuUsage(cpu),
    threads: threadCpu(),
  });
  let first: ReturnType<typeof mark> | undefined;
  let half: ReturnType<typeof mark> | undefined;
  const halfway = Math.ceil(docs.length / 2);
  const summary = await runBatch(arraySource(docs), store, {
    analyzer,
    onProgress: (s) => {
      first ??= mark();
      if (s.documents === halfway) half = mark();
    },
  });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const threads = threadCpu();
  await analyzer.close();
  await store.close();
  // onProgress runs once per document, so a run that reached its first document also reached its halfway one
  if (!first || !half) throw new Error("the end-to-end run stored nothing");
  const steadyDocs = docs.length - 1;
  const split = cpuSplit(old, first.threads, threads);
  const steadyCpuMs = cpuMs(used) - cpuMs(first.cpu);
  const halfDocs = docs.length - halfway;
  const halfSplit = cpuSplit(old, half.threads, threads);
  const halfCpuMs = cpuMs(used) - cpuMs(half.cpu);
  return {
    rate: docs.length / (ms / 1000),
    perCpuSecond: docs.length / (cpuMs(used) / 1000),
    steadyRate: steadyDocs / ((ms - first.ms) / 1000),
    steadyPerCpuSecond: steadyDocs / (steadyCpuMs / 1000),
    firstMs: first.ms,
    startupCpuMs: cpuMs(first.cpu),
    perDoc: {
      mainMs: split.mainMs / steadyDocs,
      // Analysis threads recycled mid-run (pool `recycleAboveMb`) have left /proc by the end, but the process total
      // still holds their CPU: what is neither the main thread nor a helper is analysis.
      newMs: Math.max(split.newMs, steadyCpuMs - split.mainMs - split.helperMs) / steadyDocs,
      helperMs: split.helperMs / steadyDocs,
    },
    secondHalfCpuMs: halfCpuMs / halfDocs,
    secondHalfRate: halfDocs / ((ms - half.ms) / 1000),
    secondHalf: {
      mainMs: halfSplit.mainMs / halfDocs,
      newMs: (halfCpuMs - halfSplit.mainMs - halfSplit.helperMs) / halfDocs,
      helperMs: halfSplit.helperMs / halfDocs,
    },
    events: summary.events,
    stored: summary.stored,
    duplicates: summary.duplicates,
    failures: summary.failures.length,
  };
}

export default async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const baseline = readabilityRate(400);
  let steady: EndToEnd | undefined;
  const unique = Math.min(DOCS, loadRealPages().length);
  const dir = mkdtempSync(join(tmpdir(), "orbit-bench-e2e-"));
  try {
    const sqlite = await endToEnd(join(dir, "e2e.db"));
    steady = sqlite;
    // Every document is analysed in full: exact duplicates are only recognised when stored (same content hash), and
    // a duplicate costs the store about what an original does (article row, events flagged dup).
    rows.push({
      name: `end-to-end HTML → stored events, SQLite, ${DOCS} real pages (${unique} distinct; repeats analysed in full, ${sqlite.duplicates} stored as duplicates), ${availableParallelism()} threads, start-up included (${sqlite.events} events, ${sqlite.failures} failed)`,
      value: sqlite.rate,
      unit: "articles/s",
      baseline: "Readability+linkedom extraction only, 1 thread",
      baselineValue: baseline,
      target: "≥ 300",
    });
    rows.push({
      name: "end-to-end, SQLite, steady state (first document stored → last): the rate of a long stream",
      value: sqlite.steadyRate,
      unit: "articles/s",
      baseline: "same run, start-up included",
      baselineValue: sqlite.rate,
      target: "≥ 300",
    });
    rows.push({
      name: `end-to-end, SQLite, steady state: articles per CPU-second of the process (all threads; ×${availableParallelism()} cores = ceiling on an idle machine)`,
      value: sqlite.steadyPerCpuSecond,
      unit: "articles/CPU-s",
      baseline: "same run, start-up included",
      baselineValue: sqlite.perCpuSecond,
      target: `≥ ${Math.ceil(300 / availableParallelism())}`,
    });
    rows.push({
      name: "end-to-end, SQLite, second half of the run (threads compiled; recycling included): CPU per page, all threads",
      value: sqlite.secondHalfCpuMs,
      unit: "CPU ms/page",
      baseline: "steady state, first document stored → last",
      baselineValue: 1000 / sqlite.steadyPerCpuSecond,
      lowerIsBetter: true,
      target: `≤ ${((1000 * availableParallelism()) / 300).toFixed(1)}`,
    });
    // Rate and CPU over the same documents: the cores busy are their product. A rate below 2 cores' worth of the
    // CPU per page means threads waited (for a message, the store, or a core the machine's other work held).
    const h = sqlite.secondHalf;
    rows.push({
      name: `end-to-end, SQLite, second half of the run: articles/s (wall), with ${((sqlite.secondHalfRate * sqlite.secondHalfCpuMs) / 1000).toFixed(2)} cores busy at ${sqlite.secondHalfCpuMs.toFixed(2)} CPU ms/page (main ${h.mainMs.toFixed(2)}, analysis threads ${h.newMs.toFixed(2)}, V8 helpers ${h.helperMs.toFixed(2)})`,
      value: sqlite.secondHalfRate,
      unit: "articles/s",
      baseline: "steady state, first document stored → last",
      baselineValue: sqlite.steadyRate,
      target: "≥ 300",
    });
    rows.push({
      name: `end-to-end: first document stored (worker bundle, thread start, stage data; ${(sqlite.startupCpuMs / 1000).toFixed(1)} CPU-s)`,
      value: sqlite.firstMs,
      unit: "ms",
      lowerIsBetter: true,
    });
    // The same run with V8's default heap sizes in the threads: what the memory caps cost in CPU.
    const uncapped = await endToEnd(join(dir, "e2e-uncapped.db"), { youngGenerationMb: 0, oldGenerationMb: 0 });
    rows.push({
      name: `end-to-end, SQLite, steady state, threads with the pool's heap caps (${HEAP_CAPS}: flat RSS)`,
      value: sqlite.steadyPerCpuSecond,
      unit: "articles/CPU-s",
      baseline: "same pages, V8's default heap sizes",
      baselineValue: uncapped.steadyPerCpuSecond,
    });
    if (process.env.ORBIT_TEST_PG) {
      // A throw-away schema, so the run starts empty and leaves the database as it found it.
      const { TestSchemas } = await import("../src/store/postgres/pg-test-schema.ts");
      const schemas = new TestSchemas(process.env.ORBIT_TEST_PG);
      const pg = await endToEnd(await schemas.create("bench_e2e")).finally(() => schemas.dropAll());
      rows.push({
        name: `end-to-end, PostgreSQL, ${DOCS} real pages, ${availableParallelism()} threads, start-up included`,
        value: pg.rate,
        unit: "articles/s",
        baseline: "same run on SQLite",
        baselineValue: sqlite.rate,
        target: "within 30% of SQLite",
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Where the steady-state CPU goes, by thread, per document.
  const split = steady!.perDoc;
  const threadRows: [string, number][] = [
    ["main thread (source, messages to and from the threads, store writes)", split.mainMs],
    ["analysis threads (the stages, their allocation and on-thread GC)", split.newMs],
    ["V8 helper threads (parallel scavenges, concurrent marking, background compiling)", split.helperMs],
  ];
  for (const [what, ms] of threadRows)
    rows.push({
      name: `per page, end-to-end steady state, ${what}`,
      value: ms,
      unit: "CPU ms/page",
      lowerIsBetter: true,
    });
  // Where the time goes, one thread, CPU time per page: what each stage must shed for the target.
  const stages = await stageTimes(STAGE_PAGES);
  for (const t of stages)
    rows.push({
      name: `per page, ${t.stage} (1 thread, ${STAGE_PAGES} real pages; wall ${t.wallMs.toFixed(2)} ms)`,
      value: t.cpuMs,
      unit: "CPU ms/page",
      lowerIsBetter: true,
    });
  // The whole stages (not their nlp steps, which re-run parts of the nlp stage) add up to one thread's cost per page;
  // what the steady end-to-end run spends beyond that is the threads' own (start-up is left out: see its row).
  const oneThread = stages.filter((t) => !t.stage.startsWith("nlp:")).reduce((sum, t) => sum + t.cpuMs, 0);
  const e2e = 1000 / steady!.steadyPerCpuSecond;
  rows.push({
    name: `per page, threads' extra cost (steady end-to-end ${e2e.toFixed(2)} CPU ms/page − one thread's stages and store ${oneThread.toFixed(2)})`,
    value: e2e - oneThread,
    unit: "CPU ms/page",
    lowerIsBetter: true,
  });
  const script = fileURLToPath(new URL("./support/stream-rss.ts", import.meta.url));
  const out = execFileSync(process.execPath, ["--import", "tsx", script, String(STREAM_DOCS)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const stream = JSON.parse(out.trim().split("\n").pop()!);
  rows.push({
    // Real pages read from disk one at a time (new ids on every repetition), 2 threads: bench/support/stream-rss.ts.
    name: `peak RSS streaming ${stream.documents} ${stream.kind} into SQLite (${stream.seconds.toFixed(0)} s, ${((1000 * stream.cpuSeconds) / stream.documents).toFixed(1)} CPU ms/page, ${stream.events} events; RSS by tenths: ${stream.traceMB.join(" ")} MB)`,
    value: stream.peakRssMB,
    unit: "MB",
    baseline: "RSS at start of that process",
    baselineValue: stream.startRssMB,
    lowerIsBetter: true,
    target: "< 400",
  });
  return rows;
}
