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
  /** The page the event was read from: its article's URL (or canonical URL), or an imported row's source URL. */
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

/**
 * Votes as a country × resolution matrix, the shape the vote measures read directly (no row objects).
 * Cell codes are the positions in VOTE_LETTERS: 0 no record (not a member, not in the file), 1 Y, 2 A, 3 N, 4 X.
 */
export interface VoteMatrix {
  /** Resolution ids, sorted by vote date then id (code-point order, the same on every driver). */
  resolutions: string[];
  /** Vote date (ISO) of each resolution. */
  dates: string[];
  /** Countries with at least one record among these resolutions, sorted. */
  countries: string[];
  /** cells[c * resolutions.length + r] */
  cells: Uint8Array;
}

/** A published ideal point (Bailey, Strezhnev & Voeten) of one country in one year. */
export interface IdealPoint {
  country: string;
  year: number;
  value: number;
}

export interface DyadMonthRow {
  source: string;
  target: string;
  /** YYYY-MM */
  month: string;
  quad: Quad;
  count: number;
  goldsteinSum: number;
  /**
   * Of `count`, the reports that are no act of their own, so acts are `count - repeats`: the second direction of one
   * mutual act from one sentence ("KAZ and the EU signed" is KAZ→EU and EU→KAZ; the twin is the direction whose
   * source sorts after its target), and later reports of an act already counted (one act is one source, target,
   * CAMEO code and day, however many articles report it; an event with no known day is an act of its own). A measure
   * of acts subtracts them; a directed series of events keeps them.
   */
  repeats: number;
  repeatGoldsteinSum: number;
  /**
   * Of `count`, later reports of one directed act (source, target, CAMEO code and day), twins included, so a directed
   * series' acts are `count - directedRepeats`: each direction of a mutual act stays an act of that direction.
   */
  directedRepeats: number;
  directedRepeatGoldsteinSum: number;
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
  /** How many events match, so a paging client can say "1–50 of 312". */
  countEvents(filter: EventFilter): Promise<number>;
  /** Every matching event, streamed in pages, for exports without a cap. */
  streamEvents(filter: EventFilter): AsyncIterable<StoredEvent>;
  /** Counts and Goldstein sums per directed dyad, month and quad class. */
  dyadMonthCounts(filter: EventFilter): Promise<DyadMonthRow[]>;
  importEvents(events: ImportedEvent[]): Promise<{ inserted: number; unchanged: number }>;
  recordFailure(failure: FailureRecord): Promise<void>;
  listFailures(limit: number): Promise<FailureRecord[]>;
  /**
   * Stores votes; a vote already stored with the same value and date is unchanged, a different one replaces it.
   * Counts are per vote row given (a repeated row counts as unchanged the second time).
   */
  importVotes(votes: UnVote[]): Promise<{ inserted: number; unchanged: number }>;
  /** Every stored vote with a date in the inclusive bounds ("2013", "2013-06", "2013-06-30"), as one matrix. */
  loadVotes(filter: { from?: string; to?: string }): Promise<VoteMatrix>;
  /** Stores ideal points by country and year; the same value again is unchanged, a new value replaces the old. */
  importIdealPoints(points: IdealPoint[]): Promise<{ inserted: number; unchanged: number }>;
  /** Every stored ideal point, sorted by country then year. */
  loadIdealPoints(): Promise<IdealPoint[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
