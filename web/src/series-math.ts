// API rows → chart columns: align rows by year, dyad-month counts by month, and alert dates.
import type { AlignRow, SeriesRow, SeriesSpan } from "./api.ts";
import { monthToSeconds, yearToSeconds } from "./line-chart.ts";

export interface Columns {
  x: number[];
  series: { key: string; values: (number | null)[] }[];
}

/** Align rows of one country → one column per `measure|with`, x = years. */
export function alignColumns(rows: AlignRow[]): Columns {
  const years = [...new Set(rows.map((r) => r.year).filter((y): y is number => typeof y === "number"))].sort(
    (a, b) => a - b,
  );
  const keys = [...new Set(rows.map((r) => `${r.measure}|${r.with}`))];
  const index = new Map(years.map((y, i) => [y, i]));
  const series = keys.map((key) => ({ key, values: years.map((): number | null => null) }));
  const byKey = new Map(series.map((s) => [s.key, s]));
  for (const r of rows) {
    const i = index.get(r.year as number);
    if (i === undefined) continue;
    byKey.get(`${r.measure}|${r.with}`)!.values[i] = typeof r.value === "number" ? r.value : null;
  }
  return { x: years.map(yearToSeconds), series };
}

export const QUADS = ["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"];

/** Continuous months from first to last, so gaps show as zero rather than being skipped. */
export function monthRange(months: string[]): string[] {
  if (!months.length) return [];
  const sorted = [...months].sort();
  const out: string[] = [];
  let [y, m] = sorted[0]!.split("-").map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!;
  for (let guard = 0; guard < 2400; guard++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Distinct acts per other party in a state's rows (both directions), most first. */
export function partnerActs(code: string, rows: SeriesRow[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const other = r.source === code ? r.target : r.source;
    if (other !== code) counts.set(other, (counts.get(other) ?? 0) + countOf(r, "acts"));
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The rows inside the span the API chose (no span: all), so a stray 1991 or 2031 does not stretch the axis. */
export function inSpan<T extends { month: string }>(rows: T[], span: SeriesSpan | null | undefined): T[] {
  return span ? rows.filter((r) => r.month >= span.from && r.month <= span.to) : rows;
}

/** Yearly align rows inside the years the span touches. */
export function yearsInSpan(rows: AlignRow[], span: SeriesSpan | null | undefined): AlignRow[] {
  if (!span) return rows;
  const [from, to] = [Number(span.from.slice(0, 4)), Number(span.to.slice(0, 4))];
  return rows.filter((r) => typeof r.year === "number" && r.year >= from && r.year <= to);
}

/**
 * Event align rows → "RUS 17 events, 10 distinct acts; EU 9 events, 9 distinct acts": what the index rests on per
 * pole over all years, where several reports of one act on one day are one act. Empty when no row has counts.
 */
export function actsText(rows: AlignRow[]): string {
  const byPole = new Map<string, { events: number; acts: number }>();
  for (const r of rows) {
    if (r.measure !== "coop_share" || typeof r.events !== "number") continue;
    const t = byPole.get(r.with) ?? { events: 0, acts: 0 };
    t.events += r.events;
    t.acts += r.n ?? 0;
    byPole.set(r.with, t);
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [...byPole]
    .map(([pole, t]) => `${pole} ${plural(t.events, "event")}, ${plural(t.acts, "distinct act")}`)
    .join("; ");
}

/**
 * What a chart counts of a row: its reports; its distinct acts (reports less repeats and mutual twins), for rows of
 * both directions; or its directed acts (reports less later reports of one direction's act), for one direction.
 */
export type Counted = "reports" | "acts" | "directed acts";
const countOf = (r: SeriesRow, counted: Counted) =>
  counted === "acts"
    ? r.count - (r.repeats ?? 0)
    : counted === "directed acts"
      ? r.count - (r.directedRepeats ?? 0)
      : r.count;

/**
 * Dyad-month rows → counts per quad class per month. Acts suit rows of both directions (a state's own series); a
 * directed series of one direction counts directed acts, since which direction of a mutual act is the twin is
 * arbitrary and each side did the act.
 */
export function quadColumns(rows: SeriesRow[], counted: Counted = "reports"): Columns {
  const months = monthRange(rows.map((r) => r.month));
  const index = new Map(months.map((m, i) => [m, i]));
  const series = QUADS.map((key) => ({ key, values: months.map((): number | null => 0) }));
  for (const r of rows) {
    const i = index.get(r.month);
    const s = series[QUADS.indexOf(r.quad)];
    if (i !== undefined && s) s.values[i] = (s.values[i] ?? 0) + countOf(r, counted);
  }
  return { x: months.map(monthToSeconds), series };
}

/** Cooperation (quads 1–2) and conflict (quads 3–4) per month. */
export function balanceColumns(rows: SeriesRow[], counted: Counted = "reports"): Columns {
  const q = quadColumns(rows, counted);
  const sum = (a: number, b: number) =>
    q.x.map((_, i) => (q.series[a]!.values[i] ?? 0) + (q.series[b]!.values[i] ?? 0));
  return {
    x: q.x,
    series: [
      { key: "cooperation", values: sum(0, 1) },
      { key: "conflict", values: sum(2, 3) },
    ],
  };
}

/** The date an alert points at, whatever field the alert module uses for it. */
export function alertDate(alert: Record<string, unknown>): string | undefined {
  for (const key of ["firstAfter", "at", "date", "period", "month", "start", "since", "year", "when"]) {
    const v = alert[key];
    if (typeof v === "string" && /^\d{4}/.test(v)) return v;
    if (typeof v === "number" && v > 1900 && v < 2200) return String(v);
  }
  return undefined;
}

export function dateToSeconds(date: string): number {
  if (/^\d{4}$/.test(date)) return yearToSeconds(Number(date));
  return monthToSeconds(date.slice(0, 7));
}
