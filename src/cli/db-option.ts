// The --db option every store-backed command shares, and opening the store from configuration.
import type { Command } from "commander";
import { type Config, loadConfig } from "../config/index.ts";
import { openStore, type Store } from "../store/index.ts";

export function withDb(command: Command): Command {
  return command.option("--db <path-or-url>", "SQLite file or postgres:// URL (default: ORBIT_DB or orbit.db)");
}

/** Opens the configured store, runs `fn`, and always closes the store. */
export async function usingStore<T>(
  opts: { db?: string },
  fn: (store: Store, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig({ db: opts.db });
  const store = await openStore(config.db);
  try {
    return await fn(store, config);
  } finally {
    await store.close();
  }
}
