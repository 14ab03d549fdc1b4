// A Store → realignment alerts from UN votes and from events, newest first.
import type { Store, StoredEvent } from "../store/index.ts";
import { type Alert, filterAlerts, sortAlerts } from "./alert.ts";
import { isState, loadVoteTable } from "./align-rows.ts";
import { today } from "./as-of.ts";
import type { MethodOptions } from "./change-methods.ts";
import { type EventPeriod, eventAlerts } from "./event-alerts.ts";
import { POLES, type Pole } from "./poles.ts";
import { voteAlerts } from "./vote-alerts.ts";

export interface AlertOptions extends MethodOptions {
  /** Only changes whose first period after the change is on or after this date ("2022", "2022-03"). */
  since?: string;
  countries?: string[];
  poles?: Pole[];
  sources?: ("unga" | "events")[];
  /** Event series period; default: days when the events span four months or less, else months. */
  by?: EventPeriod;
  /** Vote series period: calendar years (default) or UNGA sessions, September to August ("2019-09"). */
  voteBy?: "year" | "session";
  /** The run's date (default today): events dated after it are left out (see futureEvents). */
  asOf?: string;
}

/**
 * Every stored event dated up to the run's date touching the countries asked (all events when none), for the event
 * series; undated events have no place in a series and are not read.
 */
async function loadEvents(store: Store, until: string, countries?: string[]): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  const seen = new Set<string>();
  const filters = countries?.length ? countries.map((actor) => ({ actor, until })) : [{ until }];
  for (const filter of filters)
    for await (const e of store.streamEvents(filter)) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      out.push(e);
    }
  return out;
}

/**
 * Change points in each state's yearly UN-vote agreement with every pole and in its west_share, and in the
 * cooperative share of its events with every pole. Each alert names the state, the direction and pole, the size,
 * the periods, and the resolutions or event ids that drove it. The whole history is searched (a change needs
 * the years before it); `since` only filters which changes are reported.
 */
export async function detectAlerts(store: Store, opts: AlertOptions = {}): Promise<Alert[]> {
  const poles = opts.poles ?? [...POLES];
  const sources = opts.sources ?? ["unga", "events"];
  const alerts: Alert[] = [];
  if (sources.includes("unga")) {
    const table = await loadVoteTable(store);
    for (const a of voteAlerts(table, { ...opts, countries: opts.countries, poles, by: opts.voteBy })) alerts.push(a);
  }
  if (sources.includes("events")) {
    const events = await loadEvents(store, opts.asOf ?? today(), opts.countries);
    for (const a of eventAlerts(events, {
      poles,
      countries: opts.countries,
      isState,
      by: opts.by,
      methods: opts.methods,
      change: opts.change,
      bocpd: opts.bocpd,
    }))
      alerts.push(a);
  }
  return sortAlerts(filterAlerts(alerts, opts));
}
