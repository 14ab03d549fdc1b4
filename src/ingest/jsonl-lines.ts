// A byte stream of JSONL → its lines (numbered from 1), each line capped in size so one huge line never fills memory.
import { AppError } from "../domain/index.ts";

export type JsonlLine = { line: number; text: string } | { line: number; error: AppError };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Splits a stream into lines without holding more than one line (up to `maxLineBytes`) in memory. A line over the cap
 * is skipped to its end and reported as TOO_LARGE; a line that is not UTF-8 as BAD_INPUT. Blank lines are skipped.
 */
export async function* jsonlLines(
  stream: AsyncIterable<Uint8Array | string>,
  where: string,
  maxLineBytes = 50 * 1024 * 1024,
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
      let bytes = Buffer.concat(parts, size);
      if (lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      try {
        const text = utf8.decode(bytes);
        if (text.trim()) yield { line: lineNo, text };
      } catch {
        yield { line: lineNo, error: new AppError("BAD_INPUT", "line is not valid UTF-8 text", { where: at }) };
      }
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
