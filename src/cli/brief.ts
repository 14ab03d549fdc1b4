// `orbit brief COUNTRY`: a one-page Markdown evidence brief on one state's alignment.
import type { Command } from "commander";
import { buildBrief, parsePoles } from "../aggregate/index.ts";
import { AppError } from "../domain/index.ts";
import { usingStore, withDb } from "./db-option.ts";

/** Events quoted: a brief is one page, so at most 50. */
function parseTop(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 50)
    throw new AppError("BAD_OPTION", `--top must be a whole number from 0 to 50, got "${value}"`);
  return n;
}

export function registerBrief(program: Command): void {
  withDb(
    program
      .command("brief")
      .description("Markdown brief: UN-vote trend toward each pole, event balance, change points, top events")
      .argument("<country>", "ISO3 code, e.g. KAZ")
      .option("--pole <RUS,EU,...>", "poles (default: all)")
      .option("--top <n>", "events to quote, 0 to 50", parseTop, 8),
  ).action(async (country: string, opts: { db?: string; pole?: string; top: number }) => {
    const text = await usingStore(opts, (store) =>
      buildBrief(store, country, { poles: parsePoles(opts.pole), topEvents: opts.top }),
    );
    process.stdout.write(text);
  });
}
