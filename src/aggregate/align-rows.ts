// A Store (votes, events) + options → align rows: vote measures per country and year, event indices per pole.
import { AppError, isState } from "../domain/index.ts";
import {
  directedRepeatFlags,
  type EventFilter,
  repeatFlags,
  type Store,
  type StoredEvent,
  twinFlags,
} from "../store/index.ts";
import { nextDay, today } from "./as-of.ts";
import { type DyadCount, type DyadPeriod, dyadSeries, poleIndices } from "./event-measures.ts";
import { POLES, type Pole } from "./poles.ts";
import { type AlignRow, type IdealPoint, voteRows } from "./vote-rows.ts";
import { type VoteTable, voteTable } from "./vote-table.ts";

// The aggregate stage's callers import isState from here; the one definition is the domain's.
export { isState };

/**
 * Why a vote-based answer (alignment rows, alerts) is empty on a store with no UN votes yet, a fresh `npm start`: one
 * text for the CLI and the API, each adding what else to ask for.
 */
export const NO_VOTES_NOTE = "no UN votes are in the store: load them with `orbit import unga DIR`";

export type AlignBy = "year" | "month" | "day";

export interface AlignOptions {
  source?: "unga" | "events" | "both";
  countries?: string[];
  poles?: Pole[];
  /** Votes: year or month; events: year, month or day. */
  by?: AlignBy;
  /** Inclusive bounds: "2013", "2013-06" or "2013-06-01". */
  from?: string;
  to?: string;
  /** Ideal points for `ideal_distance`; by default those stored with the votes. */
  idealPoints?: IdealPoint[];
  /** The run's date (default today): events dated after it are left out (see futureEvents). */
  asOf?: string;
}

/** Lower and upper ISO date bounds for a period-precision bound ("2013" → 2013-01-01 … 2013-12-31). */
export function dateBounds(from?: string, to?: string): { since?: string; until?: string } {
  const since = from ? (from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from) : undefined;
  const until = to ? (to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to) : undefined;
  return { since, until };
}

/** The vote matrix for a date range, straight from the store. */
export async function loadVoteTable(store: Store, from?: string, to?: string): Promise<VoteTable> {
  const { since, until } = dateBounds(from, to);
  return voteTable(await store.loadVotes({ from: since, to: until }));
}

/**
 * The upper date bound event measures use: the one asked, cut at the run's date when some event lies after it. The
 * store is asked first so the usual store, with nothing after today, keeps the monthly pre-aggregate's fast path.
 */
export async function measuredUntil(
  store: Store,
  until: string | undefined,
  asOf = today(),
): Promise<string | undefined> {
  if (until && until <= asOf) return until;
  return (await store.countEvents({ since: nextDay(asOf) })) > 0 ? asOf : until;
}

/** Event counts per directed dyad, period and quad: from the store's monthly table, or from the events for days. */
export async function eventCounts(store: Store, filter: EventFilter, by: AlignBy): Promise<DyadCount[]> {
  if (by !== "day") {
    const len = by === "year" ? 4 : 7;
    return (await store.dyadMonthCounts(filter)).map((r) => ({
      source: r.source,
      target: r.target,
      period: r.month.slice(0, len),
      quad: r.quad,
      count: r.count,
      goldsteinSum: r.goldsteinSum,
      repeats: r.repeats,
      repeatGoldsteinSum: r.repeatGoldsteinSum,
      directedRepeats: r.directedRepeats,
      directedRepeatGoldsteinSum: r.directedRepeatGoldsteinSum,
    }));
  }
  const events: StoredEvent[] = [];
  for await (const e of store.streamEvents(filter)) if (e.when && e.when.length >= 10) events.push(e);
  return eventsAsCounts(events, (e) => e.when!.slice(0, 10));
}

/**
 * One count per event, each second direction of a mutual act marked as its twin (twinFlags) and each later report of
 * one day's act as a repeat (repeatFlags) and each later report of one directed act as a directed repeat
 * (directedRepeatFlags), as the store's monthly counts mark them.
 */
export function eventsAsCounts(events: readonly StoredEvent[], period: (e: StoredEvent) => string): DyadCount[] {
  const twins = twinFlags(events);
  const repeats = repeatFlags(events, twins);
  const directed = directedRepeatFlags(events);
  return events.map((e, i) => ({
    source: e.source,
    target: e.target,
    period: period(e),
    quad: e.quad,
    count: 1,
    goldsteinSum: e.goldstein,
    repeats: twins[i] || repeats[i] ? 1 : 0,
    repeatGoldsteinSum: twins[i] || repeats[i] ? e.goldstein : 0,
    directedRepeats: directed[i] ? 1 : 0,
    directedRepeatGoldsteinSum: directed[i] ? e.goldstein : 0,
  }));
}

function periodOf(period: string): { year?: number; month?: string; day?: string } {
  if (period.length === 4) return { year: Number(period) };
  return period.length === 7 ? { month: period } : { day: period };
}

/**
 * Align rows for the API and CLI. Votes give `agreement`, `kappa`, `ideal_distance` (with a pole's voter) and
 * `west_share` (with "RUS-DEU"); events give `coop_share` with each pole, its Wilson band, counts and
 * `insufficient` when fewer than 5 acts stand behind it, `n` distinct acts and `events` the reports of them. Sorted by
 * country, then period.
 */
export async function alignRows(store: Store, opts: AlignOptions = {}): Promise<AlignRow[]> {
  const source = opts.source ?? "unga";
  const poles = opts.poles ?? [...POLES];
  const by = opts.by ?? "year";
  // Recorded votes are a few dozen a year: asked for days, votes alone would quietly come back by month.
  if (source === "unga" && by === "day")
    throw new AppError(
      "BAD_OPTION",
      "by day measures events only: UN votes go by year or month (ask for source events, or both)",
    );
  const rows: AlignRow[] = [];
  if (source !== "events") {
    const table = await loadVoteTable(store, opts.from, opts.to);
    const voteBy = by === "day" ? "month" : by;
    // Points given by the caller (a file) win; otherwise those `orbit import unga` stored.
    const idealPoints = opts.idealPoints ?? (await store.loadIdealPoints());
    for (const r of voteRows(table, { ...opts, idealPoints, poles, by: voteBy, countries: opts.countries }))
      rows.push(r);
  }
  if (source !== "unga") {
    const { since, until } = dateBounds(opts.from, opts.to);
    const counts = await eventCounts(store, { since, until: await measuredUntil(store, until, opts.asOf) }, by);
    for (const ix of poleIndices(counts, { poles, countries: opts.countries, isState })) {
      rows.push({
        country: ix.country,
        ...periodOf(ix.period),
        measure: "coop_share",
        with: ix.pole,
        value: ix.value,
        n: ix.n,
        events: ix.events,
        low: ix.low,
        high: ix.high,
        insufficient: ix.insufficient,
        goldsteinMean: ix.goldsteinMean,
        counts: { ...ix.counts },
      });
    }
  }
  const key = (r: AlignRow) => `${r.country}\t${r.year ?? r.month ?? r.day ?? ""}`;
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Directed-dyad series (counts by quad, Goldstein sum and mean, net cooperation) for dyads touching the countries
 * asked (all dyads when none).
 */
export async function dyadRows(
  store: Store,
  opts: { countries?: string[]; by?: AlignBy; from?: string; to?: string; asOf?: string } = {},
): Promise<DyadPeriod[]> {
  const { since, until } = dateBounds(opts.from, opts.to);
  const counts = await eventCounts(
    store,
    { since, until: await measuredUntil(store, until, opts.asOf) },
    opts.by ?? "month",
  );
  const wanted = opts.countries ? new Set(opts.countries) : undefined;
  return dyadSeries(wanted ? counts.filter((c) => wanted.has(c.source) || wanted.has(c.target)) : counts);
}
