// GET /api/articles (latest first, filtered) and /api/articles/:id (clean text, its events, related articles).
import { Hono } from "hono";
import { AppError } from "../domain/index.ts";
import type { StoredArticle } from "../store/index.ts";
import { articleQuery, parseQuery } from "./params.ts";
import type { ServerDeps } from "./server-deps.ts";
import { StaleCache } from "./stale-cache.ts";

/** What a list shows: everything but the body, plus a short plain-text snippet. */
export function articleSummary(a: StoredArticle) {
  const { text, ...rest } = a;
  const snippet = text.length > 280 ? `${text.slice(0, 277).trimEnd()}…` : text;
  return { ...rest, snippet };
}

export function articlesRoutes({ store, cacheTtlMs }: ServerDeps): Hono {
  const app = new Hono();
  // Related articles scan every event of the article's actors (tens of ms for busy ones), and a suggestion list a
  // minute old is still a good one: kept per article, refreshed behind, and not dropped by each ingest, so a steady
  // ingest does not make every article view pay the scan again. The article and its own events are always fresh.
  const related = new StaleCache(cacheTtlMs ?? 60_000, 512);
  app.get("/", async (c) => {
    const q = parseQuery(articleQuery, c.req.query());
    const { limit, cursor, ...filter } = q;
    if (filter.text !== undefined) filter.text = filter.text.trim() || undefined;
    const page = await store.listArticles(filter, { limit, cursor });
    return c.json({ rows: page.rows.map(articleSummary), next: page.next ?? null });
  });
  app.get("/:id{.+}", async (c) => {
    const id = c.req.param("id");
    if (id.length > 512) throw new AppError("BAD_OPTION", "article id longer than 512 characters");
    const article = await store.getArticle(id);
    if (!article) throw new AppError("NOT_FOUND", `no article with id "${id.slice(0, 80)}"`);
    const [events, similar] = await Promise.all([
      store.queryEvents({ articleId: id }, { limit: 500 }),
      related.get(id, async () => (await store.relatedArticles(id, 8)).map(articleSummary)),
    ]);
    return c.json({ article, events: events.rows, related: similar });
  });
  return app;
}
