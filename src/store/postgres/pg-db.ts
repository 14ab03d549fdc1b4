// A postgres:// URL → SqlDb over a pg connection pool; `?` placeholders become $1..$n.
import pg from "pg";
import { AppError } from "../../domain/index.ts";
import { redactUrl } from "../db-label.ts";
import { POSTGRES, type Row, type SqlConn, type SqlDb, type SqlValue } from "../sql-db.ts";

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

/** Statement names, one per distinct SQL text, shared by every connection of the process. */
const prepared = new Map<string, string>();
const MAX_PREPARED = 500;

/**
 * The query for pg. With `prepare`, a statement with parameters is prepared once per connection under a name, so
 * the server parses and plans it once rather than on every call (a worker's save runs ~10 statements per document,
 * the same texts each time). Statements without parameters (BEGIN, COMMIT, DDL) stay unnamed, and so does any text
 * past the first MAX_PREPARED, which bounds what each connection keeps prepared when IN lists of many lengths come.
 */
function pgQuery(sql: string, values: SqlValue[], prepare: boolean): pg.QueryConfig {
  const text = toPgSql(sql);
  if (!prepare || !values.length) return { text, values };
  let name = prepared.get(text);
  if (name === undefined && prepared.size < MAX_PREPARED) {
    name = `orbit_${prepared.size}`;
    prepared.set(text, name);
  }
  return name === undefined ? { text, values } : { text, values, name };
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

/**
 * A select list taking the transaction's advisory locks on `keys`, sorted, so two transactions locking overlapping
 * keys always take them in the same order (a select list is evaluated left to right), with its parameters; empty for
 * no keys. One statement takes them all, alone or after other work in the same statement.
 */
export function advisoryLocks(keys: string[]): { sql: string; params: number[] } {
  const ids = [...new Set(keys.map(lockKey))].sort((a, b) => a - b);
  return { sql: ids.map(() => "pg_advisory_xact_lock(?)").join(", "), params: ids };
}

function connOf(client: pg.PoolClient | pg.Pool, where: string, prepare: boolean): SqlConn {
  return {
    async all(sql: string, params: SqlValue[] = []): Promise<Row[]> {
      try {
        return (await client.query(pgQuery(sql, params, prepare))).rows as Row[];
      } catch (err) {
        throw storeError(where, err);
      }
    },
    async run(sql: string, params: SqlValue[] = []): Promise<{ changes: number }> {
      try {
        return { changes: (await client.query(pgQuery(sql, params, prepare))).rowCount ?? 0 };
      } catch (err) {
        throw storeError(where, err);
      }
    },
    async lock(keys: string[]): Promise<void> {
      const locks = advisoryLocks(keys);
      if (locks.params.length) await this.all(`SELECT ${locks.sql}`, locks.params);
    },
  };
}

export interface PgOptions {
  /** Connections in the pool. */
  max?: number;
  /**
   * Prepare statements with parameters (see pgQuery). For the worker's fixed set of key lookups and writes; left off
   * for the store's open-ended queries, where a generic plan PostgreSQL may switch to after five runs can be worse
   * than one planned for the values at hand (a date range, a rare actor).
   */
  prepare?: boolean;
}

export class PgDb implements SqlDb {
  readonly dialect = POSTGRES;
  readonly where: string;
  private readonly pool: pg.Pool;
  private readonly conn: SqlConn;
  private readonly prepare: boolean;

  constructor(url: string, options: PgOptions = {}) {
    this.prepare = options.prepare ?? false;
    this.where = redactUrl(url);
    this.pool = new pg.Pool({ connectionString: url, max: options.max ?? 4, connectionTimeoutMillis: 10_000 });
    // An idle client losing its server must not crash the process; the next query reports the error.
    this.pool.on("error", () => {});
    this.conn = connOf(this.pool, this.where, this.prepare);
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
    const conn = connOf(client, this.where, this.prepare);
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
