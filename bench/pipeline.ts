// End to end: real news pages (HTML → stored events) per second on SQLite (and PostgreSQL when ORBIT_TEST_PG is set),
// and peak memory while streaming many documents. Baseline: Readability + linkedom extraction alone, one thread.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { type BatchOptions, runBatch } from "../src/pipeline/index.ts";
import { openStore } from "../src/store/index.ts";
import type { BenchRow } from "./bench-row.ts";
import { arraySource } from "./support/array-source.ts";
import { loadRealPages, realDocuments } from "./support/real-pages.ts";
import { stageTimes } from "./support/stage-times.ts";

const DOCS = Number(process.env.ORBIT_BENCH_DOCS ?? 5000);
const STREAM_DOCS = Number(process.env.ORBIT_BENCH_STREAM_DOCS ?? 100_000);
const STAGE_PAGES = Number(process.env.ORBIT_BENCH_STAGE_PAGES ?? 300);

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
  rate: number;
  /** Articles per CPU-second of the whole process (all threads): what the code costs, whatever the machine's load. */
  perCpuSecond: number;
  /** Until the pool answered its first document: bundle build, thread start, module and data loading. */
  firstMs: number;
  events: number;
  failures: number;
}

async function endToEnd(db: string, pool?: BatchOptions["pool"]): Promise<EndToEnd> {
  const store = await openStore(db);
  const docs = realDocuments(DOCS);
  const started = performance.now();
  const cpu = process.cpuUsage();
  let firstMs = 0;
  const summary = await runBatch(arraySource(docs), store, {
    workers: availableParallelism(),
    pool,
    onProgress: () => {
      firstMs ||= performance.now() - started;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await store.close();
  return {
    rate: docs.length / seconds,
    perCpuSecond: docs.length / ((used.user + used.system) / 1e6),
    firstMs,
    events: summary.events,
    failures: summary.failures.length,
  };
}

export default async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const baseline = readabilityRate(400);
  let e2eCpuMsPerPage: number | undefined;
  const dir = mkdtempSync(join(tmpdir(), "orbit-bench-e2e-"));
  try {
    const sqlite = await endToEnd(join(dir, "e2e.db"));
    e2eCpuMsPerPage = 1000 / sqlite.perCpuSecond;
    rows.push({
      name: `end-to-end HTML → stored events, SQLite, ${DOCS} real pages, ${availableParallelism()} threads (${sqlite.events} events, ${sqlite.failures} failed)`,
      value: sqlite.rate,
      unit: "articles/s",
      baseline: "Readability+linkedom extraction only, 1 thread",
      baselineValue: baseline,
      target: "≥ 300",
    });
    rows.push({
      name: `end-to-end, SQLite: articles per CPU-second of the process (all threads; ×${availableParallelism()} cores = ceiling on an idle machine)`,
      value: sqlite.perCpuSecond,
      unit: "articles/CPU-s",
      target: `≥ ${Math.ceil(300 / availableParallelism())}`,
    });
    // The same run with V8's default heap sizes in the threads: what the memory caps cost in speed.
    const uncapped = await endToEnd(join(dir, "e2e-uncapped.db"), { youngGenerationMb: 0, oldGenerationMb: 0 });
    rows.push({
      name: "end-to-end, SQLite, threads with the pool's heap caps (young 16 MB, old 160 MB: flat RSS)",
      value: sqlite.rate,
      unit: "articles/s",
      baseline: "same pages, V8's default heap sizes",
      baselineValue: uncapped.rate,
    });
    rows.push({
      name: "end-to-end: first document stored (worker bundle, thread start, stage data)",
      value: sqlite.firstMs,
      unit: "ms",
      lowerIsBetter: true,
    });
    if (process.env.ORBIT_TEST_PG) {
      // A throw-away schema, so the run starts empty and leaves the database as it found it.
      const { TestSchemas } = await import("../src/store/postgres/pg-test-schema.ts");
      const schemas = new TestSchemas(process.env.ORBIT_TEST_PG);
      const pg = await endToEnd(await schemas.create("bench_e2e")).finally(() => schemas.dropAll());
      rows.push({
        name: `end-to-end, PostgreSQL, ${DOCS} real pages, ${availableParallelism()} threads`,
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
  // what the end-to-end run spends beyond that is the threads' own: start-up, copying documents and results.
  const oneThread = stages.filter((t) => !t.stage.startsWith("nlp:")).reduce((sum, t) => sum + t.cpuMs, 0);
  if (e2eCpuMsPerPage !== undefined)
    rows.push({
      name: `per page, worker threads' overhead (end-to-end CPU ms/page ${e2eCpuMsPerPage.toFixed(2)} − one thread's stages ${oneThread.toFixed(2)})`,
      value: e2eCpuMsPerPage - oneThread,
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
    name: `peak RSS streaming ${stream.documents} documents into SQLite (${stream.seconds.toFixed(0)} s, ${stream.events} events; RSS by tenths: ${stream.traceMB.join(" ")} MB)`,
    value: stream.peakRssMB,
    unit: "MB",
    baseline: "RSS at start of that process",
    baselineValue: stream.startRssMB,
    lowerIsBetter: true,
    target: "< 400",
  });
  return rows;
}
