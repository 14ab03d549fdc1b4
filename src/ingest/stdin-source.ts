// JSONL on standard input (or any byte stream) → a Source of raw documents, one item per line.
import { AppError, type Source, type SourceItem } from "../domain/index.ts";
import { gunzipIfPacked } from "./gunzip-file.ts";
import { jsonlItems } from "./jsonl-items.ts";

/**
 * Reads `{"id", "text"|"html", "published"?, "url"?}` lines, gzip-compressed or not; errors name "stdin:LINE". With `packed`, the lines are
 * yielded undecoded (RawDocument.json) for the analysis threads to decode and check, which then report the line's errors.
 */
export function stdinSource(
  stream: AsyncIterable<Uint8Array | string> = process.stdin,
  name = "stdin",
  options: { packed?: boolean } = {},
): Source {
  async function* items(): AsyncGenerator<SourceItem> {
    try {
      yield* jsonlItems(gunzipIfPacked(stream, name), name, name, undefined, options.packed);
    } catch (err) {
      // A stream that breaks off (corrupt gzip, past the cap) ends the batch's reading, not the batch.
      if (!(err instanceof AppError)) throw err;
      yield { error: err, origin: name };
    }
  }
  return { name, items };
}
