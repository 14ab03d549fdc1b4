// A postgres:// URL → a migrated Store and the job queue workers share; loaded lazily so SQLite users never load pg.
import { migrate } from "../migrations.ts";
import { SqlStore } from "../sql-store.ts";
import { PgDb, type PgOptions } from "./pg-db.ts";
import { migrateQueue, PgQueue } from "./queue.ts";

export { redactUrl } from "../db-label.ts";
export { PgDb } from "./pg-db.ts";
export { PgQueue } from "./queue.ts";

export async function openPostgresStore(url: string, options: PgOptions = {}): Promise<SqlStore> {
  const db = new PgDb(url, options);
  try {
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
  return new SqlStore(db);
}

/** The store plus its queue, sharing one pool so finishing a job and saving its result is one transaction. */
export async function openPostgresQueue(url: string, options: PgOptions = {}): Promise<PgQueue> {
  // Workers run the same few statements for every document: prepared once per connection, parsed and planned once.
  const store = await openPostgresStore(url, { prepare: true, ...options });
  await migrateQueue(store.db);
  return new PgQueue(store);
}
