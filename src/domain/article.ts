/** What a source hands to the pipeline: one page or text, not yet cleaned. */
export interface RawDocument {
  /** Stable id chosen by the source (file path, JSONL id, URL). */
  id: string;
  html?: string;
  text?: string;
  url?: string;
  /** Publication date supplied by the caller or the feed (ISO), trusted over what the page says. */
  published?: string;
  /** Where it came from, for error messages: "path", "path:line", a URL. */
  origin?: string;
  /** Feed title or other hint from the source. */
  title?: string;
  /**
   * The document still as the bytes it was read as, in shared memory: a JSONL line ("jsonl") or an HTML or text file.
   * `id` and `origin` name it until the analysis thread decodes it (ingest's unpackDocument), so the thread reading
   * the source never holds the page.
   */
  packed?: { kind: "jsonl" | "html" | "text"; bytes: Uint8Array };
}

/** The clean article the extract stage produces. */
export interface Article {
  id: string;
  url?: string;
  canonicalUrl?: string;
  site?: string;
  title?: string;
  byline?: string;
  /** ISO date (YYYY-MM-DD) or datetime. */
  published?: string;
  modified?: string;
  language?: string;
  /** Place named in the dateline ("Berlin, August 1, 2025 —"), kept so it is never coded as an actor. */
  datelinePlace?: string;
  /** Clean body text; evidence offsets point into this string. */
  text: string;
  /** sha256 of the normalised body, for exact duplicates. */
  contentHash: string;
  /** 64-bit SimHash of the body as 16 hex digits, for near duplicates. */
  fingerprint: string;
}
