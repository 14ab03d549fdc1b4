// A SQLite file → SqlDb over better-sqlite3: WAL, synchronous=NORMAL, busy timeout, cached prepared statements.
import Database from "better-sqlite3";
import { AppError } from "../../domain/index.ts";
import { type Row, SQLITE, type SqlConn, type SqlDb, type SqlValue } from "../sql-db.ts";

export interface SqliteOptions {
  /** How long a writer waits for another process's write lock before giving up (ms). */
  busyTimeoutMs?: number;
  readonly?: boolean;
}

function storeError(file: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const raw = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string }).code ?? "";
  let message = `SQLite error: ${raw}`;
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))
    message = `database is locked by another process (${raw}); stop the other writer or retry`;
  else if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT"))
    message = `not a valid Orbit/SQLite database or the file is corrupt (${raw}); nothing was written`;
  else if (code.startsWith("SQLITE_CANTOPEN")) message = `cannot open the database file (${raw})`;
  return new AppError("STORE_FAILED", message, { where: file, cause: err });
}

export class SqliteDb implements SqlDb {
  readonly dialect = SQLITE;
  private readonly statements = new Map<string, Database.Statement>();
  /** Transactions are serialised: they await between statements, and one connection has one transaction at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly conn: SqlConn;

  private constructor(
    private readonly raw: Database.Database,
    readonly where: string,
  ) {
    this.conn = { all: (s, p) => this.all(s, p), run: (s, p) => this.run(s, p), lock: async () => {} };
  }

  static open(file: string, options: SqliteOptions = {}): SqliteDb {
    let raw: Database.Database | undefined;
    try {
      raw = new Database(file, { readonly: options.readonly ?? false, timeout: options.busyTimeoutMs ?? 5000 });
      // Reading the header here turns "not a database" into an error at open time, not at the first write.
      raw.pragma("schema_version");
      if (!options.readonly && file !== ":memory:") raw.pragma("journal_mode = WAL");
      raw.pragma("synchronous = NORMAL");
      raw.pragma("foreign_keys = ON");
      // 16 MB of page cache (SQLite's default is 2 MB). It fills as the file grows: at 64 MB it was the part of a long
      // stream's RSS that kept rising (over 100k streamed documents the file passes 100 MB); reads past it come from the
      // OS page cache, which the kernel can reclaim (docs/scaling.md).
      raw.pragma("cache_size = -16384");
      return new SqliteDb(raw, file);
    } catch (err) {
      raw?.close();
      throw storeError(file, err);
    }
  }

  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.raw.prepare(sql);
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, st);
    }
    return st;
  }

  async all(sql: string, params: SqlValue[] = []): Promise<Row[]> {
    try {
      const st = this.prepare(sql);
      if (st.reader) return st.all(...params) as Row[];
      st.run(...params);
      return [];
    } catch (err) {
      throw storeError(this.where, err);
    }
  }

  async run(sql: string, params: SqlValue[] = []): Promise<{ changes: number }> {
    try {
      const st = this.prepare(sql);
      if (st.reader) {
        st.all(...params);
        return { changes: 0 };
      }
      return { changes: st.run(...params).changes };
    } catch (err) {
      throw storeError(this.where, err);
    }
  }

  async lock(): Promise<void> {}

  tx<T>(fn: (conn: SqlConn) => Promise<T>): Promise<T> {
    const result = this.queue.then(async () => {
      // IMMEDIATE takes the write lock up front, so two processes fail fast (busy timeout) instead of deadlocking.
      await this.run("BEGIN IMMEDIATE");
      try {
        const value = await fn(this.conn);
        await this.run("COMMIT");
        return value;
      } catch (err) {
        if (this.raw.inTransaction) this.raw.exec("ROLLBACK");
        throw err;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Synchronous bulk path for benchmarks and imports of millions of rows: one prepared statement, one transaction. */
  bulk<T>(fn: (db: Database.Database) => T): T {
    try {
      return this.raw.transaction(() => fn(this.raw))();
    } catch (err) {
      throw storeError(this.where, err);
    }
  }

  async close(): Promise<void> {
    await this.queue;
    this.statements.clear();
    if (this.raw.open) this.raw.close();
  }
}
