// GET /api/actors (actors present in the store, with event counts) and GET /api/series (dyad × month × quad counts,
// with the span of months a chart should show).
import { Hono } from "hono";
import { z } from "zod";
import { evidenceSpan, today } from "../aggregate/index.ts";
import type { DyadMonthRow } from "../store/index.ts";
import { datesInOrder, eventQueryFields, parseQuery, toEventFilter } from "./params.ts";
import type { ServerDeps } from "./server-deps.ts";

export interface ActorCount {
  code: string;
  events: number;
  asSource: number;
  asTarget: number;
}

export function countActors(rows: DyadMonthRow[]): ActorCount[] {
  const byCode = new Map<string, ActorCount>();
  const get = (code: string) => {
    let a = byCode.get(code);
    if (!a) byCode.set(code, (a = { code, events: 0, asSource: 0, asTarget: 0 }));
    return a;
  };
  for (const r of rows) {
    get(r.source).asSource += r.count;
    get(r.target).asTarget += r.count;
  }
  for (const a of byCode.values()) a.events = a.asSource + a.asTarget;
  return [...byCode.values()].sort((a, b) => b.events - a.events || a.code.localeCompare(b.code));
}

const seriesQuery = eventQueryFields
  .omit({ format: true, limit: true, cursor: true, text: true, article: true })
  .superRefine(datesInOrder("since", "until"));
const actorsQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(300) }).strict();

/** Counting every actor scans all events; the answer is kept briefly since it changes only as fast as ingest. */
const ACTORS_TTL_MS = 30_000;

export function actorsRoutes({ store }: ServerDeps): Hono {
  const app = new Hono();
  let cached: { at: number; rows: ActorCount[] } | undefined;
  app.get("/actors", async (c) => {
    const { limit } = parseQuery(actorsQuery, c.req.query());
    if (!cached || performance.now() - cached.at > ACTORS_TTL_MS)
      cached = { at: performance.now(), rows: countActors(await store.dyadMonthCounts({})) };
    return c.json({ rows: cached.rows.slice(0, limit), total: cached.rows.length });
  });
  app.get("/series", async (c) => {
    const q = parseQuery(seriesQuery, c.req.query());
    const rows = await store.dyadMonthCounts(toEventFilter({ ...q, format: "json", limit: 1 }));
    // Where a chart of these rows should begin and end: a background date decades back or one still to come would
    // otherwise stretch its axis over years without evidence. The rows themselves are all returned.
    return c.json({ rows, span: evidenceSpan(rows, today()) ?? null });
  });
  return app;
}
