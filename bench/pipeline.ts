// End to end: real news pages (HTML → stored events) per second on SQLite (and PostgreSQL when ORBIT_TEST_PG is set),
// and peak memory while streaming many documents. Baseline: Readability + linkedom extraction alone, one thread.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { HEAP_DEFAULTS } from "../src/pipeline/index.ts";
import type { BenchRow } from "./bench-row.ts";
import { endToEnd, type Stretch, WARM_UP_PER_THREAD } from "./support/end-to-end.ts";
import { shuffledRealPages } from "./support/real-pages.ts";
import { stageTimes } from "./support/stage-times.ts";

const DOCS = Number(process.env.ORBIT_BENCH_DOCS ?? 5000);
const STREAM_DOCS = Number(process.env.ORBIT_BENCH_STREAM_DOCS ?? 100_000);
const STAGE_PAGES = Number(process.env.ORBIT_BENCH_STAGE_PAGES ?? 300);
const HEAP_CAPS = `young ${HEAP_DEFAULTS.youngGenerationMb} MB, old ${HEAP_DEFAULTS.oldGenerationMb} MB`;

function readabilityRate(sample: number): number {
  // the same shuffled mix of the benchmarks' sets as the end-to-end run (on disk, the costliest set comes first)
  const pages = shuffledRealPages(1).slice(0, sample);
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

const f2 = (n: number) => n.toFixed(2);
const splitText = (s: Stretch) =>
  `main ${f2(s.split.mainMs)}, analysis threads ${f2(s.split.newMs)}, V8 helpers ${f2(s.split.helperMs)}`;
/** Rate and CPU over the same documents: the cores busy are their product. */
const busy = (s: Stretch) => f2((s.rate * s.cpuMs) / 1000);

export default async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const baseline = readabilityRate(400);
  let long: Stretch | undefined;
  const dir = mkdtempSync(join(tmpdir(), "orbit-bench-e2e-"));
  try {
    const sqlite = await endToEnd(join(dir, "e2e.db"), DOCS);
    const { fresh, repeats } = sqlite;
    long = fresh ?? sqlite.steady;
    // Every document is analysed in full: exact duplicates are only recognised when stored (same content hash), and
    // a duplicate costs the store about what an original does (article row, events flagged dup).
    rows.push({
      name: `end-to-end HTML → stored events, SQLite, ${sqlite.docs} real pages (${sqlite.unique} distinct, each pass in its own shuffled order; repeats analysed in full, ${sqlite.duplicates} stored as duplicates), ${sqlite.threads} threads, start-up included (${sqlite.events} events, ${sqlite.failures} failed)`,
      value: sqlite.rate,
      unit: "articles/s",
      baseline: "Readability+linkedom extraction only, 1 thread",
      baselineValue: baseline,
      target: "≥ 300",
    });
    // A day of news is pages the threads have never seen, analysed by threads that compiled their code long ago: the
    // first pass over the corpus after each thread's warm-up is the run's only stretch of that kind. A rate below
    // the cores' worth of the CPU per page means threads waited (for a message, the store, or a busy machine).
    if (fresh) {
      const what = `documents ${fresh.from + 1}–${fresh.to}: the first pass after its first ${fresh.from} (the threads' warm-up: ${WARM_UP_PER_THREAD} each, at most half the pass), pages new to the threads`;
      rows.push({
        name: `end-to-end, SQLite, a long stream (${what}): articles/s (wall), with ${busy(fresh)} cores busy at ${f2(fresh.cpuMs)} CPU ms/page (${splitText(fresh)})`,
        value: fresh.rate,
        unit: "articles/s",
        baseline: "whole run, start-up included",
        baselineValue: sqlite.rate,
        target: "≥ 300",
      });
      rows.push({
        name: `end-to-end, SQLite, a long stream (${what}): CPU per page, all threads`,
        value: fresh.cpuMs,
        unit: "CPU ms/page",
        ...(repeats && { baseline: "repeat passes (pages the threads analysed before)", baselineValue: repeats.cpuMs }),
        lowerIsBetter: true,
        target: `≤ ${((1000 * sqlite.threads) / 300).toFixed(1)}`,
      });
    }
    if (repeats)
      rows.push({
        name: `end-to-end, SQLite, repeat passes (documents ${repeats.from + 1}–${repeats.to}: every page analysed before, its words in the threads' caches; cheaper than a stream of news): articles/s (wall), with ${busy(repeats)} cores busy at ${f2(repeats.cpuMs)} CPU ms/page (${splitText(repeats)})`,
        value: repeats.rate,
        unit: "articles/s",
        baseline: "whole run, start-up included",
        baselineValue: sqlite.rate,
      });
    rows.push({
      name: `end-to-end, SQLite, first document stored → last (the threads' warm-up included): articles per CPU-second of the process (all threads; ×${sqlite.threads} cores = ceiling on an idle machine), at ${f2(sqlite.steady.rate)} articles/s`,
      value: 1000 / sqlite.steady.cpuMs,
      unit: "articles/CPU-s",
      baseline: "same run, start-up included",
      baselineValue: sqlite.perCpuSecond,
      target: `≥ ${Math.ceil(300 / sqlite.threads)}`,
    });
    rows.push({
      name: `end-to-end: first document stored (worker bundle, thread start, stage data; ${(sqlite.startupCpuMs / 1000).toFixed(1)} CPU-s)`,
      value: sqlite.firstMs,
      unit: "ms",
      lowerIsBetter: true,
    });
    // The same run with V8's default heap sizes in the threads: what the memory caps cost in CPU.
    const uncapped = await endToEnd(join(dir, "e2e-uncapped.db"), DOCS, { youngGenerationMb: 0, oldGenerationMb: 0 });
    rows.push({
      name: `end-to-end, SQLite, first document stored → last, threads with the pool's heap caps (${HEAP_CAPS}: flat RSS)`,
      value: 1000 / sqlite.steady.cpuMs,
      unit: "articles/CPU-s",
      baseline: "same pages, V8's default heap sizes",
      baselineValue: 1000 / uncapped.steady.cpuMs,
    });
    if (process.env.ORBIT_TEST_PG) {
      // A throw-away schema, so the run starts empty and leaves the database as it found it.
      const { TestSchemas } = await import("../src/store/postgres/pg-test-schema.ts");
      const schemas = new TestSchemas(process.env.ORBIT_TEST_PG);
      const pg = await endToEnd(await schemas.create("bench_e2e"), DOCS).finally(() => schemas.dropAll());
      rows.push({
        name: `end-to-end, PostgreSQL, ${pg.docs} real pages, ${pg.threads} threads, start-up included`,
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
  // Where a long stream's CPU goes, by thread, per document.
  const threadRows: [string, number][] = [
    ["main thread (source, messages to and from the threads, store writes)", long!.split.mainMs],
    ["analysis threads (the stages, their allocation and on-thread GC)", long!.split.newMs],
    ["V8 helper threads (parallel scavenges, concurrent marking, background compiling)", long!.split.helperMs],
  ];
  for (const [what, ms] of threadRows)
    rows.push({
      name: `per page, end-to-end long stream (documents ${long!.from + 1}–${long!.to}), ${what}`,
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
  // what the long stream spends beyond that is the threads' own (start-up is left out: see its row).
  const oneThread = stages.filter((t) => !t.stage.startsWith("nlp:")).reduce((sum, t) => sum + t.cpuMs, 0);
  const e2e = long!.cpuMs;
  rows.push({
    name: `per page, threads' extra cost (long stream end-to-end ${e2e.toFixed(2)} CPU ms/page − one thread's stages and store ${oneThread.toFixed(2)})`,
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
