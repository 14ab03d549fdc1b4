// POST /api/ingest: JSON documents (or URLs to fetch) → analysed and stored through the pipeline; needs the token.
import { Hono } from "hono";
import { z } from "zod";
import { AppError, type RawDocument, type Source, type SourceItem } from "../domain/index.ts";
import { runBatch } from "../pipeline/index.ts";
import type { ServerDeps } from "./server-deps.ts";
import { urlItems } from "./url-items.ts";

const MAX_DOCUMENTS = 1000;
const MAX_URLS = 100;

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

const bodySchema = z.union([
  z.object({ urls: z.array(z.string().max(4096)).min(1).max(MAX_URLS) }).strict(),
  z.object({ documents: z.array(documentSchema).min(1).max(MAX_DOCUMENTS) }).strict(),
  z.array(documentSchema).min(1).max(MAX_DOCUMENTS),
  documentSchema,
]);

type IngestBody = z.infer<typeof bodySchema>;

export function parseIngestBody(value: unknown): { documents: RawDocument[] } | { urls: string[] } {
  const parsed = bodySchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? ` at ${issue.path.join(".")}` : "";
    throw new AppError(
      "BAD_INPUT",
      `invalid ingest body${where}: ${issue.message}. Send {"documents": [{"id", "text" | "html", "url"?, "published"?}]} or {"urls": [...]}`,
    );
  }
  const body: IngestBody = parsed.data;
  if ("urls" in body) return { urls: body.urls };
  const docs = Array.isArray(body) ? body : "documents" in body ? body.documents : [body];
  return { documents: docs.map((d) => ({ ...d, origin: `POST /api/ingest ${d.id}` })) };
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
    let json: unknown;
    try {
      json = await c.req.json();
    } catch (err) {
      throw new AppError("BAD_INPUT", `request body is not valid JSON: ${(err as Error).message}`);
    }
    const body = parseIngestBody(json);
    const source =
      "urls" in body
        ? listSource(urlItems(body.urls, config))
        : listSource(body.documents.map((doc) => ({ doc }) as SourceItem));
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
    });
  });
  return app;
}
