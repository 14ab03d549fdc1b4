// A JSONL byte stream → source items, one per line: a RawDocument, or an AppError naming `where:line`.
import type { AppError, SourceItem } from "../domain/index.ts";
import { jsonlLines } from "./jsonl-lines.ts";
import { unpackDocument } from "./unpack-document.ts";

/**
 * `where` names the stream in errors (a path, "stdin"); `idPrefix` builds ids for lines without one. With `packed`,
 * each line is yielded undecoded: a RawDocument with only `packed` (its bytes, in shared memory), the fallback id and
 * the origin, for an analysis thread to decode (unpackDocument); its errors then come from that thread.
 */
export async function* jsonlItems(
  stream: AsyncIterable<Uint8Array | string>,
  where: string,
  idPrefix: string,
  maxLineBytes?: number,
  packed = false,
): AsyncGenerator<SourceItem> {
  for await (const line of jsonlLines(stream, where, maxLineBytes, packed)) {
    const at = `${where}:${line.line}`;
    if ("error" in line) {
      yield { error: line.error, origin: at };
      continue;
    }
    const doc = { id: `${idPrefix}:${line.line}`, origin: at, packed: { kind: "jsonl" as const, bytes: line.bytes } };
    if (packed) {
      yield { doc };
      continue;
    }
    try {
      yield { doc: unpackDocument(doc) };
    } catch (err) {
      yield { error: err as AppError, origin: at };
    }
  }
}
