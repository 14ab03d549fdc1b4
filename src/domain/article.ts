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
  /** What the source found that the user must be told when it is stored (a page whose download ended early). */
  warnings?: string[];
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
  /**
   * Set when the document was longer than Orbit reads (src/extract/check-input.ts): its length in characters and
   * how many were read, so the user is told what was dropped. For a page, `kept` counts markup once its scripts and
   * styles are left out. Not stored.
   */
  truncated?: { kind: "html" | "text"; length: number; kept: number };
}

const count = (n: number) => n.toLocaleString("en-US");

/**
 * What the user is told about a document cut to the cap: how long it was and how much was read. Orbit reads at most
 * 3M characters of a text (a book-length upload) and of a page's markup; the rest is not analysed.
 */
export function truncationWarning(truncated: NonNullable<Article["truncated"]>): string {
  const { kind, length, kept } = truncated;
  if (kind === "text")
    return `only the first ${count(kept)} of its ${count(length)} characters were read (the cap on one text); the last ${count(length - kept)} were dropped`;
  return `a page of ${count(length)} characters: only the first ${count(kept)} characters of its markup (scripts and styles left out) were read (the cap on one page); any text after that was dropped`;
}
