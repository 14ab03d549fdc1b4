// Host name → a wait, so requests to one host start at least `intervalMs` apart (politeness; other hosts are not slowed).

export class HostRateLimit {
  private readonly nextSlot = new Map<string, number>();

  constructor(private readonly intervalMs: number) {}

  /** Resolves when a request to `host` may start; `minIntervalMs` raises the gap for this host (robots Crawl-delay). */
  async wait(host: string, minIntervalMs = 0): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + Math.max(this.intervalMs, minIntervalMs));
    if (slot > now) await new Promise((r) => setTimeout(r, slot - now));
  }
}
