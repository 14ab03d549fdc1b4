// The stages loaded on demand: a process that hands analysis to worker threads never loads the stage modules or
// their data (wink model, chrono) on its main thread, which saves a copy of each. Only the gazetteer and place index
// are built there (pool.ts), once, in shared memory that every thread reads in place.
import { type AnalyzedDocument, AppError, type RawDocument } from "../domain/index.ts";

export type Analyze = (raw: RawDocument) => AnalyzedDocument;

/** Stage names in their declared order (analyze.ts checks them against the stages in its test). */
export const STAGE_ORDER = ["extract", "nlp", "coding"] as const;

let loaded: Analyze | undefined;

/** Loads the stage modules once and returns the synchronous analyser (extract → nlp → coding). */
export async function loadAnalyzer(): Promise<Analyze> {
  loaded ??= (await import("./analyze.ts")).analyzeDocument;
  return loaded;
}

/**
 * Runs extract → nlp → coding on one document; pure, throws StageFailure. Synchronous, so the stages must have been
 * loaded first with `await loadAnalyzer()` (which also returns this same function).
 */
export function analyzeDocument(raw: RawDocument): AnalyzedDocument {
  if (!loaded)
    throw new AppError("INTERNAL", "the pipeline stages are not loaded yet: call `await loadAnalyzer()` first", {
      where: raw.origin ?? raw.id,
    });
  return loaded(raw);
}
