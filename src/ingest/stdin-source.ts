// JSONL on standard input (or any byte stream) → a Source of raw documents, one item per line.
import type { Source } from "../domain/index.ts";
import { jsonlItems } from "./jsonl-items.ts";

/**
 * Reads `{"id", "text"|"html", "published"?, "url"?}` lines; errors name "stdin:LINE". With `packed`, the lines are
 * yielded undecoded (RawDocument.json) for the analysis threads to decode and check, which then report the line's errors.
 */
export function stdinSource(
  stream: AsyncIterable<Uint8Array | string> = process.stdin,
  name = "stdin",
  options: { packed?: boolean } = {},
): Source {
  return { name, items: () => jsonlItems(stream, name, name, undefined, options.packed) };
}
