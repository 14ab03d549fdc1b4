// GET /api/align, /api/alerts, /api/brief/:country: the aggregate module's answers, cached so a request is quick.
import { Hono } from "hono";
import { z } from "zod";
import {
  type Alert,
  type AlignRow,
  alignRows,
  allFutureReason,
  buildBrief,
  countryHint,
  detectAlerts,
  evidenceSpan,
  isCountryCode,
  leftOutFuture,
  NO_VOTES_NOTE,
  ownPoleNotes,
  POLES,
  type Pole,
  parseCountryCode,
  parseMethods,
  parsePoles,
  today,
} from "../aggregate/index.ts";
import { AppError } from "../domain/index.ts";
import { actorList, datesInOrder, isoDate, parseQuery } from "./params.ts";
import type { ServerDeps } from "./server-deps.ts";

/** Poles read as `orbit --pole` reads them (DEU and WEST stand for EU), so the API and the CLI take the same words. */
const poleList = actorList.transform((codes, ctx): Pole[] => {
  try {
    return [...new Set(parsePoles(codes.join(",")))];
  } catch (err) {
    ctx.addIssue({ code: "custom", message: err instanceof AppError ? err.message : String(err) });
    return z.NEVER;
  }
});

/** Countries are states: a name or an unknown code is a 400 that suggests the code ("did you mean KAZ?"). */
const countryList = actorList.transform((codes, ctx) => {
  const bad = codes.find((c) => !isCountryCode(c));
  if (bad) {
    ctx.addIssue({ code: "custom", message: `"${bad}" is not a country code: ${countryHint(bad)}` });
    return z.NEVER;
  }
  return codes;
});

export const alignQuery = z
  .object({
    source: z.enum(["unga", "events", "both"]).default("unga"),
    country: countryList.optional(),
    pole: poleList.optional(),
    by: z.enum(["year", "month", "day"]).default("year"),
    from: isoDate.optional(),
    to: isoDate.optional(),
    latest: z.enum(["1", "true", "0", "false"]).optional(),
  })
  .strict()
  .superRefine(datesInOrder("from", "to"));

export const briefQuery = z
  .object({
    format: z.enum(["json", "md"]).default("json"),
    pole: poleList.optional(),
    /** Events quoted, as `orbit brief --top`: a brief is one page. */
    top: z.coerce.number().int().min(0).max(50).optional(),
  })
  .strict();

export const alertsQuery = z
  .object({
    since: isoDate.optional(),
    country: countryList.optional(),
    pole: poleList.optional(),
    source: z.enum(["unga", "events", "both"]).optional(),
    method: z.enum(["cusum", "bocpd", "both"]).optional(),
    /** As `orbit alerts --by`: the event series period, and for votes year or (month) General Assembly session. */
    by: z.enum(["day", "month", "year"]).optional(),
  })
  .strict();

function periodOf(r: AlignRow): string {
  const row = r as AlignRow & { day?: string };
  return r.year !== undefined ? String(r.year) : (r.month ?? row.day ?? "");
}

/** Keeps rows whose period overlaps [from, to], compared at the period's own precision. */
export function inPeriod(r: AlignRow, from?: string, to?: string): boolean {
  const p = periodOf(r);
  return (!from || p >= from.slice(0, p.length)) && (!to || p <= to.slice(0, p.length));
}

function yearsOf(rows: AlignRow[]): { min: number; max: number } | undefined {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    const y = r.year ?? Number(periodOf(r).slice(0, 4));
    if (Number.isFinite(y)) {
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
  }
  return Number.isFinite(min) ? { min, max } : undefined;
}

export function analysisRoutes({ store, cache }: ServerDeps): Hono {
  const app = new Hono();
  /** True when an empty answer that could have come from votes is empty because the store has none. */
  const noVotes = async (rows: unknown[], source: string | undefined) =>
    !rows.length && source !== "events" && (await store.stats()).votes === 0;
  /**
   * Events dated after today, which event measures leave out, as `leftOut` ({ count, after, latest, note }) when there
   * are any: the CLI prints the same note.
   */
  const leftOut = async (source: string | undefined, countries?: string[]) => {
    if (source === "unga") return {};
    const future = await leftOutFuture(store, today(), countries);
    return future.count ? { leftOut: future } : {};
  };

  const evidenceYears = () =>
    cache.get("evidence-years", async () => {
      const span = evidenceSpan(await store.dyadMonthCounts({}), today());
      return span && { min: Number(span.from.slice(0, 4)), max: Number(span.to.slice(0, 4)) };
    });

  app.get("/align", async (c) => {
    const q = parseQuery(alignQuery, c.req.query());
    const poles = q.pole ?? [...POLES];
    let rows: AlignRow[];
    let span: { min: number; max: number } | undefined;
    if (q.by === "year") {
      // Yearly rows for every country are computed once (the vote matrix is the slow part) and filtered here.
      const all = await cache.get(`align|${q.source}|${poles.join(",")}`, () =>
        alignRows(store, { source: q.source, poles, by: "year" }),
      );
      const wanted = q.country ? new Set(q.country) : undefined;
      rows = all.filter((r) => (!wanted || wanted.has(r.country)) && inPeriod(r, q.from, q.to));
      // The span of the whole data set, so a map showing one year can still offer every year on its slider. For
      // events, the years the evidence spans: a recalled 1993 would otherwise open the slider decades early.
      span = q.source === "events" ? await evidenceYears() : yearsOf(all);
    } else {
      rows = await alignRows(store, {
        source: q.source,
        poles,
        by: q.by,
        countries: q.country,
        from: q.from,
        to: q.to,
      });
    }
    const years = span ?? yearsOf(rows);
    if ((q.latest === "1" || q.latest === "true") && years)
      rows = rows.filter((r) => periodOf(r).startsWith(String(years.max)));
    // An empty answer on a store without votes (a fresh npm start) says why, as `orbit align` does.
    const note = (await noVotes(rows, q.source)) ? `${NO_VOTES_NOTE}, or ask with source=events` : undefined;
    // A pole member (Hungary in the EU) has no row toward its own pole: the answer says why, as the brief does.
    const ownPoles = q.source === "unga" ? [] : ownPoleNotes(q.country, poles);
    return c.json({
      rows,
      years: years ?? null,
      ...(note ? { note } : {}),
      ...(ownPoles.length ? { ownPoles } : {}),
      ...(await leftOut(q.source, q.country)),
    });
  });

  app.get("/alerts", async (c) => {
    const q = parseQuery(alertsQuery, c.req.query());
    const method = q.method ?? "both";
    const source = q.source === "both" ? undefined : q.source;
    // The same call `orbit alerts` makes: the countries asked choose the events searched, and so the default
    // period (days over a short span, months over a long one), so the API and the CLI find the same changes.
    const opts = {
      since: q.since,
      countries: q.country,
      poles: q.pole,
      sources: source ? [source] : undefined,
      by: q.by,
      voteBy: q.by === "month" ? ("session" as const) : ("year" as const),
      methods: parseMethods(method),
    };
    const key = `alerts|${method}|${q.by ?? ""}|${source ?? ""}|${q.country ?? ""}|${q.pole ?? ""}|${q.since ?? ""}`;
    const rows: Alert[] = await cache.get(key, () => detectAlerts(store, opts));
    // "No alerts" alone reads as "nobody moved": on a store without votes it says why, as `orbit alerts` does.
    const future = await leftOut(source, q.country);
    // With no alerts, a store whose every event is dated after today says so first, as `orbit alerts` does.
    const allFuture = rows.length ? undefined : await allFutureReason(store, today(), future.leftOut, q.country);
    const why = [allFuture, (await noVotes(rows, source)) ? NO_VOTES_NOTE : undefined].filter(Boolean);
    return c.json({ rows, ...(why.length ? { note: why.join("; ") } : {}), ...future });
  });

  app.get("/brief/:country", async (c) => {
    // A name or an unknown code is a 400 that suggests the code, as `orbit brief` does.
    const { format, pole, top } = parseQuery(briefQuery, c.req.query());
    const country = parseCountryCode(c.req.param("country").slice(0, 100));
    const brief: unknown = await cache.get(`brief|${country}|${pole ?? ""}|${top ?? ""}`, async () =>
      buildBrief(store, country, { poles: pole, topEvents: top }),
    );
    // Markdown reads as it is: the dashboard links here so an analyst sees the page, not a JSON string.
    if (format === "md" && typeof brief === "string")
      return c.body(brief, 200, { "content-type": "text/markdown; charset=utf-8" });
    return c.json(typeof brief === "string" ? { country, markdown: brief } : (brief as object));
  });
  return app;
}
