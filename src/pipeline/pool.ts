import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type AnalyzedDocument, AppError, type ErrorCode, type RawDocument } from "../domain/index.ts";
import { analyzeDocument, StageFailure } from "./analyze.ts";

/** Runs analyzeDocument on a pool of worker threads, or inline when the pool has one slot. */
export interface AnalyzerPool {
  readonly size: number;
  analyze(doc: RawDocument): Promise<AnalyzedDocument>;
  close(): Promise<void>;
}

export type WorkerReply =
  | { id: number; ok: true; result: AnalyzedDocument }
  | { id: number; ok: false; stage: string; code: ErrorCode; message: string; where?: string };

function inlinePool(): AnalyzerPool {
  return {
    size: 1,
    analyze: async (doc) => analyzeDocument(doc),
    close: async () => {},
  };
}

/**
 * Worker threads need the TypeScript loader too when Orbit runs from source; `--import tsx` in a worker's execArgv is
 * not honoured on Node 20, so the worker registers tsx itself before loading the real entry.
 */
function spawnWorker(entry: URL): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true });
}

export async function createAnalyzerPool(requested?: number): Promise<AnalyzerPool> {
  const size = Math.max(1, requested ?? availableParallelism());
  if (size === 1) return inlinePool();
  const workerUrl = new URL("./analyze-worker.ts", import.meta.url);
  const pending = new Map<number, { resolve: (r: AnalyzedDocument) => void; reject: (e: Error) => void }>();
  const load = new Map<Worker, number>();
  let nextId = 0;
  let failed: Error | undefined;

  const onReply = (worker: Worker) => (reply: WorkerReply) => {
    load.set(worker, (load.get(worker) ?? 1) - 1);
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (!waiter) return;
    if (reply.ok) waiter.resolve(reply.result);
    else
      waiter.reject(
        new StageFailure(
          reply.stage,
          new AppError(reply.code, reply.message.replace(`${reply.where}: `, ""), { where: reply.where }),
        ),
      );
  };
  const workers = Array.from({ length: size }, () => {
    const worker = spawnWorker(workerUrl);
    worker.on("message", onReply(worker));
    worker.on("error", (err) => {
      // A worker that dies takes its documents with it: fail them clearly rather than hang.
      failed = err;
      for (const [id, waiter] of pending) {
        pending.delete(id);
        waiter.reject(
          new StageFailure("pipeline", new AppError("INTERNAL", `analysis worker crashed: ${err.message}`)),
        );
      }
    });
    load.set(worker, 0);
    return worker;
  });

  return {
    size,
    analyze(doc) {
      if (failed)
        return Promise.reject(
          new StageFailure("pipeline", new AppError("INTERNAL", `analysis worker crashed: ${failed.message}`)),
        );
      // Least-loaded worker keeps both cores busy even when documents differ a lot in size.
      let best = workers[0]!;
      for (const w of workers) if ((load.get(w) ?? 0) < (load.get(best) ?? 0)) best = w;
      load.set(best, (load.get(best) ?? 0) + 1);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        best.postMessage({ id, doc });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
