// A database location (SQLite path or postgres:// URL) → a Store; also the job queue workers take documents from.
import { AppError, type RawDocument } from "../domain/index.ts";
import type { JobQueue } from "./job-queue.ts";
import type { Store } from "./store.ts";

export { type ActCandidate, actDay, actKey, actReports, directedRepeatFlags, repeatFlags } from "./acts.ts";
export { periodsInOrder } from "./dates.ts";
export { dbLabel } from "./db-label.ts";
export { MAX_PAGE } from "./event-query.ts";
export type { Job, JobQueue, QueueCounts } from "./job-queue.ts";
export type * from "./store.ts";
export { type TwinCandidate, twinFlags, twinnedFlags } from "./twins.ts";
export { VOTE_LETTERS } from "./vote-rolls.ts";
export { runWorker, type WorkerOptions, type WorkerSummary } from "./worker-loop.ts";

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * Opens (and migrates) a store. PostgreSQL URLs load the pg driver on demand, so SQLite users never load `pg`.
 * A corrupt, non-SQLite or locked file fails with STORE_FAILED naming the file; nothing is silently recreated.
 */
export async function openStore(db: string, options: { busyTimeoutMs?: number } = {}): Promise<Store> {
  if (!db) throw new AppError("BAD_OPTION", "no database given (use --db or ORBIT_DB)", { where: "db" });
  if (isPostgresUrl(db)) {
    const { openPostgresStore } = await import("./postgres/index.ts");
    return openPostgresStore(db);
  }
  const { openSqliteStore } = await import("./sqlite/index.ts");
  return openSqliteStore(db, options);
}

/** Opens the shared job queue: PostgreSQL only, since workers on several machines need one server to meet at. */
export async function openQueue(db: string): Promise<JobQueue> {
  if (!isPostgresUrl(db))
    throw new AppError("BAD_OPTION", "the job queue needs PostgreSQL: pass --db postgres://user:pass@host/db", {
      where: "db",
    });
  const { openPostgresQueue } = await import("./postgres/index.ts");
  return openPostgresQueue(db);
}

/** Puts documents on the queue for `orbit worker` processes; ids already waiting are not queued twice. */
export async function enqueue(db: string, docs: Iterable<RawDocument> | AsyncIterable<RawDocument>) {
  const queue = await openQueue(db);
  try {
    return await queue.enqueue(docs);
  } finally {
    await queue.close();
  }
}
