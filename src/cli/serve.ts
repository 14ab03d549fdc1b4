// `orbit serve`: the REST API and dashboard on one port; builds the dashboard first when web/dist is missing or stale.
import type { Command } from "commander";
import { type Config, loadConfig } from "../config/index.ts";
import { AppError } from "../domain/index.ts";
import { type AnalyzerPool, createAnalyzerPool } from "../pipeline/index.ts";
import { ensureToken, ensureWebBuilt, startServer } from "../server/index.ts";
import { dbLabel, openStore, type Store } from "../store/index.ts";
import { withDb } from "./db-option.ts";

export interface ServeOptions {
  db?: string;
  port?: string;
  host?: string;
  privateReads?: boolean;
  rateLimit?: string;
  build?: boolean;
}

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new AppError("BAD_OPTION", `${name} must be a positive number, got "${value}"`);
  return n;
}

/** Serves until SIGINT/SIGTERM; the store stays open for the server's life. Used by `orbit serve` and `orbit start`. */
export async function serve(
  opts: ServeOptions,
  store?: Store,
  log = (line: string) => process.stderr.write(`${line}\n`),
) {
  const config: Config = loadConfig({ db: opts.db, port: opts.port, host: opts.host, privateReads: opts.privateReads });
  if (opts.build !== false) {
    if ((await ensureWebBuilt({ log })) === "built") log("dashboard built into web/dist");
  }
  const token = ensureToken({ db: config.db, token: config.token });
  if (token.created)
    log(
      `API token for POST /api/ingest (shown once; only its salted hash is kept in ${token.path}):\n  ${token.created}`,
    );
  const owned = !store;
  store ??= await openStore(config.db);
  const perSecond = opts.rateLimit ? positive("--rate-limit", opts.rateLimit) : 50;
  // Started on the first POST /api/ingest, so a read-only server never loads the stages.
  let pool: Promise<AnalyzerPool> | undefined;
  const analyzer = () => (pool ??= createAnalyzerPool(config.workers, { offMainThread: true }));
  const server = await startServer({
    store,
    config,
    analyzer,
    token: token.record,
    port: config.port,
    host: config.host,
    rateLimit: { perSecond, burst: Math.max(200, perSecond * 2) },
  });
  process.stdout.write(
    `Orbit is serving ${dbLabel(config.db)} at ${server.url}/ (API: ${server.url}/api/openapi.json)\n`,
  );
  // Warm the yearly alignment cache so the first map view does not wait for the vote matrix.
  fetch(`${server.url}/api/align?latest=1`).catch(() => {});
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  if (pool) await (await pool).close();
  if (owned) await store.close();
}

export function registerServe(program: Command): void {
  withDb(
    program
      .command("serve")
      .description("serve the REST API and the web dashboard (http://127.0.0.1:8080 by default)")
      .option("--port <n>", "port (default: ORBIT_PORT or 8080)")
      .option("--host <addr>", "address to listen on (default: ORBIT_HOST or 127.0.0.1)")
      .option("--private-reads", "require the API token for read endpoints too")
      .option("--rate-limit <n>", "requests per second allowed per client (default 50)")
      .option("--no-build", "do not build the dashboard even if web/dist is missing or stale"),
  ).action((opts: ServeOptions) => serve(opts));
}
