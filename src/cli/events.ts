// `orbit events`: stored events with their evidence sentence, filtered, as a table, JSON lines or CSV.
import type { Command } from "commander";
import { checkKnownActors } from "../aggregate/index.ts";
import { AppError } from "../domain/index.ts";
import type { StoredEvent } from "../store/index.ts";
import { usingStore, withDb } from "./db-option.ts";
import { parseEventFilter, type RawEventFilter, withEventFilters } from "./event-filter-options.ts";
import { csvLine, parseFormat, table } from "./output-format.ts";

export const EVENT_COLUMNS = [
  "when",
  "source",
  "target",
  "cameo",
  "quad",
  "goldstein",
  "confidence",
  "evidence",
  "article",
  "url",
] as const;

/**
 * The table shows the page an analyst can open, whole (a cut URL opens nothing), not the store's article id; CSV and
 * JSON lines keep both.
 */
const TABLE_COLUMNS = EVENT_COLUMNS.filter((c) => c !== "article");

export function eventRow(e: StoredEvent): Record<string, unknown> {
  return {
    when: e.when ?? "",
    source: e.source,
    target: e.target,
    cameo: e.cameo,
    quad: e.quad,
    goldstein: e.goldstein,
    confidence: e.confidence,
    evidence: e.evidence?.text ?? "",
    article: e.articleId ?? "",
    // A file ingested without a URL has only its article id to point at.
    url: e.url ?? e.articleId ?? "",
  };
}

/** A `--limit` value: a whole number, 0 for all. */
export function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new AppError("BAD_OPTION", `--limit must be a whole number, got "${value}"`);
  return n;
}

export function registerEvents(program: Command): void {
  withDb(
    withEventFilters(
      program
        .command("events")
        .description(
          "list stored events with their evidence sentences: every report, also when several articles report one act (align, alerts and brief count that act once)",
        ),
    )
      .option("--limit <n>", "at most n events (0 = all)", parseLimit, 100)
      .option("--format <table|jsonl|csv>", "output format", "table"),
  ).action(async (opts: RawEventFilter & { db?: string; limit: number; format: string }) => {
    const format = parseFormat(opts.format, ["table", "jsonl", "csv"]);
    const filter = parseEventFilter(opts);
    await usingStore(opts, async (store) => {
      await checkKnownActors(store, filter);
      const out = process.stdout;
      const rows: Record<string, unknown>[] = [];
      if (format === "csv") out.write(`${csvLine([...EVENT_COLUMNS])}\n`);
      let n = 0;
      for await (const e of store.streamEvents(filter)) {
        if (opts.limit > 0 && n >= opts.limit) break;
        n++;
        if (format === "jsonl") out.write(`${JSON.stringify(e)}\n`);
        else if (format === "csv") out.write(`${csvLine(EVENT_COLUMNS.map((c) => eventRow(e)[c]))}\n`);
        else rows.push(eventRow(e));
      }
      if (format === "table") {
        out.write(rows.length ? `${table(rows, TABLE_COLUMNS, { evidence: 80, url: 2048 })}\n` : "no events match\n");
        if (opts.limit > 0 && n >= opts.limit) out.write(`(first ${opts.limit}; --limit 0 for all)\n`);
      }
    });
  });
}
