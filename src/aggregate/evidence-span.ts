// Monthly event counts + the run's date → the span of months a chart should show, and what falls outside it.

/**
 * Months with no event between two runs of evidence, above which the runs are apart: an article about 2024 that
 * recalls 1991 gives a lone event decades before the rest.
 */
const GAP_MONTHS = 24;
/** Runs at the early end holding at most this share of the events are background, not the series. */
const FRINGE_SHARE = 0.1;

export interface EvidenceSpan {
  /** First and last month shown (YYYY-MM). */
  from: string;
  to: string;
  /** Events before `from`, and their first and last month. */
  before: { count: number; from?: string; to?: string };
  /** Events dated after the run's date, and their first and last month. */
  future: { count: number; from?: string; to?: string };
  /** What falls outside, as a clause ("2 events dated 1991, long before the rest (…)"); absent when nothing does. */
  outside?: string;
  /** The same as a chart's note: "Not drawn: …."; absent when nothing is left out. */
  note?: string;
}

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7) || "1") - 1;

/** "2027-03", "2027-03 to 2028-01"; by years when `years` (a recalled date is often a bare year, stored as January). */
function range(from = "", to = "", years = false): string {
  const [a, b] = years ? [from.slice(0, 4), to.slice(0, 4)] : [from, to];
  return a === b ? a : `${a} to ${b}`;
}

function describe(s: Omit<EvidenceSpan, "note" | "outside">, asOf: string): string | undefined {
  const parts: string[] = [];
  const events = (n: number) => `${n} event${n === 1 ? "" : "s"}`;
  const { before, future } = s;
  if (before.count)
    parts.push(
      `${events(before.count)} dated ${range(before.from, before.to, true)}, long before the rest (background an article recalls)`,
    );
  if (future.count)
    parts.push(
      `${events(future.count)} dated after ${asOf} (${range(future.from, future.to)}; usually a plan or a deadline)`,
    );
  return parts.length ? parts.join("; ") : undefined;
}

/**
 * The months a chart of these counts should span: from the first month with events to the last up to the run's
 * date, less, at the early end, runs of months set apart from the rest by more than two empty years that together
 * hold at most a tenth of the events. The latest run is always kept: a GDELT history with this year's news must
 * chart the news. When every dated event is after the run's date the span is the run's month, empty, and the note
 * names them, as it does beside past events. Undefined when there are no dated events.
 */
export function evidenceSpan(
  rows: readonly { month: string; count: number }[],
  asOf: string,
): EvidenceSpan | undefined {
  const byMonth = new Map<string, number>();
  for (const r of rows)
    if (/^\d{4}-\d{2}/.test(r.month))
      byMonth.set(r.month.slice(0, 7), (byMonth.get(r.month.slice(0, 7)) ?? 0) + r.count);
  const months = [...byMonth.keys()].sort();
  if (!months.length) return undefined;
  const now = asOf.slice(0, 7);
  const past = months.filter((m) => m <= now);
  const [from, to] = past.length ? keptRange(past, byMonth) : [now, now];
  const eventsWhere = (pick: (m: string) => boolean) => {
    const ms = months.filter(pick);
    return { count: ms.reduce((n, m) => n + byMonth.get(m)!, 0), from: ms[0], to: ms[ms.length - 1] };
  };
  const span = { from, to, before: eventsWhere((m) => m < from), future: eventsWhere((m) => m > now) };
  const outside = describe(span, asOf);
  return outside ? { ...span, outside, note: `Not drawn: ${outside}.` } : span;
}

/** First and last month kept of these past months: early runs set apart and thin are dropped, the rest kept. */
function keptRange(past: string[], byMonth: Map<string, number>): [string, string] {
  // Runs of months no more than GAP_MONTHS apart.
  const runs: string[][] = [[past[0]!]];
  for (const m of past.slice(1)) {
    const run = runs[runs.length - 1]!;
    if (monthIndex(m) - monthIndex(run[run.length - 1]!) > GAP_MONTHS) runs.push([m]);
    else run.push(m);
  }
  const sum = (run: string[]) => run.reduce((n, m) => n + byMonth.get(m)!, 0);
  const total = runs.reduce((n, run) => n + sum(run), 0);
  let lo = 0;
  let cut = 0;
  while (lo < runs.length - 1 && (cut + sum(runs[lo]!)) / total <= FRINGE_SHARE) cut += sum(runs[lo++]!);
  const last = runs[runs.length - 1]!;
  return [runs[lo]![0]!, last[last.length - 1]!];
}
