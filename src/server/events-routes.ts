// GET /api/events: filtered, cursor-paginated events with the total; `format=csv|jsonl` streams every match, or the first `limit`.
import { Hono } from "hono";
import { checkKnownActors } from "../aggregate/index.ts";
import { exportStream } from "./event-export.ts";
import { eventQuery, parseQuery, toEventFilter } from "./params.ts";
import type { ServerDeps } from "./server-deps.ts";

/** The first n rows (n >= 1: the query schema's limit), closing the source stream once they are read. */
async function* take<T>(rows: AsyncIterable<T>, n: number): AsyncGenerator<T> {
  let i = 0;
  for await (const row of rows) {
    yield row;
    if (++i >= n) return;
  }
}

export function eventsRoutes({ store }: ServerDeps): Hono {
  const app = new Hono();
  app.get("/", async (c) => {
    const q = parseQuery(eventQuery, c.req.query());
    const filter = toEventFilter(q);
    await checkKnownActors(store, filter);
    if (q.format === "json") {
      // The total lets a paging client say "1–50 of 312"; it counts every page's rows, not only this one's.
      const [page, total] = await Promise.all([
        store.queryEvents(filter, { limit: q.limit, cursor: q.cursor }),
        store.countEvents(filter),
      ]);
      return c.json({ rows: page.rows, next: page.next ?? null, total });
    }
    const type = q.format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
    // An export has no page cap; a limit the caller wrote is still honoured (the default page size is not).
    const rows =
      c.req.query("limit") === undefined ? store.streamEvents(filter) : take(store.streamEvents(filter), q.limit);
    return c.body(exportStream(rows, q.format), 200, {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="orbit-events.${q.format}"`,
    });
  });
  return app;
}
