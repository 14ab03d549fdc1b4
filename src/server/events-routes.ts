// GET /api/events: filtered, cursor-paginated events; `format=csv|jsonl` streams every match without a cap.
import { Hono } from "hono";
import { exportStream } from "./event-export.ts";
import { eventQuery, parseQuery, toEventFilter } from "./params.ts";
import type { ServerDeps } from "./server-deps.ts";

export function eventsRoutes({ store }: ServerDeps): Hono {
  const app = new Hono();
  app.get("/", async (c) => {
    const q = parseQuery(eventQuery, c.req.query());
    const filter = toEventFilter(q);
    if (q.format === "json") {
      const page = await store.queryEvents(filter, { limit: q.limit, cursor: q.cursor });
      return c.json({ rows: page.rows, next: page.next ?? null });
    }
    const type = q.format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
    return c.body(exportStream(store.streamEvents(filter), q.format), 200, {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="orbit-events.${q.format}"`,
    });
  });
  return app;
}
