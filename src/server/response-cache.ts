// GET /api/* JSON answers kept for a short time, keyed by path and query, dropped on every write through the server.
import type { MiddlewareHandler } from "hono";

interface Cached {
  body: string;
  type: string;
}

interface Entry {
  at: number;
  /** Characters of the kept body (0 while computing). */
  size: number;
  /** The computation in flight or done; undefined value when the answer was not cacheable (an error, a stream). */
  value: Promise<Cached | undefined>;
}

export interface ResponseCacheOptions {
  /** How long an answer is reused; it bounds how stale a read can be after a write from another process. */
  ttlMs: number;
  /** Answers kept at most (oldest dropped first), so memory stays bounded whatever clients ask. */
  maxEntries?: number;
  /** Larger answers are not kept. */
  maxBodyBytes?: number;
  /** Characters of all kept answers together (default 32 MB); the oldest are dropped to stay under it. */
  maxTotalBytes?: number;
  now?: () => number;
}

/**
 * A dashboard's readers ask the same few questions (latest events, actors, a country's alignment) many times a
 * second; answering them again costs SQLite queries and serialisation for an identical result. Concurrent requests
 * for an answer being computed wait for that one computation. Writes through this server call `invalidate()`, so
 * its own ingest shows at once; writes by other processes (`orbit ingest`, workers) show within `ttlMs`.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private total = 0;
  private readonly now: () => number;
  constructor(private readonly options: ResponseCacheOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  /**
   * Forgets every answer. Answers being computed are dropped too (their entry is in the map from the start), so
   * no answer that may predate the write survives it.
   */
  invalidate(): void {
    this.entries.clear();
    this.total = 0;
  }

  /** Characters held by kept answers. */
  get bytes(): number {
    return this.total;
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.total -= entry.size;
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  middleware(): MiddlewareHandler {
    const { ttlMs, maxEntries = 1000, maxBodyBytes = 512 * 1024, maxTotalBytes = 32 * 1024 * 1024 } = this.options;
    return async (c, next) => {
      if (c.req.method !== "GET" || ttlMs <= 0) return next();
      const url = c.req.url;
      const key = url.slice(url.indexOf("/", url.indexOf("//") + 2));
      const hit = this.entries.get(key);
      if (hit && this.now() - hit.at <= ttlMs) {
        const cached = await hit.value;
        if (cached) return c.body(cached.body, 200, { "Content-Type": cached.type });
      }
      let settle: (v: Cached | undefined) => void = () => {};
      const entry: Entry = { at: this.now(), size: 0, value: new Promise((resolve) => (settle = resolve)) };
      this.drop(key);
      if (this.entries.size >= maxEntries) this.drop(this.entries.keys().next().value!);
      this.entries.set(key, entry);
      let kept: Cached | undefined;
      try {
        await next();
        const type = c.res.headers.get("content-type") ?? "";
        // Only complete JSON successes: errors, streamed exports and anything carrying cookies are never shared.
        if (c.res.status === 200 && type.startsWith("application/json") && !c.res.headers.has("set-cookie")) {
          const body = await c.res.text();
          c.res = new Response(body, c.res);
          if (body.length <= maxBodyBytes) kept = { body, type };
        }
      } finally {
        settle(kept);
        const current = this.entries.get(key) === entry;
        if (!kept && current) this.drop(key);
        if (kept && current) {
          entry.size = kept.body.length;
          this.total += entry.size;
          for (const oldest of this.entries.keys()) {
            if (this.total <= maxTotalBytes || oldest === key) break;
            this.drop(oldest);
          }
        }
      }
    };
  }
}
