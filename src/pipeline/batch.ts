import {
  type AnalyzedDocument,
  type AppError,
  type RawDocument,
  type Source,
  truncationWarning,
} from "../domain/index.ts";
import type { FailureRecord, SaveStatus, Store } from "../store/index.ts";
import { type AnalyzerPool, createAnalyzerPool } from "./pool.ts";
import { StageFailure, unpackForAnalysis } from "./stage-failure.ts";

export interface BatchSummary {
  documents: number;
  stored: number;
  unchanged: number;
  duplicates: number;
  events: number;
  failures: FailureRecord[];
  /** Files a folder held that are not documents (images, archives, empty files), with the reason; not failures. */
  skipped: { origin: string; reason: string }[];
  /**
   * Documents stored with something the user must know: a text longer than Orbit reads was cut (its end dropped), or
   * the source's own warning (a page whose download ended early).
   */
  warnings: { documentId: string; origin?: string; message: string }[];
}

export interface BatchOptions {
  /** Worker threads for the CPU-bound stages; 1 runs them on this thread. Default: the number of cores. */
  workers?: number;
  /** Skip documents whose id is already stored, before analysing them (resume after a crash, `npm start`). */
  skipExisting?: boolean;
  onProgress?: (summary: BatchSummary, last: { id: string; status: SaveStatus | "failed" | "skipped" }) => void;
  /** A long-lived pool to use (and leave open) instead of starting one: the server analyses every request on one. */
  analyzer?: AnalyzerPool;
}

/** Documents in flight per analysis thread (bounds memory while streaming). */
export const WINDOW_PER_THREAD = 3;

export function emptySummary(): BatchSummary {
  return { documents: 0, stored: 0, unchanged: 0, duplicates: 0, events: 0, failures: [], skipped: [], warnings: [] };
}

export function failureOf(
  documentId: string,
  origin: string | undefined,
  stage: string,
  error: AppError,
): FailureRecord {
  return { documentId, origin, stage, code: error.code, message: error.message, at: new Date().toISOString() };
}

/**
 * Reads a source, analyses each document (in worker threads when there are several cores), stores the results one
 * document per transaction, and records failures without stopping. Results are stored as they come back, so a crash
 * loses at most the documents in flight, and rerunning the batch stores nothing twice.
 */
export async function runBatch(source: Source, store: Store, options: BatchOptions = {}): Promise<BatchSummary> {
  const summary = emptySummary();
  const pool: AnalyzerPool = options.analyzer ?? (await createAnalyzerPool(options.workers));
  // The pool posts each thread its current page and the next; one more per thread waiting here keeps them fed when
  // the source is slow for a moment. A deeper window only holds more pages (~10 MB at 2 × 8): on this thread's heap
  // as strings, or in shared memory as a packed document's bytes.
  const window = Math.max(1, pool.size * WINDOW_PER_THREAD);
  const inFlight = new Set<Promise<void>>();
  const report = (id: string, status: SaveStatus | "failed" | "skipped") =>
    options.onProgress?.(summary, { id, status });

  const fail = async (doc: { id: string; origin?: string }, stage: string, error: AppError) => {
    const failure = failureOf(doc.id, doc.origin, stage, error);
    summary.failures.push(failure);
    await store.recordFailure(failure);
    report(doc.id, "failed");
  };

  /**
   * Stores what the analysis of one document gives back. It is given the document's id and origin, never the
   * document: the page (~0.3 MB of text for a typical one) would otherwise stay alive here until its results are
   * stored, on top of the copy the pool keeps for a retry until the thread answers, and be promoted to the old
   * generation with every page in flight (the main thread's saw-tooth, docs/scaling.md). A packed document's id is
   * only the line's or file's until a thread decodes it: failures carry the decoded one (StageFailure.documentId).
   */
  const settle = async (
    key: { id: string; origin?: string; warnings?: string[] },
    analysis: Promise<AnalyzedDocument>,
  ) => {
    let analyzed: AnalyzedDocument;
    try {
      analyzed = await analysis;
    } catch (err) {
      const failure = err instanceof StageFailure ? err : new StageFailure("pipeline", err as AppError);
      await fail({ id: failure.documentId ?? key.id, origin: key.origin }, failure.stage, failure.error);
      return;
    }
    try {
      const saved = await store.saveAnalyzed(analyzed);
      if (saved.status === "stored") summary.stored++;
      else if (saved.status === "unchanged") summary.unchanged++;
      else summary.duplicates++;
      if (saved.status !== "unchanged") summary.events += saved.events;
      const cut = analyzed.article.truncated;
      const messages = [...(key.warnings ?? []), ...(cut ? [truncationWarning(cut)] : [])];
      for (const message of messages) summary.warnings.push({ documentId: analyzed.id, origin: key.origin, message });
      report(analyzed.id, saved.status);
    } catch (err) {
      await fail({ id: analyzed.id, origin: key.origin }, "store", err as AppError);
    }
  };
  // Not async, so no suspended frame holds the document: once posted, only the pool refers to it.
  const handle = (doc: RawDocument) =>
    settle({ id: doc.id, origin: doc.origin, warnings: doc.warnings }, pool.analyze(doc));

  try {
    for await (const item of source.items()) {
      if ("skipped" in item) {
        summary.skipped.push({ origin: item.origin, reason: item.skipped });
        continue;
      }
      if ("warning" in item) {
        summary.warnings.push({ documentId: item.origin, origin: item.origin, message: item.warning });
        continue;
      }
      summary.documents++;
      if ("error" in item) {
        await fail({ id: item.id ?? item.origin, origin: item.origin }, "ingest", item.error);
        continue;
      }
      let doc = item.doc;
      if (options.skipExisting) {
        // The id is needed now: a packed line is decoded here (the threads would decode it again; a resume is rare).
        try {
          doc = unpackForAnalysis(doc);
        } catch (err) {
          const failure = err as StageFailure;
          await fail({ id: failure.documentId ?? doc.id, origin: doc.origin }, failure.stage, failure.error);
          continue;
        }
        if (await store.getArticle(doc.id)) {
          summary.unchanged++;
          report(doc.id, "skipped");
          continue;
        }
      }
      const task = handle(doc).finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= window) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    if (!options.analyzer) await pool.close();
  }
  return summary;
}
