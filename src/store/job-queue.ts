// The queue seam: raw documents wait as jobs; a worker leases some, analyses them and completes each atomically.
import type { AnalyzedDocument, RawDocument } from "../domain/index.ts";
import type { FailureRecord, SaveResult, Store } from "./store.ts";

export interface Job {
  id: string;
  doc: RawDocument;
  /** 1 on the first try; higher after a worker died holding it. */
  attempts: number;
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
   * Stores the result and marks the job done in one transaction. Returns undefined (and stores nothing) when this
   * worker lost the lease, so a job taken over by another worker is never stored twice.
   */
  complete(worker: string, job: Job, result: AnalyzedDocument): Promise<SaveResult | undefined>;
  /** Records the failure and marks the job failed in one transaction (a bad document is not retried forever). */
  fail(worker: string, job: Job, failure: FailureRecord): Promise<boolean>;
  counts(): Promise<QueueCounts>;
  close(): Promise<void>;
}
