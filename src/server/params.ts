// Query strings → typed filters. Every parameter is validated here so bad input fails with a 400 that names it.
import { z } from "zod";
import { countryNameMessage } from "../aggregate/index.ts";
import { AppError, isActorCode, isPartialDate, QUADS } from "../domain/index.ts";
import { type EventFilter, type EventOrigin, periodsInOrder } from "../store/index.ts";

/** A country's name where its code belongs ("Russia") is named as such, with the code it means. */
const notCountryName = (s: string, ctx: z.RefinementCtx) => {
  const message = countryNameMessage(s);
  if (message) ctx.addIssue({ code: "custom", message });
};

export const actorCode = z
  .string()
  .refine(isActorCode, "expected an actor code such as ARM, RUS, EU, NATO or G7")
  .superRefine(notCountryName)
  .transform((s) => s.toUpperCase());
export const actorList = z
  .string()
  .max(2000)
  .transform((s, ctx) => {
    const codes = s
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean);
    for (const code of codes)
      if (!isActorCode(code)) {
        ctx.addIssue({ code: "custom", message: `"${code.slice(0, 20)}" is not an actor code (e.g. ARM,KAZ)` });
        return z.NEVER;
      }
    return codes.map((c) => c.toUpperCase());
  });
/** Free text for a search: printable characters only (a NUL byte or control code is never a word to find). */
const searchText = z
  .string()
  .max(200, "at most 200 characters")
  .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, "control characters are not allowed");
/** ISO date at any precision that exists: 2024, 2024-12, 2024-12-25 (not 2024-13 or 2024-02-30). */
export const isoDate = z
  .string()
  .refine(isPartialDate, "expected an ISO date that exists: YYYY, YYYY-MM or YYYY-MM-DD");
const bool = z.enum(["true", "false", "1", "0", ""]).transform((s) => s === "true" || s === "1" || s === "");
const dyad = z
  .string()
  .refine((s) => {
    const parts = s.split(":");
    return parts.length === 2 && parts.every(isActorCode);
  }, "expected two actor codes as A:B, e.g. ARM:AZE")
  .superRefine((s, ctx) => {
    for (const part of s.split(":")) notCountryName(part, ctx);
  })
  .transform((s) => {
    const [source, target] = s.toUpperCase().split(":");
    return { source: source!, target: target! };
  });
const quadAlias: Record<string, (typeof QUADS)[number]> = {
  "1": "verbal-cooperation",
  "2": "material-cooperation",
  "3": "verbal-conflict",
  "4": "material-conflict",
};
const quad = z
  .string()
  .transform((s) => quadAlias[s] ?? s)
  .pipe(z.enum(QUADS, { message: `expected one of ${QUADS.join(", ")} (or 1-4)` }));

/** A query's date range whose first end comes after its last is a 400, as `orbit events` and `orbit align` refuse it. */
export function datesInOrder(from: string, to: string) {
  return (q: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const [a, b] = [q[from] as string | undefined, q[to] as string | undefined];
    if (!periodsInOrder(a, b))
      ctx.addIssue({ code: "custom", path: [from], message: `${from} ${a} is after ${to} ${b}` });
  };
}

export const pageParams = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(512).optional(),
};

/** The event filter parameters, without the date-order check (zod cannot omit keys from a refined schema). */
export const eventQueryFields = z
  .object({
    actor: actorCode.optional(),
    dyad: dyad.optional(),
    symmetric: bool.optional(),
    cameo: z
      .string()
      .regex(/^\d{2,4}$/, "expected a CAMEO code or root of 2-4 digits, e.g. 19 or 190")
      .optional(),
    quad: quad.optional(),
    since: isoDate.optional(),
    until: isoDate.optional(),
    text: searchText.optional(),
    article: z.string().max(512).optional(),
    origin: z.enum(["orbit", "gdelt"]).optional(),
    format: z.enum(["json", "csv", "jsonl"]).default("json"),
    ...pageParams,
  })
  .strict();
export const eventQuery = eventQueryFields.superRefine(datesInOrder("since", "until"));
export type EventQuery = z.infer<typeof eventQuery>;

export function toEventFilter(q: EventQuery): EventFilter {
  const filter: EventFilter = {};
  if (q.actor) filter.actor = q.actor;
  if (q.dyad) filter.dyad = { ...q.dyad, symmetric: q.symmetric ?? false };
  if (q.cameo) filter.cameo = q.cameo;
  if (q.quad) filter.quad = q.quad;
  if (q.since) filter.since = q.since;
  if (q.until) filter.until = q.until;
  if (q.text?.trim()) filter.text = q.text.trim();
  if (q.article) filter.articleId = q.article;
  if (q.origin) filter.origin = q.origin as EventOrigin;
  return filter;
}

export const articleQuery = z
  .object({
    actor: actorCode.optional(),
    since: isoDate.optional(),
    until: isoDate.optional(),
    text: searchText.optional(),
    ...pageParams,
  })
  .strict()
  .superRefine(datesInOrder("since", "until"));

/** Parses a query record with a schema; the first problem becomes a BAD_OPTION naming the parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, query: Record<string, string>): z.infer<S> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => `'${k.slice(0, 40)}'`).join(", ");
    throw new AppError("BAD_OPTION", `unknown query parameter ${keys}`);
  }
  const name = issue.path.join(".") || "query";
  throw new AppError("BAD_OPTION", `invalid query parameter '${name}': ${issue.message}`);
}
