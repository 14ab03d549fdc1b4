// EventFilter + page → parameterised SQL: WHERE clauses, keyset cursor and the monthly pre-aggregate fast path.
import { AppError, QUADS } from "../domain/index.ts";
import { isMonthAligned, sinceKey, untilKey } from "./dates.ts";
import type { Dialect, Row, SqlValue } from "./sql-db.ts";
import type { DyadMonthRow, EventFilter, Page } from "./store.ts";

export interface Where {
  clauses: string[];
  params: SqlValue[];
}

export const MAX_PAGE = 1000;

/** `%`, `_` and the escape character itself are literals in user text, not wildcards. */
export function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Words of a free-text filter; quotes are ordinary characters (every word is bound as a value). */
export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean).slice(0, 10);
}

export function checkFilter(filter: EventFilter): void {
  if (filter.quad !== undefined && !(QUADS as readonly string[]).includes(filter.quad))
    throw new AppError("BAD_OPTION", `unknown quad class "${filter.quad}" (expected one of ${QUADS.join(", ")})`, {
      where: "quad",
    });
  if (filter.origin !== undefined && filter.origin !== "orbit" && filter.origin !== "gdelt")
    throw new AppError("BAD_OPTION", `unknown origin "${filter.origin}" (expected orbit or gdelt)`, {
      where: "origin",
    });
}

/** WHERE clauses on the events table for a filter. Events of duplicate articles are left out unless asked for. */
export function eventWhere(filter: EventFilter, d: Dialect): Where {
  checkFilter(filter);
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, ...values: SqlValue[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  if (!filter.includeDuplicates && filter.articleId === undefined) add("dup = 0");
  if (filter.actor !== undefined) add("(source = ? OR target = ?)", filter.actor, filter.actor);
  if (filter.dyad) {
    const { source, target, symmetric } = filter.dyad;
    if (symmetric) add("((source = ? AND target = ?) OR (source = ? AND target = ?))", source, target, target, source);
    else add("source = ? AND target = ?", source, target);
  }
  if (filter.cameo !== undefined) add("substr(cameo, 1, ?) = ?", filter.cameo.length, filter.cameo);
  if (filter.quad !== undefined) add("quad = ?", filter.quad);
  if (filter.since !== undefined) add("when_key >= ?", sinceKey(filter.since));
  if (filter.until !== undefined) add("when_key >= '0' AND when_key <= ?", untilKey(filter.until)); // one range: undated ("") excluded
  if (filter.text !== undefined)
    for (const w of words(filter.text)) add(`evidence ${d.ilike} ? ESCAPE '\\'`, likePattern(w));
  if (filter.articleId !== undefined) add("article_id = ?", filter.articleId);
  if (filter.origin !== undefined) add("origin = ?", filter.origin);
  return { clauses, params };
}

export function whereSql(w: Where): string {
  return w.clauses.length ? `WHERE ${w.clauses.join(" AND ")}` : "";
}

/** Opaque keyset cursor: the sort key of the last row served. Newest first: (when_key DESC, seq DESC). */
export function encodeCursor(whenKey: string, seq: number): string {
  return Buffer.from(JSON.stringify([whenKey, seq])).toString("base64url");
}

export function decodeCursor(cursor: string): [string, number] {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === "string" && Number.isSafeInteger(v[1]))
      return [v[0], v[1]];
  } catch {
    // fall through to the error below
  }
  throw new AppError("BAD_OPTION", "invalid page cursor (use the `next` value of the previous page)", {
    where: "cursor",
  });
}

export function pageLimit(page: Page): number {
  if (!Number.isInteger(page.limit) || page.limit < 1)
    throw new AppError("BAD_OPTION", `page limit must be a positive integer, got ${page.limit}`, { where: "limit" });
  return Math.min(page.limit, MAX_PAGE);
}

/**
 * The monthly pre-aggregate answers a filter exactly when it only narrows by actor, dyad, quad, origin and
 * month-aligned dates; anything finer (cameo, text, article, a mid-month bound) falls back to the events table.
 * The answer comes as disjoint branches, each one range of a covering index (a symmetric dyad is its two directions;
 * an actor is "as source" plus "as target of another"): PostgreSQL reads an OR of two ranges through a bitmap of heap
 * pages (~750 pages for a 10-year dyad series), but each branch alone as an index-only scan (~16 pages).
 */
export function dyadMonthBranches(filter: EventFilter): Where[] | undefined {
  checkFilter(filter);
  if (filter.cameo !== undefined || filter.text !== undefined || filter.articleId !== undefined) return undefined;
  if (filter.includeDuplicates) return undefined;
  const since = filter.since === undefined ? undefined : sinceKey(filter.since);
  const until = filter.until === undefined ? undefined : untilKey(filter.until);
  if (since && !isMonthAligned(since, "since")) return undefined;
  if (until && !isMonthAligned(until, "until")) return undefined;
  const common: Where = { clauses: [], params: [] };
  const add = (w: Where, sql: string, ...values: SqlValue[]) => {
    w.clauses.push(sql);
    w.params.push(...values);
  };
  if (filter.quad !== undefined) add(common, "quad = ?", filter.quad);
  if (filter.origin !== undefined) add(common, "origin = ?", filter.origin);
  if (since) add(common, "month >= ?", since.slice(0, 7));
  if (until) add(common, "month <= ?", until.slice(0, 7));
  const branch = (sql: string, ...values: SqlValue[]): Where => {
    const w: Where = { clauses: [sql], params: values };
    if (filter.dyad && filter.actor !== undefined) add(w, "(source = ? OR target = ?)", filter.actor, filter.actor);
    w.clauses.push(...common.clauses);
    w.params.push(...common.params);
    return w;
  };
  if (filter.dyad) {
    const { source, target, symmetric } = filter.dyad;
    const branches = [branch("source = ? AND target = ?", source, target)];
    if (symmetric && source !== target) branches.push(branch("source = ? AND target = ?", target, source));
    return branches;
  }
  if (filter.actor !== undefined)
    return [branch("source = ?", filter.actor), branch("target = ? AND source <> ?", filter.actor, filter.actor)];
  return [common];
}

/** The series query over dyad_month for a filter, or undefined when only the events table can answer it. */
export function dyadMonthSql(filter: EventFilter): { sql: string; params: SqlValue[] } | undefined {
  const branches = dyadMonthBranches(filter);
  if (!branches) return undefined;
  // Branches never share a (source, target) pair, so grouping each one alone gives the same groups as grouping all.
  const select = (w: Where) =>
    `SELECT source, target, month, quad, SUM(n) AS n, SUM(gsum) AS gsum, SUM(repeats) AS repeats,
       SUM(repeat_gsum) AS rgsum, SUM(dir_repeats) AS drepeats, SUM(dir_repeat_gsum) AS drgsum FROM dyad_month ${whereSql(w)}
     GROUP BY source, target, month, quad HAVING SUM(n) > 0`;
  return {
    sql: `${branches.map(select).join(" UNION ALL ")} ORDER BY source, target, month, quad`,
    params: branches.flatMap((b) => b.params),
  };
}

/** A row of dyadMonthSql (or a query with its column names) as the Store gives it. */
export function toDyadMonthRow(r: Row): DyadMonthRow {
  return {
    source: r.source as string,
    target: r.target as string,
    month: r.month as string,
    quad: r.quad as DyadMonthRow["quad"],
    count: Number(r.n),
    goldsteinSum: Number(r.gsum),
    repeats: Number(r.repeats),
    repeatGoldsteinSum: Number(r.rgsum),
    directedRepeats: Number(r.drepeats),
    directedRepeatGoldsteinSum: Number(r.drgsum),
  };
}
