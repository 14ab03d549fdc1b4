// UN votes ⇄ one stored "roll" per resolution: a string with one letter per country in a fixed, append-only order.
// 6,000 short rows instead of 1.16M vote rows make a full import and a full load take milliseconds of SQL.
import { AppError } from "../domain/index.ts";
import { sinceKey, untilKey } from "./dates.ts";
import type { Row, SqlConn, SqlDb, SqlValue } from "./sql-db.ts";
import type { UnVote, VoteMatrix } from "./store.ts";

/** Letter of each matrix cell code: "." no record, then Y, A, N, X (the codes VoteMatrix documents). */
export const VOTE_LETTERS = ".YANX";

/** Cell code by character code; 255 marks a character a roll must never hold. */
const CODE_OF = new Uint8Array(128).fill(255);
for (let i = 0; i < VOTE_LETTERS.length; i++) CODE_OF[VOTE_LETTERS.charCodeAt(i)] = i;
const LETTER_OF = [...VOTE_LETTERS].map((c) => c.charCodeAt(0));

/** Rows per multi-row statement: 3 parameters each stays far under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 500;

interface Roll {
  date: string | undefined;
  cells: Uint8Array;
  dirty: boolean;
}

/** Decodes a stored roll into `cells` (index = country idx); a foreign character means the database is damaged. */
function decodeRoll(resolution: string, text: string, cells: Uint8Array, where: string): void {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const code = ch < 128 ? CODE_OF[ch]! : 255;
    if (code === 255)
      throw new AppError("STORE_FAILED", `stored votes of resolution ${resolution} hold "${text[i]}" at ${i}`, {
        where,
      });
    cells[i] = code;
  }
}

/** Encodes cells as letters, dropping trailing "no record" so older rolls stay short as members are added. */
function encodeRoll(cells: Uint8Array): string {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === 0) end--;
  const buf = Buffer.allocUnsafe(end);
  for (let i = 0; i < end; i++) buf[i] = LETTER_OF[cells[i]!]!;
  return buf.toString("latin1");
}

function countryIndex(rows: Row[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.country as string, Number(r.idx));
  return out;
}

async function insertChunked(conn: SqlConn, head: string, width: number, values: SqlValue[][], tail = "") {
  const tuple = `(${Array(width).fill("?").join(", ")})`;
  for (let i = 0; i < values.length; i += CHUNK) {
    const part = values.slice(i, i + CHUNK);
    await conn.run(`${head} VALUES ${part.map(() => tuple).join(", ")} ${tail}`, part.flat());
  }
}

/**
 * Merges votes into the stored rolls in one transaction. Rows apply in order: a row that changes its cell or its
 * resolution's date counts as inserted, one that changes nothing as unchanged.
 */
export async function importVoteRolls(
  db: SqlDb,
  votes: readonly UnVote[],
): Promise<{ inserted: number; unchanged: number }> {
  if (votes.length === 0) return { inserted: 0, unchanged: 0 };
  const codes = new Uint8Array(votes.length);
  for (let i = 0; i < votes.length; i++) {
    const v = votes[i]!;
    const code = v.vote.length === 1 ? VOTE_LETTERS.indexOf(v.vote) : -1;
    if (code < 1)
      throw new AppError("BAD_INPUT", `vote "${v.vote}" of ${v.country} on ${v.resolution} is not Y, N, A or X`, {
        where: "importVotes",
      });
    codes[i] = code;
  }
  const inserted = await db.tx(async (conn) => {
    // Importers on several machines must agree on country positions and merge rolls one at a time.
    await conn.lock(["votes"]);
    const index = countryIndex(await conn.all("SELECT idx, country FROM vote_countries"));
    let next = Math.max(-1, ...index.values()) + 1;
    const added: SqlValue[][] = [];
    const rolls = new Map<string, Roll | undefined>();
    for (const v of votes) {
      if (!index.has(v.country)) {
        index.set(v.country, next);
        added.push([next++, v.country]);
      }
      rolls.set(v.resolution, undefined);
    }
    await insertChunked(conn, "INSERT INTO vote_countries (idx, country)", 2, added);
    const width = next;
    const ids = [...rolls.keys()];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const part = ids.slice(i, i + CHUNK);
      const stored = await conn.all(
        `SELECT resolution, vote_date, votes FROM vote_rolls WHERE resolution IN (${part.map(() => "?").join(", ")})`,
        part,
      );
      for (const r of stored) {
        const cells = new Uint8Array(width);
        decodeRoll(r.resolution as string, r.votes as string, cells, db.where);
        rolls.set(r.resolution as string, { date: r.vote_date as string, cells, dirty: false });
      }
    }
    let changed = 0;
    for (let i = 0; i < votes.length; i++) {
      const v = votes[i]!;
      let roll = rolls.get(v.resolution);
      if (!roll) rolls.set(v.resolution, (roll = { date: undefined, cells: new Uint8Array(width), dirty: false }));
      const c = index.get(v.country)!;
      if (roll.date === v.date && roll.cells[c] === codes[i]) continue;
      roll.date = v.date;
      roll.cells[c] = codes[i]!;
      roll.dirty = true;
      changed++;
    }
    const writes: SqlValue[][] = [];
    for (const [id, roll] of rolls) if (roll?.dirty) writes.push([id, roll.date!, encodeRoll(roll.cells)]);
    await insertChunked(
      conn,
      "INSERT INTO vote_rolls (resolution, vote_date, votes)",
      3,
      writes,
      "ON CONFLICT (resolution) DO UPDATE SET vote_date = excluded.vote_date, votes = excluded.votes",
    );
    return changed;
  });
  return { inserted, unchanged: votes.length - inserted };
}

const byDateThenId = (a: { id: string; date: string }, b: { id: string; date: string }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The stored votes with a date in [from, to] as a country × resolution matrix. */
export async function loadVoteMatrix(db: SqlDb, filter: { from?: string; to?: string }): Promise<VoteMatrix> {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  if (filter.from !== undefined) clauses.push("vote_date >= ?") && params.push(sinceKey(filter.from));
  // "T99" keeps dates that carry a time of day on the last day inside the bound.
  if (filter.to !== undefined) clauses.push("vote_date <= ?") && params.push(`${untilKey(filter.to)}T99`);
  const where = clauses.length ? `WHERE ${clauses.join(" AND ")}` : "";
  const rows = await db.all(`SELECT resolution, vote_date, votes FROM vote_rolls ${where}`, params);
  // Read after the rolls: positions are only ever appended, so every position a roll uses is known here.
  const index = countryIndex(await db.all("SELECT idx, country FROM vote_countries"));
  const names: string[] = [];
  for (const [country, idx] of index) names[idx] = country;
  // Sorted here, not in SQL, so both drivers give the same order whatever the database's collation.
  const rolls = rows
    .map((r) => ({ id: r.resolution as string, date: r.vote_date as string, text: r.votes as string }))
    .sort(byDateThenId);
  const present = new Uint8Array(names.length);
  for (const roll of rolls) {
    if (roll.text.length > names.length)
      throw new AppError("STORE_FAILED", `stored votes of resolution ${roll.id} name unknown countries`, {
        where: db.where,
      });
    for (let i = 0; i < roll.text.length; i++) if (roll.text.charCodeAt(i) !== 46) present[i] = 1;
  }
  const countries = names.filter((_, i) => present[i]).sort();
  const rowOf = new Int32Array(names.length).fill(-1);
  for (let c = 0; c < countries.length; c++) rowOf[index.get(countries[c]!)!] = c;
  const R = rolls.length;
  const cells = new Uint8Array(countries.length * R);
  const scratch = new Uint8Array(names.length);
  for (let r = 0; r < R; r++) {
    const roll = rolls[r]!;
    decodeRoll(roll.id, roll.text, scratch, db.where);
    for (let i = 0; i < roll.text.length; i++) if (scratch[i]) cells[rowOf[i]! * R + r] = scratch[i]!;
  }
  return { resolutions: rolls.map((r) => r.id), dates: rolls.map((r) => r.date), countries, cells };
}

/** How many votes (cells other than "no record") the rolls hold. */
export async function countVotes(db: SqlDb): Promise<number> {
  const rows = await db.all("SELECT SUM(LENGTH(REPLACE(votes, '.', ''))) AS n FROM vote_rolls");
  return Number(rows[0]?.n ?? 0);
}
