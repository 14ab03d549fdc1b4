// POST /api/ingest: JSON documents (or URLs to fetch) → analysed and stored through the pipeline; needs the token.
import { Hono } from "hono";
import { z } from "zod";
import { AppError, type Source, type SourceItem } from "../domain/index.ts";
import { bomCharset } from "../ingest/index.ts";
import { runBatch } from "../pipeline/index.ts";
import type { ServerDeps } from "./server-deps.ts";
import { urlItems } from "./url-items.ts";

const MAX_DOCUMENTS = 1000;
const MAX_URLS = 100;
/** Pages one request may fetch: its URLs, and the articles a feed URL among them lists. */
const MAX_PAGES = 1000;

const documentSchema = z
  .object({
    id: z.union([z.string().min(1).max(1024), z.number().finite()]).transform(String),
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().max(4096).optional(),
    published: z.string().max(64).optional(),
    title: z.string().max(2000).optional(),
  })
  .refine((d) => (d.text ?? "").trim() !== "" || (d.html ?? "").trim() !== "", {
    message: 'each document needs a non-empty "text" or "html"',
  });

const urlsBody = z.object({ urls: z.array(z.string().max(4096)).min(1).max(MAX_URLS) }).strict();
const documentsBody = z.object({ documents: z.array(z.unknown()).min(1).max(MAX_DOCUMENTS) }).strict();
const documentList = z.array(z.unknown()).min(1).max(MAX_DOCUMENTS);

function bodyError(where: string, message: string): AppError {
  return new AppError(
    "BAD_INPUT",
    `invalid ingest body${where ? ` at ${where}` : ""}: ${message}. Send {"documents": [{"id", "text" | "html", "url"?, "published"?}]} or {"urls": [...]}`,
  );
}

/** One document of the body: ready to analyse, or the reason it cannot be (kept as a failure of the batch). */
function documentItem(value: unknown, where: string): SourceItem {
  const parsed = documentSchema.safeParse(value);
  if (parsed.success) return { doc: { ...parsed.data, origin: `POST /api/ingest ${parsed.data.id}` } };
  const issue = parsed.error.issues[0]!;
  const rawId = (value as { id?: unknown } | null)?.id;
  const id = typeof rawId === "string" || typeof rawId === "number" ? String(rawId).slice(0, 200) : undefined;
  const at = [where, ...issue.path].join(".");
  const message = `${at}${id === undefined ? "" : ` ("${id}")`}: ${issue.message}`;
  return { error: new AppError("BAD_INPUT", message), origin: id ?? where };
}

/** The value the envelope schema accepts, or a 400 naming where the body went wrong. */
function envelope<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw bodyError(issue.path.join("."), issue.message);
}

/**
 * The body as URLs to fetch or one item per document. A malformed envelope, or documents none of which can be
 * analysed, is a 400; a bad document among good ones becomes a failure of the batch and the others are stored.
 */
function parseIngestBody(value: unknown): { items: SourceItem[] } | { urls: string[] } {
  // The envelope is checked first, then each document on its own, so one bad document does not sink good ones.
  if (typeof value !== "object" || value === null) throw bodyError("", "expected a JSON object or array");
  if (!Array.isArray(value) && "urls" in value) return { urls: envelope(urlsBody, value).urls };
  // An object that is neither envelope nor document ({"docs": [...]}) is named by its keys, not as a document
  // missing its id. Own keys only: "constructor" is `in` every object through its prototype.
  if (
    !Array.isArray(value) &&
    !Object.hasOwn(value, "documents") &&
    !Object.keys(value).some((k) => Object.hasOwn(documentSchema.shape, k))
  ) {
    const keys = Object.keys(value).slice(0, 5);
    throw bodyError(
      "",
      keys.length ? `unknown field ${keys.map((k) => JSON.stringify(k)).join(", ")}` : "an empty object",
    );
  }
  const items = Array.isArray(value)
    ? envelope(documentList, value).map((d, i) => documentItem(d, `${i}`))
    : "documents" in value
      ? envelope(documentsBody, value).documents.map((d, i) => documentItem(d, `documents.${i}`))
      : [documentItem(value, "document")];
  const first = items[0]!;
  if ("error" in first && items.every((item) => "error" in item)) throw bodyError("", first.error.message);
  return { items };
}

/**
 * The request body as text: UTF-8 (a byte-order mark dropped), or UTF-16 when it opens with UTF-16's byte-order mark,
 * as a client on Windows may send it (PowerShell's Out-File, Notepad's "Unicode"). Bytes that are not UTF-8 (a body
 * written in latin-1 or windows-1251) are refused, as JSONL on stdin is, rather than stored with each letter they
 * hold replaced by "\uFFFD".
 */
function bodyText(bytes: Uint8Array): string {
  const bom = bomCharset(bytes)?.charset;
  if (bom?.startsWith("utf-16")) return new TextDecoder(bom).decode(bytes);
  // JSON text never holds a raw NUL; a NUL in every other byte is UTF-16 sent without its byte-order mark, which
  // would otherwise pass as UTF-8 and fail later as "invalid JSON at position 1"
  if (looksLikeBomlessUtf16(bytes)) {
    throw new AppError(
      "BAD_INPUT",
      "request body looks like UTF-16 without a byte-order mark: send JSON in UTF-8 (or UTF-16 with a byte-order mark)",
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError(
      "BAD_INPUT",
      "request body is not valid UTF-8 text: send JSON in UTF-8 (or UTF-16 with a byte-order mark)",
    );
  }
}

/** True when, over the first 512 bytes, at least a third of the even or of the odd bytes are NUL. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  return n >= 4 && Math.max(even, odd) * 6 >= n;
}

function listSource(items: AsyncIterable<SourceItem> | SourceItem[]): Source {
  return {
    name: "api",
    async *items() {
      yield* items;
    },
  };
}

export function ingestRoutes(deps: ServerDeps): Hono {
  const { store, config, cache, responses } = deps;
  const app = new Hono();
  app.post("/ingest", async (c) => {
    const text = bodyText(new Uint8Array(await c.req.arrayBuffer()));
    if (!text.trim()) throw bodyError("", "the request body is empty");
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new AppError("BAD_INPUT", `request body is not valid JSON: ${(err as Error).message}`);
    }
    const body = parseIngestBody(json);
    const source = "urls" in body ? listSource(urlItems(body.urls, config, MAX_PAGES)) : listSource(body.items);
    // The server's long-lived pool when it has one (never a pool per request); else this thread.
    const analyzer = deps.analyzer ? await deps.analyzer() : undefined;
    let summary: Awaited<ReturnType<typeof runBatch>>;
    try {
      summary = await runBatch(source, store, analyzer ? { analyzer } : { workers: 1 });
    } finally {
      // Whatever was written (documents, failures), reads must see it now: even a batch that failed halfway.
      responses.invalidate();
    }
    // New events change event-based indices and alerts; UN-vote alignment does not depend on them.
    if (summary.stored || summary.duplicates) cache.clear((key) => !key.startsWith("align|unga|"));
    return c.json({
      documents: summary.documents,
      stored: summary.stored,
      unchanged: summary.unchanged,
      duplicates: summary.duplicates,
      events: summary.events,
      failures: summary.failures.map((f) => ({ id: f.documentId, stage: f.stage, code: f.code, message: f.message })),
      warnings: summary.warnings.map((w) => ({ id: w.documentId, message: w.message })),
    });
  });
  return app;
}
