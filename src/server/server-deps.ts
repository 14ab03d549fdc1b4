import type { Config } from "../config/index.ts";
import type { AnalyzerPool } from "../pipeline/index.ts";
import type { Store } from "../store/index.ts";
import type { TokenRecord } from "./api-token.ts";
import type { RateLimitOptions } from "./rate-limiter.ts";
import type { ResponseCache } from "./response-cache.ts";
import type { StaleCache } from "./stale-cache.ts";

/** What createApp needs: the store and configuration, plus the few server-only knobs. */
export interface AppOptions {
  store: Store;
  config: Config;
  /** Hash of the write token; defaults to one made from `config.token`. Without either, writes are refused. */
  token?: TokenRecord;
  /** Per-client rate limit; `false` turns it off (load tests). Default: 50 requests/s, bursts of 200. */
  rateLimit?: RateLimitOptions | false;
  /** Longest query string accepted, in bytes (default 4096). */
  maxQueryBytes?: number;
  /** Folder of the built dashboard (default web/dist); `false` serves the API only. */
  webDist?: string | false;
  /** Origins allowed to call the API from other sites; CORS is off when empty (the default). */
  corsOrigins?: string[];
  /**
   * How long a GET /api/* JSON answer is reused for the same path and query (default 1000 ms; 0 turns it off).
   * Writes through this server drop every answer at once; it bounds staleness after writes by other processes.
   */
  responseCacheMs?: number;
  /**
   * How long aggregate answers (align, alerts, briefs, an article's related articles) are served before being
   * recomputed in the background (default 60 s).
   */
  cacheTtlMs?: number;
  /**
   * Worker threads for POST /api/ingest, started on first use and kept for the server's life, so analysing documents
   * never blocks the thread answering reads. Without it, ingest analyses on the server's own thread.
   */
  analyzer?: () => Promise<AnalyzerPool>;
  /** Where unexpected errors are reported (default: stderr). */
  onError?: (err: Error) => void;
}

export interface ServerDeps extends AppOptions {
  token: TokenRecord | undefined;
  /** Aggregate answers (align, alerts, briefs); cleared after every ingest. */
  cache: StaleCache;
  /** Whole JSON answers of read endpoints; invalidated by every write. */
  responses: ResponseCache;
}
