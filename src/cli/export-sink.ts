// Where `orbit export` writes: stdout or a file, with backpressure, so a large export never sits in memory.
import { once } from "node:events";
import { createWriteStream, renameSync, rmSync } from "node:fs";
import type { Writable } from "node:stream";
import { AppError } from "../domain/index.ts";
import { csvLine, type OutputFormat, parseFormat, type Row } from "./output-format.ts";

export type ExportFormat = Extract<OutputFormat, "csv" | "jsonl" | "json">;
const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "jsonl", "json"];

/** Rows → text in one format: a CSV header, JSON lines, or one JSON array written as the rows come. */
export class RowWriter {
  private count = 0;
  constructor(
    private readonly sink: Sink,
    private readonly format: ExportFormat,
    private readonly columns: readonly string[],
    /** The CSV cells of a row; JSON keeps the row whole. */
    private readonly cells: (row: Row) => unknown[] = (row) => columns.map((c) => row[c]),
  ) {}

  get rows(): number {
    return this.count;
  }

  async write(row: Row): Promise<void> {
    const first = this.count === 0;
    this.count++;
    if (this.format === "jsonl") return this.sink.write(`${JSON.stringify(row)}\n`);
    if (this.format === "json") return this.sink.write(`${first ? "[\n" : ",\n"}${JSON.stringify(row)}`);
    return this.sink.write(`${first ? `${csvLine([...this.columns])}\n` : ""}${csvLine(this.cells(row))}\n`);
  }

  /** Ends the text: an empty CSV still has its header, an empty JSON export is `[]`. */
  async end(): Promise<void> {
    if (this.format === "json") await this.sink.write(this.count ? "\n]\n" : "[]\n");
    else if (this.format === "csv" && this.count === 0) await this.sink.write(`${csvLine([...this.columns])}\n`);
  }
}

export interface Sink {
  write(text: string): Promise<void>;
  /** Finishes the output; a file appears under its name only now, whole. */
  close(): Promise<void>;
  /** Drops a file half written (the export failed), so no truncated file is left looking complete. */
  abort(): void;
}

async function writeTo(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}

export function stdoutSink(): Sink {
  return { write: (text) => writeTo(process.stdout, text), close: async () => {}, abort: () => {} };
}

/** A file written beside its final name and renamed when complete. */
export async function fileSink(path: string): Promise<Sink> {
  const partial = `${path}.partial`;
  const stream = createWriteStream(partial);
  try {
    await once(stream, "open");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "its folder does not exist" : code === "EACCES" ? "permission denied" : String(err);
    throw new AppError("BAD_OPTION", `cannot write ${path}: ${why}`, { where: "--out", cause: err });
  }
  let failed: Error | undefined;
  stream.on("error", (err) => (failed = err));
  return {
    async write(text) {
      if (failed) throw new AppError("INTERNAL", `cannot write ${path}: ${failed.message}`, { cause: failed });
      await writeTo(stream, text);
    },
    async close() {
      stream.end();
      await once(stream, "finish");
      renameSync(partial, path);
    },
    abort() {
      stream.destroy();
      rmSync(partial, { force: true });
    },
  };
}

/** The format asked for, else the one the file name says (.csv, .jsonl, .json), else CSV. */
export function exportFormat(format: string | undefined, out: string | undefined): ExportFormat {
  const given = format ?? /\.(csv|jsonl|json)$/i.exec(out ?? "")?.[1]?.toLowerCase() ?? "csv";
  return parseFormat(given, EXPORT_FORMATS) as ExportFormat;
}
