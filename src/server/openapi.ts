// The OpenAPI 3.1 description of /api, written by hand to match params.ts (the API test checks every path is served).
import { NO_VOTES_NOTE } from "../aggregate/index.ts";

const str = { type: "string" } as const;
const int = { type: "integer" } as const;
const q = (name: string, description: string, schema: object = str) => ({ name, in: "query", description, schema });

const eventFilters = [
  q("actor", "Either party, e.g. ARM, RUS, EU"),
  q("dyad", "Directed pair SOURCE:TARGET, e.g. ARM:AZE"),
  q("symmetric", "With dyad, also match TARGET→SOURCE", { type: "boolean" }),
  q("cameo", "CAMEO code or root: 19, 190, 0211"),
  q("quad", "Quad class", {
    type: "string",
    enum: ["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"],
  }),
  q("since", "First event date (YYYY, YYYY-MM or YYYY-MM-DD)"),
  q("until", "Last event date, inclusive"),
  q("text", "Words in the evidence sentence (max 200 characters)"),
  q("origin", "orbit (coded from articles) or gdelt (imported)", { type: "string", enum: ["orbit", "gdelt"] }),
];
const page = [
  q("limit", "Rows per page, 1-500 (default 50)", int),
  q("cursor", "The `next` value of the previous page"),
];
const json = (schema: object, description = "OK") => ({
  description,
  content: { "application/json": { schema } },
});
const errors = {
  "400": json({ $ref: "#/components/schemas/Error" }, "Bad parameter (the message names it)"),
  "401": json({ $ref: "#/components/schemas/Error" }, "Missing or wrong bearer token"),
  "429": json({ $ref: "#/components/schemas/Error" }, "Rate limit exceeded (see Retry-After)"),
};
const pageOf = (item: string, counted = false) => ({
  type: "object",
  properties: {
    rows: { type: "array", items: { $ref: `#/components/schemas/${item}` } },
    next: { type: ["string", "null"] },
    ...(counted ? { total: { type: "integer", description: "Events matching the filter, over all pages" } } : {}),
  },
});
const anyRows = { type: "object", properties: { rows: { type: "array", items: { type: "object" } } } };
const POLE_TEXT = "Comma-separated poles: RUS, EU (or DEU, WEST), USA, CHN, TUR; default all";

/** Align and alerts: an empty answer on a store without UN votes (a fresh `npm start`) says why in a `note`. */
const rowsWithNote = {
  type: "object",
  properties: {
    ...anyRows.properties,
    note: {
      type: "string",
      description: `Only on an empty answer from a store with no UN votes yet: "${NO_VOTES_NOTE}" (align adds: ", or ask with source=events")`,
    },
    leftOut: {
      type: "object",
      description:
        "Only when events are dated after today: they are left out of the event index and change points (usually a plan or deadline taken for the event's date)",
      properties: {
        count: { type: "integer" },
        after: { type: "string", description: "Today's date, YYYY-MM-DD" },
        latest: { type: "string", description: "The latest such date" },
        note: { type: "string", description: "The same sentence `orbit align` and `orbit alerts` print" },
      },
    },
  },
};

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Orbit API",
      version: "0.1.0",
      description: "Coded political events with their evidence, alignment indices and alerts.",
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        Error: {
          type: "object",
          properties: { error: { type: "object", properties: { code: str, message: str } } },
        },
        Event: {
          type: "object",
          required: ["id", "source", "target", "cameo", "quad", "goldstein", "evidence"],
          properties: {
            id: str,
            source: str,
            target: str,
            cameo: str,
            quad: str,
            goldstein: { type: "number" },
            when: {
              type: "string",
              description: "The act's date at the precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD",
            },
            whenFrom: {
              type: "string",
              enum: ["text", "article"],
              description: "text: the text dates the act; article: it does not, and the article's date stands in",
            },
            confidence: {
              type: "number",
              description: "0–1: highest for an explicit verb with both parties in its clause, lower when hedged",
            },
            location: {
              type: "object",
              description: "Where the act happened, when the text says so; a place is never a party",
              properties: { name: str, country: str, lat: { type: "number" }, lon: { type: "number" } },
            },
            fatalities: { type: "integer", description: "Deaths the text states for a violent act" },
            origin: str,
            articleId: str,
            url: str,
            evidence: { type: "object", properties: { text: str, start: int, end: int } },
          },
        },
        ArticleSummary: {
          type: "object",
          properties: { id: str, title: str, site: str, url: str, published: str, snippet: str, eventCount: int },
        },
      },
    },
    paths: {
      "/api/health": { get: { summary: "Store kind and counts", responses: { "200": json({ type: "object" }) } } },
      "/api/events": {
        get: {
          summary: "Events, filtered and paginated; format=csv|jsonl streams every match (or the first `limit`)",
          parameters: [
            ...eventFilters,
            q("article", "Only events of this article"),
            ...page,
            q("format", "json (default), csv or jsonl", { type: "string", enum: ["json", "csv", "jsonl"] }),
          ],
          responses: { "200": json(pageOf("Event", true)), ...errors },
        },
      },
      "/api/articles": {
        get: {
          summary: "Articles, latest first",
          parameters: [
            q("actor", "Articles with events of this actor"),
            q("text", "Words in the text"),
            q("since", "From date"),
            q("until", "To date"),
            ...page,
          ],
          responses: { "200": json(pageOf("ArticleSummary")), ...errors },
        },
      },
      "/api/articles/{id}": {
        get: {
          summary: "One article: clean text, its events with evidence offsets, related articles",
          parameters: [{ name: "id", in: "path", required: true, schema: str }],
          responses: { "200": json({ type: "object" }), "404": json({ $ref: "#/components/schemas/Error" }) },
        },
      },
      "/api/actors": {
        get: {
          summary: "Actors in the store with event counts",
          parameters: [q("limit", "Max rows (default 300)", int)],
          responses: { "200": json(anyRows) },
        },
      },
      "/api/series": {
        get: {
          summary:
            "Event reports (`count`, of which `repeats` are no act of their own: count - repeats over both directions is acts; `directedRepeats` are later reports of one directed act: count - directedRepeats is one direction's acts) and Goldstein sums per directed dyad, month and quad, with the span a chart should show",
          parameters: eventFilters.filter((p) => p.name !== "text"),
          responses: {
            "200": json({
              type: "object",
              properties: {
                ...anyRows.properties,
                span: {
                  type: ["object", "null"],
                  description:
                    "Months to chart (from, to: YYYY-MM) and the events outside them (before, future: count, from, to) with a `note`: background dates long before the rest and dates after today. When every event is dated after today, from and to are today's month; null when no event is dated",
                },
              },
            }),
            ...errors,
          },
        },
      },
      "/api/align": {
        get: {
          summary:
            "Alignment rows, as `orbit align --format json`: a coop_share row counts distinct acts in `n` (one per source, target, CAMEO code and day, however many articles report it) and their reports in `events`; an empty answer without UN votes loaded has a `note`; `ownPoles` says which countries asked belong to a pole (Hungary: EU) and so have no event row toward it",
          parameters: [
            q("source", "unga (default), events or both", { type: "string", enum: ["unga", "events", "both"] }),
            q(
              "country",
              "Comma-separated ISO3 state codes (an unknown code or a name is a 400 that suggests the code)",
            ),
            q("pole", POLE_TEXT),
            q("by", "year (default), month or day (day: events only)", {
              type: "string",
              enum: ["year", "month", "day"],
            }),
            q("from", "First period (YYYY, YYYY-MM or YYYY-MM-DD)"),
            q("to", "Last period, inclusive"),
            q("latest", "true or 1: only the latest year of the data (the answer's `years.max`)", {
              type: "string",
              enum: ["1", "true", "0", "false"],
            }),
          ],
          responses: { "200": json(rowsWithNote), ...errors },
        },
      },
      "/api/alerts": {
        get: {
          summary:
            "Change points with the events or votes that drove them (an event driver is one act; `otherReports` lists its other reports); an empty answer without UN votes loaded has a `note`",
          parameters: [
            q("since", "Alerts from this date"),
            q("country", "Comma-separated ISO3 state codes; the events searched are those of these states"),
            q("pole", POLE_TEXT),
            q("source", "unga, events or both (default)", { type: "string", enum: ["unga", "events", "both"] }),
            q("method", "cusum, bocpd or both (default both; alerts both methods confirm rank first)", {
              type: "string",
              enum: ["cusum", "bocpd", "both"],
            }),
            q(
              "by",
              "Series period, as `orbit alerts --by`. Events: day, month or year (default: day when the events span " +
                "four months or less, else month). Votes: calendar years, or with month General Assembly sessions",
              { type: "string", enum: ["day", "month", "year"] },
            ),
          ],
          responses: { "200": json(rowsWithNote), ...errors },
        },
      },
      "/api/brief/{country}": {
        get: {
          summary: "Evidence brief for one country (JSON with a Markdown rendering, or the Markdown itself)",
          parameters: [
            { name: "country", in: "path", required: true, schema: str },
            q("pole", POLE_TEXT),
            q("top", "Events to quote, 0 to 50 (default 8)", { type: "integer", minimum: 0, maximum: 50 }),
            q("format", "json (default): {country, markdown}; md: the brief as text/markdown", {
              type: "string",
              enum: ["json", "md"],
            }),
          ],
          responses: {
            "200": {
              description: "OK",
              content: { "application/json": { schema: { type: "object" } }, "text/markdown": { schema: str } },
            },
            ...errors,
          },
        },
      },
      "/api/ingest": {
        post: {
          summary: "Analyse and store documents, or fetch and store URLs",
          description:
            "A bad document among good ones does not stop the batch: the others are stored and it is listed in `failures` " +
            "(and the failure log) with the problem; a body with no usable document is a 400. A URL that answers with a " +
            "feed (RSS, Atom, RDF, JSON Feed) stands for the articles it lists; one request fetches at most 1000 pages in all " +
            "(the rest of a longer feed is one failure saying so).",
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  oneOf: [
                    {
                      type: "object",
                      required: ["documents"],
                      properties: { documents: { type: "array", items: { type: "object" } } },
                    },
                    { type: "object", required: ["urls"], properties: { urls: { type: "array", items: str } } },
                  ],
                },
              },
            },
          },
          responses: {
            "200": json(
              { type: "object" },
              "The batch summary: documents, stored, unchanged, duplicates, events, failures, warnings (a document cut to the 3M-character cap, naming what was dropped)",
            ),
            ...errors,
            "413": json({ $ref: "#/components/schemas/Error" }, "Body over the size cap (20 MB)"),
          },
        },
      },
    },
  };
}
