// `orbit brief COUNTRY`: a one-page Markdown evidence brief on one state's alignment.
import type { Command } from "commander";
import { buildBrief, parsePoles } from "../aggregate/index.ts";
import { usingStore, withDb } from "./db-option.ts";

export function registerBrief(program: Command): void {
  withDb(
    program
      .command("brief")
      .description("Markdown brief: UN-vote trend toward each pole, event balance, change points, top events")
      .argument("<country>", "ISO3 code, e.g. KAZ")
      .option("--pole <RUS,EU,...>", "poles (default: all)")
      .option("--top <n>", "events to quote", "8"),
  ).action(async (country: string, opts: { db?: string; pole?: string; top: string }) => {
    const top = Math.max(0, Math.min(50, Number.parseInt(opts.top, 10) || 8));
    const text = await usingStore(opts, (store) =>
      buildBrief(store, country, { poles: parsePoles(opts.pole), topEvents: top }),
    );
    process.stdout.write(text);
  });
}
