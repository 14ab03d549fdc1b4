// End to end with real worker processes: N real news pages queued in PostgreSQL, 2 `orbit worker --exit-when-empty`
// processes drain the queue; articles/s from the first job taken to the last stored, the workers' CPU seconds and
// those of the PostgreSQL backends serving them.
// Baseline in the same run: the same N documents through runBatch into a temporary SQLite file (default threads).
// Needs ORBIT_TEST_PG; ORBIT_BENCH_DOCS sets N (default 5,000), ORBIT_BENCH_WORKERS the process count (default 2).
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { runBatch } from "../src/pipeline/index.ts";
import { enqueue, openStore } from "../src/store/index.ts";
import type { SqlStore } from "../src/store/sql-store.ts";
import type { BenchRow } from "./bench-row.ts";
import { arraySource } from "./support/array-source.ts";
import { realDocuments } from "./support/real-pages.ts";
import { backendCpu, parentPid, serverCpuSeconds, startWorker, type WorkerRun } from "./support/worker-process.ts";

const DOCS = Number(process.env.ORBIT_BENCH_DOCS ?? 5000);
const WORKERS = Number(process.env.ORBIT_BENCH_WORKERS ?? 2);
const log = (s: string) => process.stderr.write(`${s}\n`);
/** The machine's 1-minute load average: the figures here are wall-clock rates on 2 cores shared with other work. */
const load = () => loadavg()[0]!.toFixed(1);

interface Measured {
  /** Load average at the start and end of the measurement. */
  load: string;
  rate: number;
  seconds: number;
  cpuSeconds: number;
  articles: number;
  failures: number;
}

async function sqliteBaseline(): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), "orbit-bench-workers-"));
  try {
    const store = (await openStore(join(dir, "baseline.db"))) as SqlStore;
    const docs = realDocuments(DOCS);
    const loadBefore = load();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const summary = await runBatch(arraySource(docs), store, {});
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const articles = Number((await store.db.all("SELECT COUNT(*) AS n FROM articles"))[0]?.n);
    await store.close();
    if (articles + summary.failures.length !== DOCS)
      throw new Error(`SQLite baseline: ${articles} articles and ${summary.failures.length} failures of ${DOCS}`);
    return {
      load: `${loadBefore}→${load()}`,
      rate: docs.length / seconds,
      seconds,
      cpuSeconds: (used.user + used.system) / 1e6,
      articles,
      failures: summary.failures.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface PgRun extends Measured {
  startupMs: number;
  /** CPU seconds of the PostgreSQL server meanwhile (all its clients); NaN if not local. */
  serverCpuSeconds: number;
  /** CPU seconds of the backends serving the workers' connections (found by application_name, sampled). */
  backendCpuSeconds: number;
  /** Processes spawned → last stored: what a batch job costs including worker start-up. */
  wallSeconds: number;
  enqueueRate: number;
  runs: WorkerRun[];
}

async function postgresWorkers(base: string): Promise<PgRun> {
  const { TestSchemas } = await import("../src/store/postgres/pg-test-schema.ts");
  const schemas = new TestSchemas(base);
  const url = await schemas.create("bench_workers");
  const schema = new URL(url).searchParams.get("options")!.replace("-c search_path=", "");
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    const docs = realDocuments(DOCS);
    const t0 = performance.now();
    const { queued } = await enqueue(url, docs);
    const enqueueRate = queued / ((performance.now() - t0) / 1000);
    if (queued !== DOCS) throw new Error(`queued ${queued} of ${DOCS} documents in ${schema}`);
    await admin.query(`SET search_path TO ${schema}`);
    log(`workers bench: ${queued} jobs queued; starting ${WORKERS} worker processes`);

    const postmaster = parentPid(Number((await admin.query("SELECT pg_backend_pid() AS p")).rows[0].p));
    const serverBefore = serverCpuSeconds(postmaster);
    const loadBefore = load();
    const spawned = performance.now();
    // Each worker's connections carry an application_name, so the backends serving them can be told from other
    // clients of a shared server.
    const named = (i: number) => {
      const u = new URL(url);
      u.searchParams.set("application_name", `orbit-bench-${i + 1}`);
      return u.toString();
    };
    const workers = Array.from({ length: WORKERS }, (_, i) => startWorker(named(i), `bench-${i + 1}`));
    const backends = backendCpu();
    const sampleBackends = async () => {
      const r = await admin.query(
        "SELECT pid FROM pg_stat_activity WHERE application_name LIKE 'orbit-bench-%' AND datname = current_database()",
      );
      backends.sample(r.rows.map((x) => Number(x.pid)));
    };
    const all = Promise.all(workers.map((w) => w.done));
    // The clock starts when the database first sees a job taken (its own clock, like finished_at below), so worker
    // start-up (tsx, stage data) is reported apart from throughput.
    let firstTaken: Date | undefined;
    let startupMs = 0;
    let finished = false;
    void all.then(() => {
      finished = true;
    });
    while (!finished) {
      for (const w of workers) w.sample();
      await sampleBackends();
      if (!firstTaken) {
        const r = await admin.query(
          "SELECT now() AS t, EXISTS (SELECT 1 FROM orbit_jobs WHERE status <> 'queued') AS taken",
        );
        if (r.rows[0].taken) {
          firstTaken = r.rows[0].t as Date;
          startupMs = performance.now() - spawned;
        }
      }
      await new Promise((r) => setTimeout(r, firstTaken ? 250 : 25));
    }
    const runs = await all;
    const serverCpu = serverCpuSeconds(postmaster) - serverBefore;
    const loadAfter = load();
    for (const run of runs)
      if (run.exitCode !== 0)
        throw new Error(`worker ${run.id} exited with ${run.exitCode}: ${run.stderr.slice(-500)}`);

    const jobs = await admin.query(
      "SELECT status, COUNT(*)::int AS n, MAX(finished_at) AS last FROM orbit_jobs GROUP BY status",
    );
    const byStatus = Object.fromEntries(jobs.rows.map((r) => [r.status, r]));
    const done = byStatus.done?.n ?? 0;
    const failed = byStatus.failed?.n ?? 0;
    const articles = (await admin.query("SELECT COUNT(*)::int AS n FROM articles")).rows[0].n as number;
    // Every queued document ends as one stored article or one recorded failure, never both, never twice.
    if (done + failed !== DOCS || articles !== done)
      throw new Error(`after the run: ${done} jobs done, ${failed} failed, ${articles} articles stored of ${DOCS}`);
    const lasts = jobs.rows.map((r) => r.last as Date | null).filter((d): d is Date => d !== null);
    const last = Math.max(...lasts.map((d) => d.getTime()));
    if (!firstTaken) throw new Error("no job was ever seen taken");
    const seconds = (last - firstTaken.getTime()) / 1000;
    return {
      load: `${loadBefore}→${loadAfter}`,
      serverCpuSeconds: serverCpu,
      backendCpuSeconds: backends.seconds(),
      wallSeconds: seconds + startupMs / 1000,
      rate: DOCS / seconds,
      seconds,
      cpuSeconds: runs.reduce((s, r) => s + r.cpuSeconds, 0),
      articles,
      failures: failed,
      startupMs,
      enqueueRate,
      runs,
    };
  } finally {
    await admin.end();
    await schemas.dropAll();
  }
}

export default async function run(): Promise<BenchRow[]> {
  const base = process.env.ORBIT_TEST_PG;
  if (!base)
    return [
      {
        name: "skipped: worker processes on PostgreSQL need ORBIT_TEST_PG=postgres://orbit:orbit@127.0.0.1:5432/orbit_test",
        value: Number.NaN,
        unit: "",
      },
    ];
  const cores = availableParallelism();
  log(`workers bench: SQLite baseline, ${DOCS} real pages, runBatch with ${cores} threads`);
  const sqlite = await sqliteBaseline();
  log(`workers bench: SQLite ${sqlite.rate.toFixed(1)} articles/s in ${sqlite.seconds.toFixed(1)} s`);
  const pgRun = await postgresWorkers(base);
  log(`workers bench: PostgreSQL ${pgRun.rate.toFixed(1)} articles/s in ${pgRun.seconds.toFixed(1)} s`);
  const perWorker = pgRun.runs.map((r) => `${r.cpuSeconds.toFixed(1)}`).join(" + ");
  return [
    {
      name: `end-to-end, PostgreSQL queue, ${WORKERS} \`orbit worker\` processes, ${DOCS} real pages, first job taken → last stored (${pgRun.articles} articles, ${pgRun.failures} failed; SQLite ${sqlite.articles} articles, ${sqlite.failures} failed; load average ${pgRun.load}, SQLite ${sqlite.load})`,
      value: pgRun.rate,
      unit: "articles/s",
      baseline: `runBatch into SQLite, ${cores} threads, same run`,
      baselineValue: sqlite.rate,
      target: "within 30% of SQLite",
    },
    {
      name: `end-to-end, PostgreSQL workers: articles per CPU-second of the worker processes (${perWorker} CPU-s over ${pgRun.seconds.toFixed(1)} s)`,
      value: DOCS / pgRun.cpuSeconds,
      unit: "articles/CPU-s",
      baseline: `runBatch into SQLite (${sqlite.cpuSeconds.toFixed(1)} CPU-s, all threads)`,
      baselineValue: DOCS / sqlite.cpuSeconds,
    },
    {
      name: `CPU seconds used by the ${WORKERS} worker processes (from /proc, start to exit)`,
      value: pgRun.cpuSeconds,
      unit: "CPU-s",
      baseline: "runBatch into SQLite, whole process",
      baselineValue: sqlite.cpuSeconds,
      lowerIsBetter: true,
    },
    {
      name: `CPU seconds of the PostgreSQL backends serving the workers (by application_name, sampled; whole server with every client of this shared machine: ${pgRun.serverCpuSeconds.toFixed(1)})`,
      value: pgRun.backendCpuSeconds,
      unit: "CPU-s",
    },
    {
      name: `end-to-end, PostgreSQL workers + their backends: articles per CPU-second (${(pgRun.cpuSeconds + pgRun.backendCpuSeconds).toFixed(1)} CPU-s)`,
      value: DOCS / (pgRun.cpuSeconds + pgRun.backendCpuSeconds),
      unit: "articles/CPU-s",
      baseline: "runBatch into SQLite, whole process",
      baselineValue: DOCS / sqlite.cpuSeconds,
    },
    {
      name: `end-to-end, PostgreSQL workers, processes spawned → last stored (start-up included, as in the baseline; ${pgRun.wallSeconds.toFixed(1)} s)`,
      value: DOCS / pgRun.wallSeconds,
      unit: "articles/s",
      baseline: `runBatch into SQLite, pool start-up included (${sqlite.seconds.toFixed(1)} s)`,
      baselineValue: sqlite.rate,
      target: "within 30% of SQLite",
    },
    {
      name: "worker start-up: processes spawned → first job taken (tsx, stage data)",
      value: pgRun.startupMs,
      unit: "ms",
      lowerIsBetter: true,
    },
    {
      name: `peak RSS per worker process (${pgRun.runs.map((r) => r.peakRssMB.toFixed(0)).join(", ")} MB)`,
      value: Math.max(...pgRun.runs.map((r) => r.peakRssMB)),
      unit: "MB",
      lowerIsBetter: true,
    },
    { name: `enqueue ${DOCS} real pages into PostgreSQL (orbit_jobs)`, value: pgRun.enqueueRate, unit: "docs/s" },
  ];
}
