import type { RawDocument } from "./article.ts";
import type { AppError } from "./errors.ts";

/**
 * One thing a source yields: a document, the reason one could not be read (a failure; the batch goes on), a file
 * that is not a document at all (an image, an archive, an empty file found in a folder), passed over with the reason,
 * or a warning about a source read only in part (a feed cut short: the items it holds are still given).
 */
export type SourceItem =
  | { doc: RawDocument }
  /**
   * `id`: the id the document would have had (a file's name), when known, so the failure is recorded under it and
   * storing the document later clears it; else the failure is recorded under `origin`.
   */
  | { error: AppError; origin: string; id?: string }
  | { skipped: string; origin: string }
  | { warning: string; origin: string };

/** A source of raw documents: files, folders, JSONL, feeds, URLs. Sources do I/O; stages never do. */
export interface Source {
  readonly name: string;
  items(): AsyncIterable<SourceItem>;
}
