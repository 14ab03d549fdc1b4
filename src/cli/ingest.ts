// `orbit ingest PATH...`: files, folders and JSONL → stored articles and events; prints a summary; idempotent.
import type { Command } from "commander";
import { AppError } from "../domain/index.ts";
import { pathSource, stdinSource } from "../ingest/index.ts";
import { type BatchSummary, runBatch } from "../pipeline/index.ts";
import { usingStore, withDb } from "./db-option.ts";
import { PartialFailure } from "./partial-failure.ts";
import { progressBar } from "./progress-bar.ts";

export function summaryText(s: BatchSummary): string {
  const lines = [
    `documents: ${s.documents}  stored: ${s.stored}  unchanged: ${s.unchanged}  duplicates: ${s.duplicates}  events: ${s.events}  failures: ${s.failures.length}`,
  ];
  for (const f of s.failures) lines.push(`  failed [${f.stage}] ${f.message}`);
  return lines.join("\n");
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new AppError("BAD_OPTION", `--workers must be a whole number from 1 to 64, got "${value}"`);
  return n;
}

export function registerIngest(program: Command): void {
  withDb(
    program
      .command("ingest")
      .description("analyse files, folders or JSONL ('-' for stdin) and store articles and events")
      .argument("<paths...>", "files or folders (recursive); '-' reads JSONL from stdin")
      .option("--workers <n>", "worker threads for analysis (default: all cores)", parseWorkers)
      .option("--json", "print the summary as JSON")
      .option("--no-progress", "no progress bar on stderr"),
  ).action(async (paths: string[], opts: { db?: string; workers?: number; json?: boolean; progress: boolean }) => {
    const source = paths.length === 1 && paths[0] === "-" ? stdinSource() : pathSource(paths);
    const summary = await usingStore(opts, async (store, config) => {
      const bar = opts.progress ? progressBar("ingest") : undefined;
      try {
        return await runBatch(source, store, {
          workers: opts.workers ?? config.workers,
          onProgress: bar
            ? (s) => bar.update(s.documents, `${s.events} events, ${s.failures.length} failed`)
            : undefined,
        });
      } finally {
        bar?.done();
      }
    });
    process.stdout.write(`${opts.json ? JSON.stringify(summary) : summaryText(summary)}\n`);
    if (summary.failures.length > 0) throw new PartialFailure(1);
  });
}
