// `orbit watch FEEDS.txt|URL... --every 15m`: polls feeds on a schedule, fetches new articles, and ingests them.
import { type Command, Option } from "commander";
import { AppError, type Source } from "../domain/index.ts";
import { Fetcher, feedSource, feedsFromArguments, loadValidatorCache, saveValidatorCache } from "../ingest/index.ts";
import { type BatchSummary, runBatch } from "../pipeline/index.ts";
import { isPostgresUrl } from "../store/index.ts";
import { usingStore, withDb } from "./db-option.ts";
import { warningLines } from "./ingest.ts";
import { PartialFailure } from "./partial-failure.ts";

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

/** "500ms", "90s", "15m", "2h" → milliseconds; undefined when it is not such a duration. */
function durationMs(value: string): number | undefined {
  const m = value.trim().match(/^(\d+(?:\.\d+)?)\s*(ms|s|m|h)$/i);
  return m ? Number(m[1]) * UNIT_MS[m[2]!.toLowerCase() as keyof typeof UNIT_MS] : undefined;
}

export function parseEvery(value: string): number {
  const ms = durationMs(value);
  if (ms === undefined || ms < 1000) {
    throw new AppError("BAD_OPTION", `--every must be a duration like 90s, 15m or 2h (at least 1s), got "${value}"`);
  }
  return ms;
}

export function parseHostInterval(value: string): number {
  const ms = durationMs(value);
  if (ms === undefined) throw new AppError("BAD_OPTION", `--host-interval must be a duration like 1s, got "${value}"`);
  return ms;
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new AppError("BAD_OPTION", `--workers must be a whole number from 1 to 64, got "${value}"`);
  return n;
}

interface WatchOptions {
  every: string;
  once?: boolean;
  db?: string;
  state?: string;
  workers?: number;
  hostInterval: number;
}

/**
 * A source's items until `stop` aborts. A watch stopped mid-round reads no more pages; the ones in flight are still
 * analysed and stored, and the round's feed validators are not saved, so the next start reads the feeds whole and
 * fetches what this round did not reach (what it stored is skipped as seen): nothing lost, nothing stored twice.
 */
function untilStopped(source: Source, stop: AbortSignal): Source {
  return {
    name: source.name,
    async *items() {
      if (stop.aborted) return;
      // The page that arrives after the signal was fetched already: it is stored, and no other is asked for.
      for await (const item of source.items()) {
        yield item;
        if (stop.aborted) return;
      }
    },
  };
}

/** What the feeds themselves did in a round, apart from the articles they led to. */
export interface FeedCounts {
  /** Feeds that answered 304 Not Modified. */
  notModified: number;
  /** Feeds that could not be read at all: each is one failure of the round, but no article. */
  failed: number;
}

/** A round's summary line, then its failures and warnings; "(stopped)" ends the summary line, not the last failure. */
export function roundLine(s: BatchSummary, feeds: FeedCounts, stopped = false): string {
  const at = new Date().toISOString().slice(0, 19).replace("T", " ");
  // The batch counts a feed's own error as a document read; a feed that timed out brought no new article.
  const lines = [
    `${at}  new: ${s.documents - feeds.failed}  stored: ${s.stored}  duplicates: ${s.duplicates}  events: ${s.events}  unchanged feeds: ${feeds.notModified}  failures: ${s.failures.length}${stopped ? "  (stopped)" : ""}`,
  ];
  for (const f of s.failures) lines.push(`  failed [${f.stage}] ${f.message}`);
  lines.push(...warningLines(s));
  return lines.join("\n");
}

/** Sleeps until the next round, waking early on SIGINT/SIGTERM (at once when one came during the round). */
function pause(ms: number, stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (stop.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    const wake = () => {
      clearTimeout(timer);
      resolve();
    };
    stop.addEventListener("abort", wake, { once: true });
  });
}

export function registerWatch(program: Command): void {
  withDb(
    program
      .command("watch")
      .description("poll feeds (URLs, feed files, or FEEDS.txt lists of them), fetch new articles and ingest them")
      .argument(
        "<feeds...>",
        "feed URLs (RSS, Atom, RDF, JSON Feed), feed files, or FEEDS.txt files listing one URL or path a line (# comments)",
      )
      .option("--every <duration>", "time between rounds: 90s, 15m, 2h", "15m")
      .option("--once", "run one round and exit")
      .option("--state <file>", "where ETag/Last-Modified are kept between runs (default: <db>.watch.json)")
      .addOption(
        // Shown as a duration, as it is typed: commander would print the default in milliseconds.
        new Option("--host-interval <duration>", "least time between requests to one host")
          .argParser(parseHostInterval)
          .default(1000, "1s"),
      )
      .option("--workers <n>", "worker threads for analysis (default: all cores)", parseWorkers),
  ).action(async (args: string[], opts: WatchOptions) => {
    const everyMs = parseEvery(opts.every);
    const feeds = await feedsFromArguments(args);
    let failed = false;
    await usingStore(opts, async (store, config) => {
      const statePath =
        opts.state ?? (isPostgresUrl(config.db) ? "orbit-watch.json" : `${config.db.replace(/\.db$/, "")}.watch.json`);
      const fetcher = new Fetcher({
        userAgent: config.userAgent,
        timeoutMs: config.fetchTimeoutMs,
        maxBytes: config.maxBodyBytes,
        allowPrivateNetwork: config.allowPrivateNetwork,
        perHostIntervalMs: opts.hostInterval,
        cache: await loadValidatorCache(statePath),
      });
      const stop = new AbortController();
      // Once only: a second Ctrl-C gets Node's default and ends the process at once (each stored page is committed).
      const onSignal = () => {
        process.stderr.write(
          "orbit watch: stopping: storing the pages in flight; the rest of this round is read on the next start (Ctrl-C again quits at once)\n",
        );
        stop.abort();
      };
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      try {
        while (!stop.signal.aborted) {
          const counts: FeedCounts = { notModified: 0, failed: 0 };
          const source = feedSource(feeds, {
            fetcher,
            seen: async (url) => (await store.getArticle(url)) !== undefined,
            onNotModified: () => counts.notModified++,
            onFeedFailed: () => counts.failed++,
          });
          const summary = await runBatch(untilStopped(source, stop.signal), store, {
            workers: opts.workers ?? config.workers,
          });
          // A round cut short keeps the validators from before it: a 304 next time would hide the pages not read.
          if (!stop.signal.aborted) await saveValidatorCache(statePath, fetcher.cache);
          process.stdout.write(`${roundLine(summary, counts, stop.signal.aborted)}\n`);
          failed = summary.failures.length > 0;
          if (opts.once) break;
          await pause(everyMs, stop.signal);
        }
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
    });
    if (opts.once && failed) throw new PartialFailure(1);
  });
}
