// Keyed results that are expensive to compute (a vote matrix over 80 years): served from memory, refreshed behind.

interface Entry<T> {
  at: number;
  value?: T;
  pending?: Promise<T>;
}

/**
 * After `ttlMs` a value is still served, and one refresh starts in the background (stale-while-revalidate), so only
 * the very first request for a key waits for the computation.
 */
export class StaleCache {
  private readonly entries = new Map<string, Entry<unknown>>();
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 64,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key) as Entry<T> | undefined;
    if (entry?.value !== undefined) {
      if (this.now() - entry.at > this.ttlMs && !entry.pending) this.refresh(key, entry, compute).catch(() => {});
      return entry.value;
    }
    if (entry?.pending) return entry.pending;
    const fresh: Entry<T> = { at: this.now() };
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, fresh as Entry<unknown>);
    try {
      return await this.refresh(key, fresh, compute);
    } catch (err) {
      this.entries.delete(key); // a failure is not remembered: the next request tries again
      throw err;
    }
  }

  /** Drops every value (after an ingest, say), or those `drop` selects, so the next request computes afresh. */
  clear(drop?: (key: string) => boolean): void {
    if (!drop) {
      this.entries.clear();
      return;
    }
    // Deleting the key being visited is safe while iterating a Map.
    for (const key of this.entries.keys()) if (drop(key)) this.entries.delete(key);
  }

  private refresh<T>(key: string, entry: Entry<T>, compute: () => Promise<T>): Promise<T> {
    entry.pending = compute().then(
      (value) => {
        entry.value = value;
        entry.at = this.now();
        entry.pending = undefined;
        return value;
      },
      (err) => {
        entry.pending = undefined;
        if (entry.value === undefined) this.entries.delete(key);
        throw err;
      },
    );
    return entry.pending;
  }
}
