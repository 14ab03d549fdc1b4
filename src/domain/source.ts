import type { RawDocument } from "./article.ts";
import type { AppError } from "./errors.ts";

/** One thing a source yields: a document, or the reason one could not be read (the batch goes on). */
export type SourceItem = { doc: RawDocument } | { error: AppError; origin: string };

/** A source of raw documents: files, folders, JSONL, feeds, URLs. Sources do I/O; stages never do. */
export interface Source {
  readonly name: string;
  items(): AsyncIterable<SourceItem>;
}
