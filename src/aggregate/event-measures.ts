// Dyad counts (per directed dyad, period and quad) → dyad series and each state's alignment index toward each pole.
import type { Quad } from "../domain/index.ts";
import { POLE_ACTORS, type Pole } from "./poles.ts";
import { round4 } from "./vote-measures.ts";

/** Below this many events an index is reported as insufficient: no value is claimed. */
export const MIN_EVENTS = 5;

/** Counts per directed dyad, period (YYYY, YYYY-MM or YYYY-MM-DD) and quad class. */
export interface DyadCount {
  source: string;
  target: string;
  period: string;
  quad: Quad;
  count: number;
  goldsteinSum: number;
  /**
   * Of `count`, reports that are no act of their own (the store's DyadMonthRow.repeats: a mutual act's second
   * direction, a later report of one day's act): the alignment index counts each act once.
   */
  repeats?: number;
  repeatGoldsteinSum?: number;
  /**
   * Of `count`, later reports of one directed act (the store's DyadMonthRow.directedRepeats): a directed series
   * counts each direction's act once, and a mutual act's second direction stays an act of that direction.
   */
  directedRepeats?: number;
  directedRepeatGoldsteinSum?: number;
}

export interface QuadCounts {
  "verbal-cooperation": number;
  "material-cooperation": number;
  "verbal-conflict": number;
  "material-conflict": number;
}

export interface DyadPeriod {
  source: string;
  target: string;
  period: string;
  /** Distinct acts of this direction per quad (one per CAMEO code and day, however many reports). */
  counts: QuadCounts;
  /** Distinct acts of this direction. */
  acts: number;
  /** Stored reports behind them: every article on an act. */
  reports: number;
  /** Goldstein sum and mean over the acts. */
  goldsteinSum: number;
  goldsteinMean: number;
  /** Cooperative minus conflictual acts. */
  netCooperation: number;
}

const emptyCounts = (): QuadCounts => ({
  "verbal-cooperation": 0,
  "material-cooperation": 0,
  "verbal-conflict": 0,
  "material-conflict": 0,
});

export const cooperative = (c: QuadCounts) => c["verbal-cooperation"] + c["material-cooperation"];
export const conflictual = (c: QuadCounts) => c["verbal-conflict"] + c["material-conflict"];

/** Folds quad rows into one row per directed dyad and period, sorted by dyad then period. */
/** Orders rows by string fields in turn, by code unit (not locale), so output is the same on every machine. */
function byFields<T>(...fields: (keyof T)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const f of fields) {
      const x = a[f] as string;
      const y = b[f] as string;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}

export function dyadSeries(rows: readonly DyadCount[]): DyadPeriod[] {
  const map = new Map<string, DyadPeriod>();
  for (const r of rows) {
    const key = `${r.source}\t${r.target}\t${r.period}`;
    let d = map.get(key);
    if (!d) {
      d = {
        source: r.source,
        target: r.target,
        period: r.period,
        counts: emptyCounts(),
        acts: 0,
        reports: 0,
        goldsteinSum: 0,
        // set once every row is summed, below
        goldsteinMean: 0,
        netCooperation: 0,
      };
      map.set(key, d);
    }
    const acts = r.count - (r.directedRepeats ?? 0);
    d.counts[r.quad] += acts;
    d.acts += acts;
    d.reports += r.count;
    d.goldsteinSum += r.goldsteinSum - (r.directedRepeatGoldsteinSum ?? 0);
  }
  const out = [...map.values()];
  for (const d of out) {
    d.goldsteinSum = round4(d.goldsteinSum);
    d.goldsteinMean = d.acts ? round4(d.goldsteinSum / d.acts) : 0;
    d.netCooperation = cooperative(d.counts) - conflictual(d.counts);
  }
  return out.sort(byFields("source", "target", "period"));
}

/** Wilson score interval (95%) for k successes in n trials. */
export function wilson(k: number, n: number, z = 1.96): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface PoleIndex {
  country: string;
  pole: Pole;
  period: string;
  counts: QuadCounts;
  /** Distinct acts: what the value is the share of. */
  n: number;
  /** Stored reports behind the acts: every event, both directions of a mutual act and every repeated report. */
  events: number;
  /** Share of cooperative events between the state and the pole (both directions); null when insufficient. */
  value: number | null;
  low: number;
  high: number;
  goldsteinMean: number;
  insufficient: boolean;
}

/**
 * Alignment index of each state toward each pole per period: the cooperative share of all events between the state
 * and the pole's actors, in both directions, with a Wilson 95% band. A state inside a pole is not indexed toward it.
 * A mutual act coded in both directions from one sentence counts once (its twin is subtracted), and so does an act
 * several articles report on one day (its repeats are subtracted).
 */
export function poleIndices(
  rows: readonly DyadCount[],
  opts: { poles: readonly Pole[]; countries?: readonly string[]; isState: (code: string) => boolean },
): PoleIndex[] {
  const members = new Map<string, Pole[]>();
  for (const p of opts.poles) for (const a of POLE_ACTORS[p]) members.set(a, [...(members.get(a) ?? []), p]);
  const wanted = opts.countries ? new Set(opts.countries) : undefined;
  const acc = new Map<string, { counts: QuadCounts; gsum: number; events: number }>();
  const add = (country: string, pole: Pole, r: DyadCount) => {
    if (!opts.isState(country) || (wanted && !wanted.has(country))) return;
    if (POLE_ACTORS[pole].includes(country)) return;
    const key = `${country}\t${pole}\t${r.period}`;
    let a = acc.get(key);
    if (!a) acc.set(key, (a = { counts: emptyCounts(), gsum: 0, events: 0 }));
    // "KAZ and the EU signed" is KAZ→EU and EU→KAZ: both reach the pair (KAZ, EU), and one act must count once there;
    // five articles on one day's visa decision are one act too.
    a.counts[r.quad] += r.count - (r.repeats ?? 0);
    a.gsum += r.goldsteinSum - (r.repeatGoldsteinSum ?? 0);
    a.events += r.count;
  };
  for (const r of rows) {
    for (const pole of members.get(r.target) ?? []) add(r.source, pole, r);
    for (const pole of members.get(r.source) ?? []) add(r.target, pole, r);
  }
  const out: PoleIndex[] = [];
  for (const [key, a] of acc) {
    const [country, pole, period] = key.split("\t") as [string, Pole, string];
    const coop = cooperative(a.counts);
    const n = coop + conflictual(a.counts);
    const band = wilson(coop, n);
    const insufficient = n < MIN_EVENTS;
    out.push({
      country,
      pole,
      period,
      counts: a.counts,
      n,
      events: a.events,
      value: insufficient ? null : round4(coop / n),
      low: round4(band.low),
      high: round4(band.high),
      goldsteinMean: n ? round4(a.gsum / n) : 0,
      insufficient,
    });
  }
  return out.sort(byFields("country", "period"));
}

/** Re-buckets month rows to years ("2020-11" → "2020"); month and day rows pass through for finer periods. */
export function toPeriod(month: string, by: "year" | "month" | "day"): string {
  return by === "year" ? month.slice(0, 4) : by === "month" ? month.slice(0, 7) : month;
}
