// Queue → analysed and stored documents: one worker's loop of lease, analyse, complete, with heartbeats.
import { type AnalyzedDocument, type RawDocument, toAppError } from "../domain/index.ts";
import type { Job, JobQueue } from "./job-queue.ts";

export interface WorkerOptions {
  queue: JobQueue;
  /**
   * The pipeline: throws or rejects (a StageFailure or AppError) for a document it cannot analyse. Either the stages
   * themselves, run on this thread, or a pool that runs them on a worker thread with capped heaps (`orbit worker`).
   */
  analyze: (doc: RawDocument) => AnalyzedDocument | Promise<AnalyzedDocument>;
  /** Unique per process; shows in the job table which worker holds what. */
  workerId: string;
  /** Jobs leased per round trip. */
  batch?: number;
  leaseMs?: number;
  /** Pause when the queue is empty. */
  idleMs?: number;
  /** Stop once nothing is queued or running (batch mode, tests); otherwise keep polling until `signal` aborts. */
  exitWhenEmpty?: boolean;
  signal?: AbortSignal;
  onJob?: (job: Job, outcome: "stored" | "unchanged" | "duplicate" | "failed" | "lost") => void;
}

export interface WorkerSummary {
  jobs: number;
  stored: number;
  failed: number;
  lost: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
  });

export async function runWorker(o: WorkerOptions): Promise<WorkerSummary> {
  const leaseMs = o.leaseMs ?? 30_000;
  const summary: WorkerSummary = { jobs: 0, stored: 0, failed: 0, lost: 0 };
  const held = new Set<string>();
  // Renewing well before expiry keeps a slow but live worker's jobs; a killed worker stops renewing and loses them.
  const beat = setInterval(
    () => void o.queue.heartbeat(o.workerId, [...held], leaseMs).catch(() => {}),
    Math.max(100, Math.floor(leaseMs / 3)),
  );
  try {
    while (!o.signal?.aborted) {
      const jobs = await o.queue.take(o.workerId, o.batch ?? 8, leaseMs);
      if (!jobs.length) {
        if (o.exitWhenEmpty) {
          const c = await o.queue.counts();
          if (c.queued === 0 && c.running === 0) break;
        }
        await sleep(o.idleMs ?? 500, o.signal);
        continue;
      }
      for (const job of jobs) held.add(job.id);
      for (const job of jobs) {
        summary.jobs++;
        await runOne(o, job, summary);
        held.delete(job.id);
        if (o.signal?.aborted) break;
      }
      // Jobs not started before an abort are simply left to expire and be retried by another worker.
      held.clear();
    }
  } finally {
    clearInterval(beat);
  }
  return summary;
}

async function runOne(o: WorkerOptions, job: Job, summary: WorkerSummary): Promise<void> {
  let result: AnalyzedDocument;
  try {
    result = await o.analyze(job.doc);
  } catch (err) {
    const e = toAppError(err, job.doc.origin ?? job.doc.id);
    const stage = (err as { stage?: unknown }).stage;
    const ok = await o.queue.fail(o.workerId, job, {
      documentId: job.doc.id,
      origin: job.doc.origin,
      stage: typeof stage === "string" ? stage : "pipeline",
      code: e.code,
      message: e.message,
      at: new Date().toISOString(),
    });
    summary[ok ? "failed" : "lost"]++;
    o.onJob?.(job, ok ? "failed" : "lost");
    return;
  }
  const saved = await o.queue.complete(o.workerId, job, result);
  if (!saved) {
    summary.lost++;
    o.onJob?.(job, "lost");
    return;
  }
  summary.stored++;
  o.onJob?.(job, saved.status);
}
