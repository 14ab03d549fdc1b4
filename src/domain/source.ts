import type { RawDocument } from "./article.ts";
import type { AppError } from "./errors.ts";

/**
 * One thing a source yields: a document, the reason one could not be read (a failure; the batch goes on), or a file
 * that is not a document at all (an image, an archive, an empty file found in a folder), passed over with the reason.
 */
export type SourceItem =
  | { doc: RawDocument }
  | { error: AppError; origin: string }
  | { skipped: string; origin: string };

/** A source of raw documents: files, folders, JSONL, feeds, URLs. Sources do I/O; stages never do. */
export interface Source {
  readonly name: string;
  items(): AsyncIterable<SourceItem>;
}
