// JSONL on standard input (or any byte stream) → a Source of raw documents, one item per line.
import { AppError, type Source, type SourceItem } from "../domain/index.ts";
import { gunzipIfPacked } from "./gunzip-file.ts";
import { jsonlItems } from "./jsonl-items.ts";
import { notADocumentByBytes } from "./not-a-document.ts";
import { isZip } from "./unzip-file.ts";

/**
 * Reads `{"id", "text"|"html", "published"?, "url"?}` lines, gzip-compressed or not; errors name "stdin:LINE". With
 * `packed`, the lines are yielded undecoded (RawDocument.json) for the analysis threads to decode and check, which then
 * report the line's errors. A stream that is plainly no JSONL (a zip archive, a page, a PDF) is one error saying what
 * it is, not one per line of it.
 */
export function stdinSource(
  stream: AsyncIterable<Uint8Array | string> = process.stdin,
  name = "stdin",
  options: { packed?: boolean } = {},
): Source {
  async function* items(): AsyncGenerator<SourceItem> {
    try {
      yield* jsonlItems(jsonlOnly(gunzipIfPacked(stream, name), name), name, name, undefined, options.packed);
    } catch (err) {
      // A stream that breaks off (corrupt gzip, past the cap) ends the batch's reading, not the batch.
      if (!(err instanceof AppError)) throw err;
      yield { error: err, origin: name };
    }
  }
  return { name, items };
}

const TAKES = 'stdin takes JSONL, one {"id", "text" | "html"} a line';

/** Why a stream whose first bytes are these is no JSONL, when they say what else it is. */
export function notJsonl(head: Uint8Array): string | undefined {
  // a zip is a folder of files: its pages are read when the archive is given as a path
  if (isZip(head)) return `a zip archive, but ${TAKES}: give the archive's path instead (orbit ingest pages.zip)`;
  const other = notADocumentByBytes(head);
  if (other) return `${other} (${TAKES})`;
  // JSONL opens with "{"; markup opens a page or a feed, which a file path reads
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 512)).toString("utf8");
  if (/^\uFEFF?\s*</.test(text))
    return `an HTML page or an XML feed, but ${TAKES}: give the file's path instead (orbit ingest page.html)`;
  return undefined;
}

/** The stream as it is, or one error naming what it is when its first bytes show it is no JSONL. */
async function* jsonlOnly(stream: AsyncIterable<Uint8Array | string>, where: string) {
  const it = stream[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head = typeof first.value === "string" ? Buffer.from(first.value, "utf8") : first.value;
  const why = notJsonl(head);
  if (why) throw new AppError("BAD_INPUT", why, { where });
  yield first.value;
  yield* { [Symbol.asyncIterator]: () => it };
}
