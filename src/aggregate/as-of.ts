// A run's date + a Store → the events dated after it, which the alignment measures leave out, and the note saying so.
import type { Store } from "../store/index.ts";

/** Today's date (UTC, YYYY-MM-DD): the default date a run measures up to. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The day after an ISO date ("2026-11-26" → "2026-11-27"). */
export function nextDay(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Whether an event date comes after the run's date, at the date's own precision: "2026-12" is after 2026-11-26,
 * "2026-11" and "2026" are not (their act may have come before it).
 */
export function isAfter(when: string | undefined, asOf: string): boolean {
  return !!when && when > asOf.slice(0, when.length);
}

/** Events a measure left out because they are dated after the run's date (most are plans or deadlines misread). */
export interface FutureEvents {
  count: number;
  /** The run's date (YYYY-MM-DD). */
  after: string;
  /** The latest such date, as the event gives it ("2028", "2027-03"). */
  latest?: string;
}

/**
 * The events dated after `asOf` that involve any of the countries (any event when none are given). An act cannot be
 * dated after the run: such a date is usually a plan or deadline taken for the event's date, so the alignment index,
 * the change points and the brief leave these out, and say how many.
 */
export async function futureEvents(store: Store, asOf: string, countries?: readonly string[]): Promise<FutureEvents> {
  const since = nextDay(asOf);
  if (!countries?.length) {
    const [count, page] = await Promise.all([store.countEvents({ since }), store.queryEvents({ since }, { limit: 1 })]);
    return { count, after: asOf, latest: page.rows[0]?.when };
  }
  const seen = new Set<string>();
  let latest: string | undefined;
  for (const actor of countries)
    for await (const e of store.streamEvents({ actor, since })) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      if (e.when && (!latest || e.when > latest)) latest = e.when;
    }
  return { count: seen.size, after: asOf, latest };
}

/**
 * One sentence for the CLI, the API and the brief: how many events were left out and how to list them (by actor when
 * one country was asked). Undefined when none were.
 */
export function futureNote(f: FutureEvents, countries?: readonly string[]): string | undefined {
  if (!f.count) return undefined;
  const events = `${f.count} event${f.count === 1 ? " is" : "s are"}`;
  const actor = countries?.length === 1 ? ` --actor ${countries[0]}` : "";
  return (
    `${events} dated after ${f.after} (the latest ${f.latest}) and left out of the alignment index and the change ` +
    `points: a date still to come is usually a plan or a deadline taken for the event's date. Read them with ` +
    `\`orbit events${actor} --since ${nextDay(f.after)}\`.`
  );
}

/** futureEvents with its note, as `orbit align`, `orbit alerts` and the API report them. */
export async function leftOutFuture(
  store: Store,
  asOf: string,
  countries?: readonly string[],
): Promise<FutureEvents & { note?: string }> {
  const f = await futureEvents(store, asOf, countries);
  const note = futureNote(f, countries);
  return note ? { ...f, note } : f;
}

/** Events dated up to `asOf` involving any of the countries (any event when none are given); 0 or more, not exact. */
async function countUpTo(store: Store, asOf: string, countries?: readonly string[]): Promise<number> {
  if (!countries?.length) return store.countEvents({ until: asOf });
  const counts = await Promise.all(countries.map((actor) => store.countEvents({ actor, until: asOf })));
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * Why a measure found nothing when every event asked about is dated after the run ("every event stored involving
 * KAZ is dated after 2026-11-27, ..."), the first line `orbit align` and `orbit alerts` print; undefined otherwise.
 */
export async function allFutureReason(
  store: Store,
  asOf: string,
  future: FutureEvents | undefined,
  countries?: readonly string[],
): Promise<string | undefined> {
  if (!future?.count || (await countUpTo(store, asOf, countries))) return undefined;
  const involving = countries?.length ? ` involving ${countries.join(", ")}` : "";
  return `every event stored${involving} is dated after ${asOf}, and the event measures leave those out`;
}
