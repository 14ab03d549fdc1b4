// Queue → analysed and stored documents: one worker's loop of lease, analyse ahead, store in groups, with heartbeats.
import { type AnalyzedDocument, type RawDocument, toAppError } from "../domain/index.ts";
import type { Finished, Job, JobQueue } from "./job-queue.ts";
import type { FailureRecord, SaveResult } from "./store.ts";

export interface WorkerOptions {
  queue: JobQueue;
  /**
   * The pipeline: throws or rejects (a StageFailure or AppError) for a document it cannot analyse. Either the stages
   * themselves, run on this thread, or a pool that runs them on worker threads with capped heaps (`orbit worker`).
   */
  analyze: (doc: RawDocument) => AnalyzedDocument | Promise<AnalyzedDocument>;
  /** Unique per process; shows in the job table which worker holds what. */
  workerId: string;
  /**
   * Jobs leased per round trip, and stored per commit. At most twice this many are held at once (leased, being
   * analysed, or waiting to be stored): the next batch is leased once no more than one batch is held, so the analysis
   * threads work on one batch while the results of the other are committed and never wait for a lease or a commit.
   */
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

/** Most documents stored in one transaction. */
const MAX_GROUP = 32;

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

/**
 * Leases jobs a batch at a time and hands each to `analyze` at once, so the analysis threads work on the next
 * documents while earlier results are stored. Results are stored in groups of a batch, or sooner when one has
 * waited GATHER_MS, and those that come back while a commit is under way join the next one: one commit carries
 * several documents (fewer round trips and WAL flushes) at any load. Every job stays leased, and is
 * heartbeaten, until its result is committed, so a worker killed at any point leaves its jobs to be retried and
 * nothing half-stored.
 */
export async function runWorker(o: WorkerOptions): Promise<WorkerSummary> {
  const leaseMs = o.leaseMs ?? 30_000;
  const batch = o.batch ?? 8;
  const summary: WorkerSummary = { jobs: 0, stored: 0, failed: 0, lost: 0 };
  const held = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  // A batch per commit while the next batch keeps the analysis busy (see `batch`). Half a batch per commit (4
  // documents) cost ~10 statements per commit, 2.5 per document; a whole one halves that.
  const store = storer(o, batch);
  // Renewing well before expiry keeps a slow but live worker's jobs; a killed worker stops renewing and loses them.
  const beat = setInterval(
    () => void o.queue.heartbeat(o.workerId, [...held], leaseMs).catch(() => {}),
    Math.max(100, Math.floor(leaseMs / 3)),
  );
  // A job that could not even record its failure (the database is gone) stops the worker once the others settle.
  let fatal: { err: unknown } | undefined;
  const start = (job: Job) => {
    summary.jobs++;
    held.add(job.id);
    const task = runOne(o, job, summary, store)
      .catch((err) => {
        fatal ??= { err };
      })
      .finally(() => {
        held.delete(job.id);
        inFlight.delete(task);
      });
    inFlight.add(task);
  };
  try {
    while (!o.signal?.aborted && !fatal) {
      if (inFlight.size > batch) {
        await Promise.race(inFlight);
        continue;
      }
      const jobs = await o.queue.take(o.workerId, batch, leaseMs);
      for (const job of jobs) start(job);
      if (jobs.length) continue;
      if (inFlight.size) {
        // Nothing more to lease: finish what is held before deciding whether the queue is done.
        await Promise.all(inFlight);
        continue;
      }
      if (o.exitWhenEmpty) {
        const c = await o.queue.counts();
        if (c.queued === 0 && c.running === 0) break;
      }
      await sleep(o.idleMs ?? 500, o.signal);
    }
    // On abort the held jobs (at most twice `batch`) are finished rather than left to wait out their leases.
    await Promise.all(inFlight);
    if (fatal) throw fatal.err;
  } finally {
    clearInterval(beat);
  }
  return summary;
}

type Store = (job: Job, result: AnalyzedDocument) => Promise<SaveResult | undefined>;

/**
 * Longest a result waits for others to share its commit. A commit costs ~9 statements, each a round trip, whatever
 * its size (BEGIN, the jobs' UPDATE with the group's locks, one of each kind for the saves, COMMIT) and a WAL flush:
 * committing each result as it came back (1.12 documents per commit, measured with one analysis thread on real pages)
 * spent most of a worker's round trips on commits. Long enough for one analysis thread to finish a batch of 8 real
 * pages on a loaded machine (~6-10 ms each); nothing to a job's 30 s lease.
 */
const GATHER_MS = 100;

/**
 * Group commit: a commit starts once `target` results wait (or the oldest has waited GATHER_MS), and results arriving
 * while it runs wait for the next one, which takes them all (up to MAX_GROUP).
 */
function storer(o: WorkerOptions, target: number): Store {
  type Waiting = Finished & { settle: (saved: Promise<SaveResult | undefined>) => void };
  const waiting: Waiting[] = [];
  let committing = false;
  let timer: NodeJS.Timeout | undefined;
  const alone = (w: Waiting) => o.queue.complete(o.workerId, [w]).then((r) => r[0]);
  const commitAll = async () => {
    clearTimeout(timer);
    timer = undefined;
    committing = true;
    while (waiting.length) {
      const group = waiting.splice(0, MAX_GROUP);
      try {
        const saved = await o.queue.complete(o.workerId, group);
        for (const [i, w] of group.entries()) w.settle(Promise.resolve(saved[i]));
      } catch (err) {
        // A save that throws rolls back its whole group: then each is stored alone, so only the bad one fails.
        if (group.length === 1) group[0]!.settle(Promise.reject(err));
        else for (const w of group) w.settle(alone(w));
      }
      if (waiting.length < target) break;
    }
    committing = false;
    schedule();
  };
  const schedule = () => {
    if (committing || !waiting.length) return;
    if (waiting.length >= target) void commitAll();
    else timer ??= setTimeout(() => void commitAll(), GATHER_MS);
  };
  return (job, result) =>
    new Promise((resolve, reject) => {
      waiting.push({ job, result, settle: (saved) => saved.then(resolve, reject) });
      schedule();
    });
}

function failure(job: Job, stage: string, err: unknown): FailureRecord {
  const e = toAppError(err, job.doc.origin ?? job.doc.id);
  return {
    documentId: job.doc.id,
    origin: job.doc.origin,
    stage,
    code: e.code,
    message: e.message,
    at: new Date().toISOString(),
  };
}

async function runOne(o: WorkerOptions, job: Job, summary: WorkerSummary, store: Store): Promise<void> {
  let result: AnalyzedDocument;
  try {
    result = await o.analyze(job.doc);
  } catch (err) {
    const stage = (err as { stage?: unknown }).stage;
    return record(o, job, summary, failure(job, typeof stage === "string" ? stage : "pipeline", err));
  } finally {
    // The page (~0.2 MB of text) is not needed once analysed; kept until its group commits, every page in flight
    // outlived a scavenge or two on this thread and was promoted, to be marked and compacted later.
    const { html: _html, text: _text, packed: _packed, ...rest } = job.doc;
    job.doc = rest;
  }
  let saved: SaveResult | undefined;
  try {
    saved = await store(job, result);
  } catch (err) {
    // This document could not be stored; recording why needs the database too, so a lost server still stops us.
    return record(o, job, summary, failure(job, "store", err));
  }
  if (!saved) {
    summary.lost++;
    o.onJob?.(job, "lost");
    return;
  }
  summary.stored++;
  o.onJob?.(job, saved.status);
}

async function record(o: WorkerOptions, job: Job, summary: WorkerSummary, f: FailureRecord): Promise<void> {
  const ok = await o.queue.fail(o.workerId, job, f);
  summary[ok ? "failed" : "lost"]++;
  o.onJob?.(job, ok ? "failed" : "lost");
}
