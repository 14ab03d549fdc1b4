import type { AnalyzedDocument, Article, CodedEvent, Quad } from "../domain/index.ts";

/** An article as stored, with where it came from and whether it reprints another. */
export interface StoredArticle extends Article {
  storedAt: string;
  /** Id of the earlier article this one reprints (exact or near duplicate). */
  duplicateOf?: string;
  eventCount?: number;
}

/** Where a stored event came from: Orbit's own coder or an import (GDELT). */
export type EventOrigin = "orbit" | "gdelt";

export interface StoredEvent extends CodedEvent {
  id: string;
  articleId?: string;
  origin: EventOrigin;
  /** Source URL for imported events. */
  url?: string;
}

export interface EventFilter {
  /** Either party. */
  actor?: string;
  /** Directed pair source→target; `symmetric` also matches target→source. */
  dyad?: { source: string; target: string; symmetric?: boolean };
  /** CAMEO code or root prefix ("18", "190"). */
  cameo?: string;
  quad?: Quad;
  /** Inclusive ISO date bounds on the event date (`when`). */
  since?: string;
  until?: string;
  /** Words to find in the evidence sentence. */
  text?: string;
  articleId?: string;
  origin?: EventOrigin;
  /**
   * Events of duplicate articles (exact or near reprints) are stored but left out of queries and counts so a
   * reprinted story is counted once; set this to see them. Filtering by `articleId` always shows that article's events.
   */
  includeDuplicates?: boolean;
}

export interface Page {
  limit: number;
  /** Opaque cursor from the previous page's `next`. */
  cursor?: string;
}

export interface PageResult<T> {
  rows: T[];
  next?: string;
}

export type SaveStatus = "stored" | "unchanged" | "duplicate";

export interface SaveResult {
  articleId: string;
  status: SaveStatus;
  events: number;
  duplicateOf?: string;
}

/** A document the pipeline could not process; kept so the user can see and retry it. */
export interface FailureRecord {
  documentId: string;
  origin?: string;
  stage: string;
  code: string;
  message: string;
  at: string;
}

/** Imported event rows (GDELT), stored idempotently under their own key. */
export interface ImportedEvent extends Omit<StoredEvent, "id" | "origin"> {
  key: string;
}

/** One country's recorded vote on one UN General Assembly resolution. */
export interface UnVote {
  resolution: string;
  /** Vote date, ISO. */
  date: string;
  country: string;
  /** Y yes, N no, A abstain, X absent / not voting. */
  vote: "Y" | "N" | "A" | "X";
}

export interface DyadMonthRow {
  source: string;
  target: string;
  /** YYYY-MM */
  month: string;
  quad: Quad;
  count: number;
  goldsteinSum: number;
}

export interface StoreStats {
  articles: number;
  events: number;
  failures: number;
  votes: number;
}

/**
 * The one storage seam. Every driver (sqlite, postgres) passes the same contract suite (contract.ts).
 * Saving a document is atomic (article and its events together) and idempotent (same id and content: nothing changes).
 */
export interface Store {
  readonly kind: string;
  saveAnalyzed(doc: AnalyzedDocument): Promise<SaveResult>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  listArticles(
    filter: { text?: string; actor?: string; since?: string; until?: string },
    page: Page,
  ): Promise<PageResult<StoredArticle>>;
  /** Articles sharing actors and event types with this one, best first. */
  relatedArticles(id: string, limit: number): Promise<StoredArticle[]>;
  queryEvents(filter: EventFilter, page: Page): Promise<PageResult<StoredEvent>>;
  /** Every matching event, streamed in pages, for exports without a cap. */
  streamEvents(filter: EventFilter): AsyncIterable<StoredEvent>;
  /** Counts and Goldstein sums per directed dyad, month and quad class. */
  dyadMonthCounts(filter: EventFilter): Promise<DyadMonthRow[]>;
  importEvents(events: ImportedEvent[]): Promise<{ inserted: number; unchanged: number }>;
  recordFailure(failure: FailureRecord): Promise<void>;
  listFailures(limit: number): Promise<FailureRecord[]>;
  importVotes(votes: UnVote[]): Promise<{ inserted: number; unchanged: number }>;
  loadVotes(filter: { from?: string; to?: string }): Promise<UnVote[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
