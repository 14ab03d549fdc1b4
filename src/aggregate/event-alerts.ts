// Stored events → change-point alerts on each state's cooperative share of events with each pole.
import { actReports, type StoredEvent } from "../store/index.ts";
import { type Alert, type AlertEventDriver, alertSummary, changeFields } from "./alert.ts";
import { findChanges, type MethodOptions } from "./change-methods.ts";
import type { SeriesPoint } from "./change-points.ts";
import { POLE_ACTORS, type Pole } from "./poles.ts";

const MAX_DRIVERS = 5;

export type EventPeriod = "day" | "month" | "year";

/** Daily periods when the events span four months or less (a GDELT month), monthly otherwise. */
export function autoPeriod(events: readonly Pick<StoredEvent, "when">[]): EventPeriod {
  let lo = "9999";
  let hi = "0000";
  for (const e of events) {
    if (!e.when || e.when.length < 10) continue;
    if (e.when < lo) lo = e.when;
    if (e.when > hi) hi = e.when;
  }
  if (hi < lo) return "month";
  const days = (Date.parse(hi.slice(0, 10)) - Date.parse(lo.slice(0, 10))) / 86_400_000;
  return days <= 122 ? "day" : "month";
}

const LENGTH: Record<EventPeriod, number> = { day: 10, month: 7, year: 4 };
const isCoop = (e: Pick<StoredEvent, "quad">) => e.quad === "verbal-cooperation" || e.quad === "material-cooperation";

function driver(e: StoredEvent, others: readonly StoredEvent[] = []): AlertEventDriver {
  const otherReports = others.map((o) => ({ id: o.id, url: o.url, articleId: o.articleId }));
  return {
    id: e.id,
    when: e.when,
    source: e.source,
    target: e.target,
    cameo: e.cameo,
    goldstein: e.goldstein,
    evidence: e.evidence.text,
    url: e.url,
    articleId: e.articleId,
    ...(otherReports.length ? { otherReports } : {}),
  };
}

/**
 * For each state and pole: the cooperative share of their events (both directions, a mutual act once) per period, then
 * mean shifts in it.
 * Drivers are the events after the change that pull hardest in its direction (highest or lowest Goldstein).
 */
export function eventAlerts(
  events: readonly StoredEvent[],
  opts: {
    poles: Pole[];
    countries?: string[];
    isState: (code: string) => boolean;
    by?: EventPeriod;
  } & MethodOptions,
): Alert[] {
  const by = opts.by ?? autoPeriod(events);
  const len = LENGTH[by];
  const wanted = opts.countries ? new Set(opts.countries) : undefined;
  const groups = new Map<string, StoredEvent[]>();
  // A mutual act coded in both directions from one sentence is one act between the state and the pole, and so are
  // several reports of one act on one day; a driver lists the act's other reports.
  const { twins, repeats, othersOf } = actReports(events);
  for (const [i, e] of events.entries()) {
    if (twins[i] || repeats[i] || !e.when || e.when.length < len) continue;
    for (const pole of opts.poles) {
      const actors = POLE_ACTORS[pole];
      const other = actors.includes(e.target) ? e.source : actors.includes(e.source) ? e.target : undefined;
      if (!other || actors.includes(other) || !opts.isState(other) || (wanted && !wanted.has(other))) continue;
      const key = `${other}\t${pole}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(e);
    }
  }
  const alerts: Alert[] = [];
  for (const [key, list] of groups) {
    const [country, pole] = key.split("\t") as [string, Pole];
    const byPeriod = new Map<string, { k: number; n: number }>();
    for (const e of list) {
      const p = e.when!.slice(0, len);
      const c = byPeriod.get(p) ?? { k: 0, n: 0 };
      c.n++;
      if (isCoop(e)) c.k++;
      byPeriod.set(p, c);
    }
    const series: SeriesPoint[] = [...byPeriod]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([period, c]) => ({ period, value: c.k / c.n, n: c.n, sumSq: c.k }));
    // Days often hold only a few events each; the change test's variance floor keeps small periods honest.
    // BOCPD reads each period as k cooperative events of n (Beta-Bernoulli).
    for (const cp of findChanges(series, "beta-bernoulli", { ...opts, change: { minN: 2, ...opts.change } })) {
      const after = new Set(cp.afterPeriods);
      const sign = cp.delta > 0 ? 1 : -1;
      const drivers = list
        .filter((e) => after.has(e.when!.slice(0, len)) && sign * e.goldstein > 0)
        .sort((a, b) => sign * (b.goldstein - a.goldstein) || (a.when! < b.when! ? -1 : 1))
        .slice(0, MAX_DRIVERS)
        .map((e) => driver(e, othersOf(e)));
      const a: Omit<Alert, "summary"> = {
        country,
        source: "events",
        measure: "coop_share",
        with: pole,
        direction: cp.delta > 0 ? "toward" : "away",
        pole,
        ...changeFields(cp),
        drivers: { events: drivers },
      };
      alerts.push({ ...a, summary: alertSummary(a) });
    }
  }
  return alerts;
}
