// Raw documents → analyzed documents (extract → nlp → coding) → the store, with failures recorded per document.
export { analyzeDocument, STAGE_ORDER, StageFailure } from "./analyze.ts";
export { type BatchOptions, type BatchSummary, emptySummary, failureOf, runBatch } from "./batch.ts";
export { type AnalyzerPool, createAnalyzerPool } from "./pool.ts";
