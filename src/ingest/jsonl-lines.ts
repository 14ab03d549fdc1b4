// A byte stream of JSONL → its lines (numbered from 1) as bytes, each line capped in size so one huge line never fills memory.
import { AppError } from "../domain/index.ts";
import { sharedBytes } from "./shared-bytes.ts";

export type JsonlLine = { line: number; bytes: Uint8Array } | { line: number; error: AppError };

/** JSON's whitespace, the only characters a line made of ASCII bytes can be blank with. */
const isJsonSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a || b === 0x0b || b === 0x0c;

/**
 * A line is skipped when it is blank as text (`text.trim()` is empty), judged on its bytes without decoding it: only a
 * line whose first non-space byte is not ASCII (a no-break space, a stray BOM) is decoded to decide. An invalid UTF-8
 * line is not blank: the decoding step reports it.
 */
function isBlank(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length && isJsonSpace(bytes[i]!)) i++;
  if (i === bytes.length) return true;
  if (bytes[i]! < 0x80) return false;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).trim() === "";
  } catch {
    return false;
  }
}

/**
 * Splits a stream into lines without holding more than one line (up to `maxLineBytes`) in memory. A line over the cap
 * is skipped to its end and reported as TOO_LARGE; blank lines are skipped; a UTF-8 BOM opening the stream is dropped.
 * With `shared`, each line's bytes are copied into a SharedArrayBuffer of their own, so that an analysis thread can
 * read them without a copy and the reading thread's heap never holds the page (src/ingest/unpack-document.ts).
 */
export async function* jsonlLines(
  stream: AsyncIterable<Uint8Array | string>,
  where: string,
  maxLineBytes = 50 * 1024 * 1024,
  shared = false,
): AsyncGenerator<JsonlLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let lineNo = 1;
  let overflow = false;
  const finish = function* (): Generator<JsonlLine> {
    const at = `${where}:${lineNo}`;
    if (overflow) {
      yield { line: lineNo, error: new AppError("TOO_LARGE", `line is over ${maxLineBytes} bytes`, { where: at }) };
    } else if (size > 0) {
      let bytes = shared ? sharedBytes(parts, size) : Buffer.concat(parts, size);
      if (lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      if (!isBlank(bytes)) yield { line: lineNo, bytes };
    }
    parts = [];
    size = 0;
    overflow = false;
    lineNo++;
  };
  for await (const chunk of stream) {
    let buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
    while (buf.length > 0) {
      const nl = buf.indexOf(0x0a);
      const piece = nl < 0 ? buf : buf.subarray(0, nl);
      if (!overflow) {
        if (size + piece.length > maxLineBytes) {
          overflow = true;
          parts = [];
        } else {
          parts.push(piece);
        }
      }
      size += piece.length;
      if (nl < 0) break;
      yield* finish();
      buf = buf.subarray(nl + 1);
    }
  }
  yield* finish();
}
