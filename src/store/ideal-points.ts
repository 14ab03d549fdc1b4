// Published UN-vote ideal points ⇄ the ideal_points table (one value per country and year), imported idempotently.
import { AppError } from "../domain/index.ts";
import type { SqlDb } from "./sql-db.ts";
import type { IdealPoint } from "./store.ts";

const CHUNK = 500;

/** Upserts points; a row whose stored value is already the same is not written and counts as unchanged. */
export async function importIdealPointRows(
  db: SqlDb,
  points: readonly IdealPoint[],
): Promise<{ inserted: number; unchanged: number }> {
  // A later row for the same country and year wins, as it would if the rows were written one by one.
  const latest = new Map<string, IdealPoint>();
  for (const p of points) {
    if (!p.country || !Number.isInteger(p.year) || !Number.isFinite(p.value))
      throw new AppError(
        "BAD_INPUT",
        `ideal point ${JSON.stringify(p)} needs a country, an integer year and a number`,
        {
          where: "importIdealPoints",
        },
      );
    latest.set(`${p.country}\t${p.year}`, p);
  }
  const rows = [...latest.values()];
  const inserted = await db.tx(async (conn) => {
    let n = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const part = rows.slice(i, i + CHUNK);
      const res = await conn.run(
        `INSERT INTO ideal_points (country, year, value) VALUES ${part.map(() => "(?, ?, ?)").join(", ")}
         ON CONFLICT (country, year) DO UPDATE SET value = excluded.value WHERE ideal_points.value <> excluded.value`,
        part.flatMap((p) => [p.country, p.year, p.value]),
      );
      n += res.changes;
    }
    return n;
  });
  return { inserted, unchanged: points.length - inserted };
}

export async function loadIdealPointRows(db: SqlDb): Promise<IdealPoint[]> {
  const rows = await db.all("SELECT country, year, value FROM ideal_points");
  return rows
    .map((r) => ({ country: r.country as string, year: Number(r.year), value: Number(r.value) }))
    .sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : a.year - b.year));
}
