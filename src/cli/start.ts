// `orbit start` (npm start): builds the database from the bundled data, shows what it found, then serves the dashboard.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { loadConfig } from "../config/index.ts";
import { BUNDLED_UNGA_DIR, hasVoteFiles, parseGdelt, pathSource, readGdeltFile, readUngaDir } from "../ingest/index.ts";
import { runBatch } from "../pipeline/index.ts";
import { dbLabel, openStore, type Store } from "../store/index.ts";
import { withDb } from "./db-option.ts";
import { eventRow } from "./events.ts";
import { table } from "./output-format.ts";
import { progressBar } from "./progress-bar.ts";
import { serve } from "./serve.ts";

const DATA = fileURLToPath(new URL("../../data/", import.meta.url));
export const BUNDLED_CORPUS = join(DATA, "corpus", "articles");
export const BUNDLED_GDELT = join(DATA, "gdelt");

type Log = (line: string) => void;

/** Events shown after loading: enough to see what Orbit found, few enough to fit a terminal. */
const SHOWN_EVENTS = 8;

/** Loads every bundled dataset that is present, skipping what the store already has. Safe to run again. */
export async function loadBundledData(store: Store, log: Log, workers?: number): Promise<void> {
  const bar = progressBar("articles");
  const summary = await runBatch(pathSource([BUNDLED_CORPUS]), store, {
    workers,
    skipExisting: true,
    onProgress: (s) => bar.update(s.documents, `${s.events} events`),
  });
  bar.done();
  log(
    `bundled articles: ${summary.documents} read, ${summary.stored} new, ${summary.unchanged} already stored, ${summary.events} new events, ${summary.failures.length} failed`,
  );
  for (const f of summary.failures) log(`  failed [${f.stage}] ${f.message}`);

  if (hasVoteFiles(BUNDLED_UNGA_DIR)) {
    if ((await store.stats()).votes > 0) log("UN General Assembly votes: already loaded");
    else {
      log("UN General Assembly votes: loading…");
      const parsed = await readUngaDir(BUNDLED_UNGA_DIR);
      const r = await store.importVotes(parsed.votes);
      const ideal = await store.importIdealPoints(parsed.idealPoints);
      log(`UN General Assembly votes: ${r.inserted} loaded, ${ideal.inserted} ideal points`);
    }
  } else log("UN General Assembly votes: none bundled (load them with `orbit import unga DIR`)");

  const gdelt = existsSync(BUNDLED_GDELT)
    ? readdirSync(BUNDLED_GDELT).filter((f) => /\.(csv|tsv|txt)(\.zip|\.gz)?$/i.test(f))
    : [];
  if (gdelt.length === 0) log("GDELT samples: none bundled (load them with `orbit import gdelt FILE`)");
  for (const file of gdelt) {
    const parsed = parseGdelt(await readGdeltFile(join(BUNDLED_GDELT, file)));
    const r = await store.importEvents(parsed.events);
    log(`GDELT ${file}: ${r.inserted} new events, ${r.unchanged} already stored`);
  }
}

/** A short account of what the database holds, so the user sees results before opening the browser. */
export async function describeStore(store: Store, log: Log): Promise<void> {
  const stats = await store.stats();
  log(
    `database: ${stats.articles} articles, ${stats.events} events, ${stats.votes} UN votes, ${stats.failures} failures` +
      (stats.failures ? " (`orbit failures` lists them)" : ""),
  );
  const page = await store.queryEvents({ origin: "orbit" }, { limit: SHOWN_EVENTS });
  if (!page.rows.length) return;
  log(table(page.rows.map(eventRow), ["when", "source", "target", "cameo", "quad", "evidence"], { evidence: 70 }));
  // Say that this is a sample, so 8 rows under "19 events" do not read as events gone missing.
  if (stats.events > page.rows.length)
    log(`(${page.rows.length} shown: \`orbit events --limit 0\` lists all ${stats.events})`);
}

export function registerStart(program: Command): void {
  withDb(
    program
      .command("start")
      .description("load the bundled data into the database (skipping what is there), then serve the dashboard")
      .option("--port <n>", "port (default: ORBIT_PORT or 8080)")
      .option("--host <addr>", "address to listen on (default: ORBIT_HOST or 127.0.0.1)")
      .option("--no-serve", "load and describe the data, then exit"),
  ).action(async (opts: { db?: string; port?: string; host?: string; serve: boolean }) => {
    const config = loadConfig({ db: opts.db, port: opts.port, host: opts.host });
    const log: Log = (line) => process.stdout.write(`${line}\n`);
    const store = await openStore(config.db);
    try {
      log(`Orbit: building ${dbLabel(config.db)} from the bundled data`);
      await loadBundledData(store, log, config.workers);
      await describeStore(store, log);
      if (opts.serve) await serve({ db: config.db, port: opts.port, host: opts.host }, store);
    } finally {
      await store.close();
    }
  });
}
