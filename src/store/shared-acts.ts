// Acts both origins report → what the monthly rows summed over both origins must lose so each such act counts once.
import { dyadMonthBranches, toDyadMonthRow, whereSql } from "./event-query.ts";
import type { SqlDb } from "./sql-db.ts";
import type { DyadMonthRow, EventFilter } from "./store.ts";

/** One of the act's imported events, for the quad and Goldstein score its monthly row holds. */
const importedEvent = (column: string) =>
  `(SELECT e.${column} FROM events e WHERE e.source = g.source AND e.target = g.target AND e.when_key = g.day
     AND e.cameo = g.cameo AND e.origin = 'gdelt' AND e.dup = 0 LIMIT 1)`;

/**
 * An act (source, target, CAMEO code, day) that imported GDELT rows and Orbit's own coding both report is one act
 * with two sources: the monthly table counts acts per origin, so over both origins each such act is taken once off
 * the imported side (its reports stay counted and listed). Empty unless the filter spans both origins and the store
 * holds both; the check reads one index entry of each kind.
 */
export async function sharedActs(db: SqlDb, filter: EventFilter): Promise<DyadMonthRow[]> {
  if (filter.origin !== undefined) return [];
  const branches = dyadMonthBranches(filter);
  if (!branches) return [];
  const [both] = await db.all(
    `SELECT (SELECT 1 FROM events WHERE import_key IS NOT NULL LIMIT 1) AS imported,
       (SELECT 1 FROM articles LIMIT 1) AS coded`,
  );
  if (!both?.imported || !both.coded) return [];
  const acts = `SELECT g.source, g.target, substr(g.day, 1, 7) AS month, ${importedEvent("quad")} AS quad,
      ${importedEvent("goldstein")} AS gs, CASE WHEN g.n > 0 AND o.n > 0 THEN 1 ELSE 0 END AS counted
    FROM event_acts g JOIN event_acts o ON o.source = g.source AND o.target = g.target AND o.day = g.day
      AND o.cameo = g.cameo AND o.origin = 'orbit'
    WHERE g.origin = 'gdelt'`;
  const select = (w: (typeof branches)[number]) =>
    `SELECT source, target, month, quad, 0 AS n, 0 AS gsum, SUM(counted) AS repeats, SUM(counted * gs) AS rgsum, COUNT(*) AS drepeats,
       SUM(gs) AS drgsum FROM (${acts}) AS a ${whereSql(w)} GROUP BY source, target, month, quad`;
  const rows = await db.all(
    branches.map(select).join(" UNION ALL "),
    branches.flatMap((b) => b.params),
  );
  return rows.map(toDyadMonthRow);
}

/** The monthly rows with the shared acts taken off: each act both origins report counts once. */
export function withoutShared(rows: DyadMonthRow[], shared: readonly DyadMonthRow[]): DyadMonthRow[] {
  if (!shared.length) return rows;
  const at = new Map(rows.map((r) => [[r.source, r.target, r.month, r.quad].join("\u0000"), r]));
  for (const s of shared) {
    const r = at.get([s.source, s.target, s.month, s.quad].join("\u0000"));
    if (!r) continue;
    r.repeats += s.repeats;
    r.repeatGoldsteinSum += s.repeatGoldsteinSum;
    r.directedRepeats += s.directedRepeats;
    r.directedRepeatGoldsteinSum += s.directedRepeatGoldsteinSum;
  }
  return rows;
}
