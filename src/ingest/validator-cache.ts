// URL → the ETag and Last-Modified it last answered with, for conditional GETs; plain JSON so the caller can persist it.

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export class ValidatorCache {
  private readonly byUrl = new Map<string, Validators>();

  constructor(saved: Record<string, Validators> = {}) {
    for (const [url, v] of Object.entries(saved)) {
      if (v && typeof v === "object") this.set(url, { etag: v.etag, lastModified: v.lastModified });
    }
  }

  get(url: string): Validators | undefined {
    return this.byUrl.get(url);
  }

  set(url: string, v: Validators): void {
    const clean: Validators = {};
    if (typeof v.etag === "string" && v.etag) clean.etag = v.etag;
    if (typeof v.lastModified === "string" && v.lastModified) clean.lastModified = v.lastModified;
    if (clean.etag || clean.lastModified) this.byUrl.set(url, clean);
    else this.byUrl.delete(url);
  }

  /** Conditional request headers for a URL we have seen. */
  headersFor(url: string): Record<string, string> {
    const v = this.byUrl.get(url);
    const h: Record<string, string> = {};
    if (v?.etag) h["if-none-match"] = v.etag;
    if (v?.lastModified) h["if-modified-since"] = v.lastModified;
    return h;
  }

  toJSON(): Record<string, Validators> {
    return Object.fromEntries(this.byUrl);
  }
}
