// Raw documents → analyzed documents (extract → nlp → coding) → the store, with failures recorded per document.
// The stage modules load on demand (loadAnalyzer, or inside worker threads), so importing this file stays light.
export { type Analyze, analyzeDocument, loadAnalyzer, STAGE_ORDER } from "./analyzer.ts";
export { type BatchOptions, type BatchSummary, emptySummary, failureOf, runBatch } from "./batch.ts";
export {
  type AnalyzerPool,
  createAnalyzerPool,
  HEAP_DEFAULTS,
  type PoolOptions,
} from "./pool.ts";
export { StageFailure } from "./stage-failure.ts";
export { NODE_BUNDLE, sourceUrls } from "./worker-bundle.ts";
