// `orbit worker --db postgres://…`: takes queued documents, analyses them and stores each with its job, until stopped.
import { hostname } from "node:os";
import type { Command } from "commander";
import { loadConfig } from "../config/index.ts";
import { AppError } from "../domain/index.ts";
import { createAnalyzerPool } from "../pipeline/index.ts";
import { openQueue, runWorker } from "../store/index.ts";
import { withDb } from "./db-option.ts";

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new AppError("BAD_OPTION", `${name} must be a positive number, got "${value}"`);
  return n;
}

interface WorkerFlags {
  db?: string;
  batch: string;
  threads?: string;
  lease: string;
  exitWhenEmpty?: boolean;
  id?: string;
}

export function registerWorker(program: Command): void {
  withDb(
    program
      .command("worker")
      .description("process documents queued in PostgreSQL (orbit ingest --queue); run any number, on any machine"),
  )
    .option("--batch <n>", "documents leased per round trip", "8")
    .option(
      "--threads <n>",
      "analysis threads in this worker (default: ORBIT_WORKERS, else 1: run one worker per core)",
    )
    .option("--lease <seconds>", "how long a job stays ours without a heartbeat before others retry it", "30")
    .option("--exit-when-empty", "stop once nothing is queued or running instead of waiting for more")
    .option("--id <name>", "worker name shown in the job table (default: host:pid)")
    .action(async (opts: WorkerFlags) => {
      const config = loadConfig({ db: opts.db });
      const batch = Math.floor(positive("--batch", opts.batch));
      const threads =
        opts.threads === undefined ? (config.workers ?? 1) : Math.floor(positive("--threads", opts.threads));
      const leaseMs = Math.round(positive("--lease", opts.lease) * 1000);
      // The stages run on worker threads with the pool's heap caps and recycling, as in `orbit ingest`: on this
      // thread V8's default heap let a worker grow to ~500-600 MB, and a page that exhausts the thread's heap fails
      // alone instead of killing the process. One thread by default: workers are started one per core (or spread
      // over machines), and each thread pays its own start-up and V8 warm-up, so more threads than cores only costs.
      // This thread leases, stores and commits while the analysis thread works on the next documents.
      const analyzer = await createAnalyzerPool(threads, { offMainThread: true });
      const queue = await openQueue(config.db).catch(async (err) => {
        await analyzer.close();
        throw err;
      });
      const stop = new AbortController();
      // SIGTERM/SIGINT stop leasing; the documents already in hand (at most twice --batch) are finished and stored.
      const onSignal = () => stop.abort();
      process.once("SIGTERM", onSignal);
      process.once("SIGINT", onSignal);
      try {
        const summary = await runWorker({
          queue,
          analyze: (doc) => analyzer.analyze(doc),
          workerId: opts.id ?? `${hostname()}:${process.pid}`,
          batch,
          leaseMs,
          exitWhenEmpty: opts.exitWhenEmpty ?? false,
          signal: stop.signal,
        });
        process.stdout.write(
          `jobs: ${summary.jobs}  stored: ${summary.stored}  failed: ${summary.failed}  lost to other workers: ${summary.lost}\n`,
        );
      } finally {
        process.off("SIGTERM", onSignal);
        process.off("SIGINT", onSignal);
        await analyzer.close();
        await queue.close();
      }
    });
}
