// Reports → acts: separate reports of one act (same source, target, CAMEO code and day) count once in the monthly
// counts the alignment index reads, while every report stays stored and listed as evidence.
import { dateKey } from "./dates.ts";
import { adjustDyadMonth } from "./rows.ts";
import type { SqlConn } from "./sql-db.ts";
import type { EventOrigin } from "./store.ts";
import { type TwinCandidate, twinFlags } from "./twins.ts";

/**
 * The day an act is known to fall on, or undefined when its date is coarser ("2023", "2023-05") or missing: two
 * events "in 2023" may be two acts, so only a known day makes reports of the same code one act.
 */
export function actDay(when: string | undefined): string | undefined {
  if (!when || when.length < 10) return undefined;
  const key = dateKey(when);
  return when.trim().slice(0, 10) === key ? key : undefined;
}

/** The SQL condition that events row `e` has a known day (its when_key is its own date, not a period's first day). */
export function actDaySql(e = "events"): string {
  return `(length(${e}.event_when) >= 10 AND substr(${e}.event_when, 1, 10) = ${e}.when_key)`;
}

export interface ActCandidate {
  origin?: string;
  source: string;
  target: string;
  cameo: string;
  when?: string;
}

/**
 * What makes two reports one act; undefined for an event with no known day, which is always an act of its own. The
 * origin is no part of it: an act imported from GDELT and coded by Orbit from an article is one act, both reports
 * its evidence.
 */
export function actKey(e: ActCandidate): string | undefined {
  const day = actDay(e.when);
  return day === undefined ? undefined : [e.source, e.target, e.cameo, day].join("\u0000");
}

/**
 * For each event, whether it repeats an act another event of the list reports. A twin (the second direction of a
 * mutual act, twins.ts) is never counted, so it neither makes an act nor repeats one: a day's act counts once when
 * any of its reports is not a twin, which does not depend on the order reports arrive in. Which report is the act's
 * own is the first in list order, except that an article's report goes before an imported GDELT row: its sentence is
 * the better evidence to quote.
 */
export function repeatFlags(events: readonly ActCandidate[], twins: readonly boolean[]): boolean[] {
  const seen = new Set<string>();
  const flags = events.map(() => false);
  const imported = (i: number) => (events[i]!.origin === "gdelt" ? 1 : 0);
  for (const i of [...events.keys()].sort((a, b) => imported(a) - imported(b))) {
    if (twins[i]) continue;
    const k = actKey(events[i]!);
    if (k === undefined) continue;
    if (seen.has(k)) flags[i] = true;
    else seen.add(k);
  }
  return flags;
}

/**
 * For each event, whether it repeats a directed act an earlier event of the list reports, twins included: a directed
 * series keeps both directions of a mutual act, each an act of its own direction, but counts a direction's act once.
 */
export function directedRepeatFlags(events: readonly ActCandidate[]): boolean[] {
  return repeatFlags(
    events,
    events.map(() => false),
  );
}

/**
 * Each event's twin and repeat flags, and `othersOf(e)`: for an event that counts as its act (neither twin nor repeat),
 * the act's other reports, so a listing can quote the act once with every report.
 */
export function actReports<T extends ActCandidate & TwinCandidate>(events: readonly T[]) {
  const twins = twinFlags(events);
  const repeats = repeatFlags(events, twins);
  const others = new Map<string, T[]>();
  for (const [i, e] of events.entries()) {
    const k = repeats[i] ? actKey(e) : undefined;
    if (k === undefined) continue;
    const list = others.get(k);
    if (list) list.push(e);
    else others.set(k, [e]);
  }
  return { twins, repeats, othersOf: (e: T): T[] => others.get(actKey(e) ?? "") ?? [] };
}

export interface CountedEvent extends ActCandidate {
  quad: string;
  goldstein: number;
  twin?: boolean;
}

/** Act keys per upsert: 6 parameters each, one round trip per chunk on PostgreSQL. */
const CHUNK = 50;

/** Which events' reports are beyond their act's first: for the index (twins aside) and for a directed series. */
export interface ActRepeats {
  /** Later non-twin reports of an act (a twin is no act of its own and is never one of these). */
  repeats: boolean[];
  /** Later reports of one directed act, twins included: a directed series keeps both directions of a mutual act. */
  directed: boolean[];
}

/** Which of a group's reports a count moving from `before` to `now` makes or unmakes repeats: the last ones. */
function changedRepeats(at: readonly number[], before: number, now: number): number[] {
  const changed = Math.abs(Math.max(now - 1, 0) - Math.max(before - 1, 0));
  return changed ? at.slice(at.length - changed) : [];
}

/**
 * Adds (sign 1) or removes (sign -1) the events' reports in `event_acts` (per act of a known day: `n` non-twin
 * reports, `reports` all of them) and returns which events are the repeats this changes: on adding, the reports
 * beyond an act's first; on removing, as many as the act loses beyond its first. The upsert returns each act's new
 * counts under its row lock, so two PostgreSQL writers saving reports of one act at once still count it once.
 */
export async function adjustActs(
  conn: SqlConn,
  events: readonly CountedEvent[],
  origin: EventOrigin,
  sign: 1 | -1,
): Promise<ActRepeats> {
  const groups = new Map<string, { key: string[]; at: number[]; acts: number[] }>();
  for (const [i, e] of events.entries()) {
    const day = actDay(e.when);
    if (day === undefined) continue;
    const key = [e.source, e.target, day, e.cameo, origin];
    const id = key.join("\u0000");
    const g = groups.get(id) ?? { key, at: [], acts: [] };
    g.at.push(i);
    if (!e.twin) g.acts.push(i);
    groups.set(id, g);
  }
  const repeats = events.map(() => false);
  const directed = events.map(() => false);
  // A fixed order keeps concurrent PostgreSQL writers from locking the same rows in opposite orders (deadlock).
  const sorted = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const chunk = sorted.slice(i, i + CHUNK);
    const rows = await conn.all(
      `INSERT INTO event_acts (source, target, day, cameo, origin, n, reports)
       VALUES ${chunk.map(() => "(?, ?, ?, ?, ?, ?, ?)").join(", ")}
       ON CONFLICT (source, target, day, cameo, origin)
       DO UPDATE SET n = event_acts.n + excluded.n, reports = event_acts.reports + excluded.reports
       RETURNING source, target, day, cameo, origin, n, reports`,
      chunk.flatMap(([, g]) => [...g.key, sign * g.acts.length, sign * g.at.length]),
    );
    const after = new Map(
      rows.map((r) => [
        [r.source, r.target, r.day, r.cameo, r.origin].join("\u0000"),
        [Number(r.n), Number(r.reports)],
      ]),
    );
    for (const [id, g] of chunk) {
      const [n, reports] = after.get(id) ?? [0, 0];
      for (const k of changedRepeats(g.acts, n! - sign * g.acts.length, n!)) repeats[k] = true;
      for (const k of changedRepeats(g.at, reports! - sign * g.at.length, reports!)) directed[k] = true;
    }
  }
  if (sign < 0 && groups.size) await conn.run("DELETE FROM event_acts WHERE reports <= 0");
  return { repeats, directed };
}

/**
 * Adds or removes events in both pre-aggregates: the acts, then the monthly dyad counts with their repeats (for the
 * index) and directed repeats (for a directed series).
 */
export async function adjustCounts(
  conn: SqlConn,
  events: readonly CountedEvent[],
  origin: EventOrigin,
  sign: 1 | -1,
): Promise<void> {
  const { repeats, directed } = await adjustActs(conn, events, origin, sign);
  await adjustDyadMonth(
    conn,
    events.map((e, i) => ({ ...e, repeat: repeats[i], directedRepeat: directed[i] })),
    origin,
    sign,
  );
}
