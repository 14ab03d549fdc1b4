// Per-client token buckets: a burst allowance that refills at a steady rate, so one client cannot starve the rest.

export interface RateLimitOptions {
  /** Requests per second a client may sustain. */
  perSecond: number;
  /** Requests a client may make at once before the rate applies. */
  burst: number;
  /** Buckets remembered at most; the oldest are dropped so memory stays bounded under many clients. */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one token for this client; returns the seconds to wait when none is left, 0 when allowed. */
  take(client: string): number {
    const { perSecond, burst, maxClients = 10_000 } = this.options;
    const t = this.now();
    let bucket = this.buckets.get(client);
    if (bucket) {
      bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) / 1000) * perSecond);
      bucket.at = t;
      this.buckets.delete(client); // re-insert to keep the map in least-recently-used order
    } else {
      bucket = { tokens: burst, at: t };
      if (this.buckets.size >= maxClients) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) this.buckets.delete(oldest);
      }
    }
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / perSecond);
  }
}
