// A SQLite file path (or ":memory:") → a migrated Store; the embedded default driver.
import { migrate } from "../migrations.ts";
import { SqlStore } from "../sql-store.ts";
import { SqliteDb, type SqliteOptions } from "./sqlite-db.ts";

export { SqliteDb, type SqliteOptions } from "./sqlite-db.ts";

export async function openSqliteStore(file: string, options: SqliteOptions = {}): Promise<SqlStore> {
  const db = SqliteDb.open(file, options);
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return new SqlStore(db);
}
