// `orbit export events|articles|align`: the store's events, articles or alignment series to a file or stdout as CSV,
// JSON lines or JSON, with the filters of `orbit events` and `orbit align`; events and articles are streamed.
import type { Command } from "commander";
import { checkKnownActors } from "../aggregate/index.ts";
import { EVENT_CSV_COLUMNS, eventCsvValues } from "../server/index.ts";
import type { Store, StoredArticle, StoredEvent } from "../store/index.ts";
import { type AlignCliOptions, alignTable, parseAlignOptions, withAlignOptions } from "./align.ts";
import { usingStore, withDb } from "./db-option.ts";
import { parseEventFilter, type RawEventFilter, withEventFilters } from "./event-filter-options.ts";
import { type ExportFormat, exportFormat, fileSink, RowWriter, type Sink, stdoutSink } from "./export-sink.ts";
import type { Row } from "./output-format.ts";

interface ExportOptions {
  db?: string;
  format?: string;
  out?: string;
}

const ARTICLE_COLUMNS = [
  "id",
  "published",
  "site",
  "url",
  "title",
  "byline",
  "language",
  "eventCount",
  "duplicateOf",
  "storedAt",
  "text",
];

/** Articles page by page (newest first), so the export holds one page at a time. */
async function* allArticles(store: Store, filter: Parameters<Store["listArticles"]>[0]): AsyncIterable<StoredArticle> {
  let cursor: string | undefined;
  do {
    const page = await store.listArticles(filter, { limit: 200, cursor });
    yield* page.rows;
    cursor = page.next;
  } while (cursor);
}

/** Opens the output, writes every row, and reports the count on stderr when the rows went to a file. */
async function exportRows(
  opts: ExportOptions,
  format: ExportFormat,
  what: string,
  source: (store: Store) => Promise<{ columns: readonly string[]; rows: AsyncIterable<Row> | Row[] }>,
  cells?: (row: Row) => unknown[],
): Promise<void> {
  await usingStore(opts, async (store) => {
    const { columns, rows } = await source(store);
    const sink: Sink = opts.out ? await fileSink(opts.out) : stdoutSink();
    const writer = new RowWriter(sink, format, columns, cells);
    try {
      for await (const row of rows) await writer.write(row);
      await writer.end();
      await sink.close();
    } catch (err) {
      sink.abort();
      throw err;
    }
    if (opts.out) process.stderr.write(`orbit: ${writer.rows} ${what} written to ${opts.out}\n`);
  });
}

/** The output options every export takes. */
function withOutput(command: Command): Command {
  return withDb(command)
    .option("--format <csv|jsonl|json>", "output format (default: from the --out file's extension, else csv)")
    .option("--out <file>", "write to this file (default: stdout); it appears only once complete");
}

export function registerExport(program: Command): void {
  const exp = program
    .command("export")
    .description("write events, articles or alignment series to a file or stdout (csv, jsonl, json)");

  withOutput(
    withEventFilters(exp.command("events").description("every event matching the filters, with evidence")),
  ).action(async (opts: RawEventFilter & ExportOptions) => {
    const format = exportFormat(opts.format, opts.out);
    const filter = parseEventFilter(opts);
    await exportRows(
      opts,
      format,
      "events",
      async (store) => {
        await checkKnownActors(store, filter);
        return { columns: EVENT_CSV_COLUMNS, rows: store.streamEvents(filter) as AsyncIterable<Row> };
      },
      (row) => eventCsvValues(row as unknown as StoredEvent),
    );
  });

  withOutput(
    exp
      .command("articles")
      .description("stored articles with their text, newest first")
      .option("--actor <code>", "articles with an event of this actor")
      .option("--since <date>", "published from (YYYY[-MM[-DD]])")
      .option("--until <date>", "published until, inclusive")
      .option("--text <words>", "words in the title or text"),
  ).action(async (opts: RawEventFilter & ExportOptions) => {
    const format = exportFormat(opts.format, opts.out);
    const { actor, since, until, text } = parseEventFilter(opts);
    await exportRows(opts, format, "articles", async (store) => {
      await checkKnownActors(store, { actor });
      return {
        columns: ARTICLE_COLUMNS,
        rows: allArticles(store, { actor, since, until, text }) as AsyncIterable<Row>,
      };
    });
  });

  withOutput(
    withAlignOptions(exp.command("align").description("alignment rows or dyad series, as `orbit align`")),
  ).action(async (opts: AlignCliOptions & ExportOptions, cmd: Command) => {
    const format = exportFormat(opts.format, opts.out);
    const query = await parseAlignOptions(opts, cmd);
    await exportRows(opts, format, "rows", async (store) => {
      const table = await alignTable(query, store);
      for (const note of [table.empty, table.leftOut]) if (note) process.stderr.write(`${note}\n`);
      return table;
    });
  });
}
