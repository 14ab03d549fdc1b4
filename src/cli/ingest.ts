// `orbit ingest PATH...`: files, folders and JSONL → stored articles and events; prints a summary; idempotent.
import type { Command } from "commander";
import type { Config } from "../config/index.ts";
import { loadConfig } from "../config/index.ts";
import type { RawDocument, Source } from "../domain/index.ts";
import { AppError } from "../domain/index.ts";
import { concatSources, pathSource, stdinSource, urlSource } from "../ingest/index.ts";
import { type BatchSummary, emptySummary, failureOf, runBatch } from "../pipeline/index.ts";
import { enqueue } from "../store/index.ts";
import { documentName, hintIfTerminal } from "./analyze.ts";
import { usingStore, withDb } from "./db-option.ts";
import { PartialFailure } from "./partial-failure.ts";
import { progressBar } from "./progress-bar.ts";

/** Skipped files listed one a line up to this many; `--json` lists them all. */
const SKIPPED_SHOWN = 20;

export function summaryText(s: BatchSummary): string {
  const skipped = s.skipped.length ? `  skipped: ${s.skipped.length}` : "";
  const warnings = s.warnings.length ? `  warnings: ${s.warnings.length}` : "";
  const lines = [
    `documents: ${s.documents}  stored: ${s.stored}  unchanged: ${s.unchanged}  duplicates: ${s.duplicates}  events: ${s.events}  failures: ${s.failures.length}${skipped}${warnings}`,
  ];
  for (const f of s.failures) lines.push(`  failed [${f.stage}] ${f.message}`);
  lines.push(...warningLines(s));
  for (const k of s.skipped.slice(0, SKIPPED_SHOWN)) lines.push(`  skipped ${k.origin}: ${k.reason}`);
  const more = s.skipped.length - SKIPPED_SHOWN;
  if (more > 0) lines.push(`  … and ${more} more skipped (--json lists them all)`);
  return lines.join("\n");
}

/** One line per warning on a stored document (a text cut to the cap, a page whose download ended early), naming it. */
export function warningLines(s: BatchSummary): string[] {
  return s.warnings.map((w) => `  warning ${documentName(w.documentId, w.origin)}: ${w.message}`);
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new AppError("BAD_OPTION", `--workers must be a whole number from 1 to 64, got "${value}"`);
  return n;
}

const isUrl = (p: string) => /^https?:\/\//i.test(p);

/**
 * Paths, http(s) URLs and '-' (stdin) → one source, read in the order given. `packed`: stdin's lines and the files'
 * pages go to the analysis threads undecoded (the batch's pool decodes them there), so this thread holds no page text.
 */
export function sourceFor(paths: string[], config: Config, packed = false): Source {
  if (paths.length === 1 && paths[0] === "-") {
    hintIfTerminal("ingest");
    return stdinSource(process.stdin, "stdin", { packed });
  }
  const urls = paths.filter(isUrl);
  const files = paths.filter((p) => !isUrl(p));
  const sources: Source[] = [];
  if (files.length) sources.push(pathSource(files, { packed }));
  if (urls.length) sources.push(urlSource(urls, config));
  return sources.length === 1 ? sources[0]! : concatSources(sources);
}

/** `--queue`: put the documents on the PostgreSQL job queue for `orbit worker`s instead of analysing them here. */
async function enqueueAll(
  source: Source,
  config: Config,
): Promise<BatchSummary & { queued: number; alreadyQueued: number }> {
  const summary = emptySummary();
  // Streams into the queue so a large batch never sits in memory; unreadable items are reported, not queued.
  async function* docs(): AsyncIterable<RawDocument> {
    for await (const item of source.items()) {
      if ("skipped" in item) {
        summary.skipped.push({ origin: item.origin, reason: item.skipped });
        continue;
      }
      if ("warning" in item) {
        summary.warnings.push({ documentId: item.origin, origin: item.origin, message: item.warning });
        continue;
      }
      summary.documents++;
      if ("error" in item) summary.failures.push(failureOf(item.origin, item.origin, "ingest", item.error));
      else yield item.doc;
    }
  }
  const result = await enqueue(config.db, docs());
  return { ...summary, queued: result.queued, alreadyQueued: result.skipped };
}

export function registerIngest(program: Command): void {
  withDb(
    program
      .command("ingest")
      .description("analyse files, folders or JSONL ('-' for stdin) and store articles and events")
      .argument("<paths...>", "files, folders (recursive) or http(s) URLs; '-' reads JSONL from stdin")
      .option("--queue", "only put the documents on the PostgreSQL job queue for `orbit worker` processes")
      .option("--workers <n>", "worker threads for analysis (default: all cores)", parseWorkers)
      .option("--json", "print the summary as JSON")
      .option("--no-progress", "no progress bar on stderr"),
  ).action(
    async (
      paths: string[],
      opts: { db?: string; workers?: number; json?: boolean; progress: boolean; queue?: boolean },
    ) => {
      const config = loadConfig({ db: opts.db });
      // The queue stores documents, so it needs them decoded here.
      const source = sourceFor(paths, config, !opts.queue);
      if (opts.queue) {
        const queued = await enqueueAll(source, config);
        process.stdout.write(
          `${opts.json ? JSON.stringify(queued) : `queued: ${queued.queued}  already queued: ${queued.alreadyQueued}\n${summaryText(queued)}`}\n`,
        );
        if (queued.failures.length > 0) throw new PartialFailure(1);
        return;
      }
      const summary = await usingStore(opts, async (store) => {
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
    },
  );
}
