// Stored events → CSV or JSONL, streamed page by page so an export of millions of rows never sits in memory.
import { csvField } from "../domain/index.ts";
import type { StoredEvent } from "../store/index.ts";

export const CSV_COLUMNS = [
  "id",
  "when",
  "source",
  "target",
  "cameo",
  "quad",
  "goldstein",
  "confidence",
  "origin",
  "article_id",
  "url",
  "attribution",
  "evidence",
  "when_from",
  "place",
  "place_country",
  "lat",
  "lon",
  "fatalities",
] as const;

/** An event's values in CSV_COLUMNS order: the API's CSV and `orbit export events` write the same columns. */
export function csvValues(e: StoredEvent): unknown[] {
  return [
    e.id,
    e.when,
    e.source,
    e.target,
    e.cameo,
    e.quad,
    e.goldstein,
    e.confidence,
    e.origin,
    e.articleId,
    e.url,
    e.attribution,
    e.evidence?.text,
    e.whenFrom,
    e.location?.name,
    e.location?.country,
    e.location?.lat,
    e.location?.lon,
    e.fatalities,
  ];
}

export function csvRow(e: StoredEvent): string {
  return `${csvValues(e)
    .map((v) => csvField(v, typeof v === "string"))
    .join(",")}\r\n`;
}

export function jsonlRow(e: StoredEvent): string {
  return `${JSON.stringify(e)}\n`;
}

/** A byte stream that pulls rows only as fast as the client reads them (backpressure through the stream's pull). */
export function exportStream(rows: AsyncIterable<StoredEvent>, format: "csv" | "jsonl"): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let headerSent = format !== "csv";
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk = "";
      if (!headerSent) {
        chunk = `${CSV_COLUMNS.join(",")}\r\n`;
        headerSent = true;
      }
      // Batch rows into ~64 KB chunks: one enqueue per row would cost more than the rows themselves.
      while (chunk.length < 65_536) {
        const next = await iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += format === "csv" ? csvRow(next.value) : jsonlRow(next.value);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
