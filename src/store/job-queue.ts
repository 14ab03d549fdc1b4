// The queue seam: raw documents wait as jobs; a worker leases some, analyses them and completes each atomically.
import type { AnalyzedDocument, RawDocument } from "../domain/index.ts";
import type { FailureRecord, SaveResult, Store } from "./store.ts";

export interface Job {
  id: string;
  doc: RawDocument;
  /** 1 on the first try; higher after a worker died holding it. */
  attempts: number;
}

/** A job with its analysed document, ready to be stored. */
export interface Finished {
  job: Job;
  result: AnalyzedDocument;
}

export interface QueueCounts {
  queued: number;
  running: number;
  done: number;
  failed: number;
}

export interface JobQueue {
  readonly store: Store;
  /** Adds documents; one already waiting or running under the same id is skipped. */
  enqueue(docs: Iterable<RawDocument> | AsyncIterable<RawDocument>): Promise<{ queued: number; skipped: number }>;
  /** Leases up to `max` jobs for `leaseMs`; a job whose lease ran out (its worker died) is handed out again. */
  take(worker: string, max: number, leaseMs: number): Promise<Job[]>;
  /** Extends the leases of jobs this worker still holds. */
  heartbeat(worker: string, jobIds: string[], leaseMs: number): Promise<void>;
  /**
   * Stores the results and marks their jobs done, all in one transaction (one commit for a group, not one per
   * document). A result whose lease this worker lost gets undefined and stores nothing, so a job taken over by another
   * worker is never stored twice. If any save throws, the whole group is rolled back and the error rethrown.
   */
  complete(worker: string, finished: Finished[]): Promise<(SaveResult | undefined)[]>;
  /** Records the failure and marks the job failed in one transaction (a bad document is not retried forever). */
  fail(worker: string, job: Job, failure: FailureRecord): Promise<boolean>;
  counts(): Promise<QueueCounts>;
  close(): Promise<void>;
}
