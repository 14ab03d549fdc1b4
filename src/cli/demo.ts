// `orbit demo`: loads the bundled data as `orbit start` does, then walks a new user through what Orbit found — the
// events, the alignment of the state most written about, and the commands to ask more — without serving anything.
import type { Command } from "commander";
import { type AlignRow, alignRows } from "../aggregate/index.ts";
import { loadConfig } from "../config/index.ts";
import { dbLabel, openStore, type Store } from "../store/index.ts";
import { withDb } from "./db-option.ts";
import { table } from "./output-format.ts";
import { describeStore, loadBundledData } from "./start.ts";

type Log = (line: string) => void;

/** The state with the most events between it and the poles: the one the bundled news says most about. */
export function busiestState(rows: readonly AlignRow[]): string | undefined {
  const n = new Map<string, number>();
  for (const r of rows) n.set(r.country, (n.get(r.country) ?? 0) + (r.n ?? 0));
  let best: string | undefined;
  for (const [country, count] of n)
    if (best === undefined || count > n.get(best)! || (count === n.get(best) && country < best)) best = country;
  return best;
}

async function showAlignment(store: Store, db: string | undefined, log: Log): Promise<void> {
  const rows = await alignRows(store, { source: "events" });
  const country = busiestState(rows);
  if (!country) return log("\nNo event between a state and a pole yet: ingest some news with `orbit ingest PATH`.");
  const dbArg = db ? ` --db ${db}` : "";
  log(`\nHow ${country} stands toward each pole in these events (share of cooperative acts, 95% band; fewer than`);
  log("5 events and no share is claimed):");
  const shown = rows
    .filter((r) => r.country === country)
    .map((r) => ({ ...r, period: r.year ?? r.month ?? r.day, value: r.value ?? "too few" }));
  log(table(shown, ["country", "period", "with", "value", "low", "high", "n"]));
  log("\nAsk more:");
  for (const [command, what] of [
    [`npx orbit events --actor ${country}${dbArg}`, `each event of ${country} with its sentence`],
    [`npx orbit align --country ${country} --source events --by month${dbArg}`, "the same shares month by month"],
    [`npx orbit brief ${country}${dbArg}`, "a one-page evidence brief"],
    [`npx orbit export events --out events.csv${dbArg}`, "every event to a spreadsheet"],
    ["npm start", "the dashboard at http://localhost:8080"],
  ])
    log(`  ${what}:\n    ${command}`);
}

export function registerDemo(program: Command): void {
  withDb(
    program
      .command("demo")
      .description("load the bundled sample data and show what Orbit finds in it, with the commands to ask more"),
  ).action(async (opts: { db?: string }) => {
    const config = loadConfig({ db: opts.db });
    const log: Log = (line) => process.stdout.write(`${line}\n`);
    const store = await openStore(config.db);
    try {
      log(`Orbit demo: loading the bundled data into ${dbLabel(config.db)}`);
      await loadBundledData(store, log, config.workers);
      await describeStore(store, log);
      await showAlignment(store, opts.db, log);
    } finally {
      await store.close();
    }
  });
}
