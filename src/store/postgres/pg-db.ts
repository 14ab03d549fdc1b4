// A postgres:// URL → SqlDb over a pg connection pool; `?` placeholders become $1..$n.
import pg from "pg";
import { AppError } from "../../domain/index.ts";
import { POSTGRES, type Row, type SqlConn, type SqlDb, type SqlValue } from "../sql-db.ts";

/** The URL without its password, safe for error messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://(invalid URL)";
  }
}

const numbered = new Map<string, string>();
/** Rewrites `?` placeholders to PostgreSQL's `$n`; our SQL never has `?` inside string literals. */
export function toPgSql(sql: string): string {
  let out = numbered.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    if (numbered.size > 2000) numbered.clear();
    numbered.set(sql, out);
  }
  return out;
}

function storeError(where: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const raw = err instanceof Error ? err.message : String(err);
  return new AppError("STORE_FAILED", `PostgreSQL error: ${raw}`, { where, cause: err });
}

/** Stable 32-bit key for pg_advisory_xact_lock from a string. */
function lockKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
}

function connOf(client: pg.PoolClient | pg.Pool, where: string): SqlConn {
  return {
    async all(sql: string, params: SqlValue[] = []): Promise<Row[]> {
      try {
        return (await client.query(toPgSql(sql), params)).rows as Row[];
      } catch (err) {
        throw storeError(where, err);
      }
    },
    async run(sql: string, params: SqlValue[] = []): Promise<{ changes: number }> {
      try {
        return { changes: (await client.query(toPgSql(sql), params)).rowCount ?? 0 };
      } catch (err) {
        throw storeError(where, err);
      }
    },
    async lock(keys: string[]): Promise<void> {
      // Sorted so two transactions locking overlapping keys always take them in the same order.
      // One round trip for all of them: a select list is evaluated left to right, so the order holds.
      const ids = [...new Set(keys.map(lockKey))].sort((a, b) => a - b);
      if (ids.length) await this.all(`SELECT ${ids.map(() => "pg_advisory_xact_lock(?)").join(", ")}`, ids);
    },
  };
}

export class PgDb implements SqlDb {
  readonly dialect = POSTGRES;
  readonly where: string;
  private readonly pool: pg.Pool;
  private readonly conn: SqlConn;

  constructor(url: string, options: { max?: number } = {}) {
    this.where = redactUrl(url);
    this.pool = new pg.Pool({ connectionString: url, max: options.max ?? 4, connectionTimeoutMillis: 10_000 });
    // An idle client losing its server must not crash the process; the next query reports the error.
    this.pool.on("error", () => {});
    this.conn = connOf(this.pool, this.where);
  }

  all(sql: string, params?: SqlValue[]): Promise<Row[]> {
    return this.conn.all(sql, params);
  }
  run(sql: string, params?: SqlValue[]): Promise<{ changes: number }> {
    return this.conn.run(sql, params);
  }
  /** Outside a transaction an advisory lock would be released at once: locks only mean something inside tx(). */
  async lock(): Promise<void> {}

  async tx<T>(fn: (conn: SqlConn) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw storeError(this.where, err);
    }
    const conn = connOf(client, this.where);
    try {
      await conn.run("BEGIN");
      const value = await fn(conn);
      await conn.run("COMMIT");
      return value;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
