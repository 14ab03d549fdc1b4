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
  if (opensJsonl(head)) return undefined;
  // a zip is a folder of files: its pages are read when the archive is given as a path
  if (isZip(head))
    return `a zip archive, but ${TAKES}: give the archive's path instead, as in orbit ingest pages.zip or orbit analyze pages.zip`;
  const other = notADocumentByBytes(head);
  if (other) return `${other} (${TAKES})`;
  // JSONL opens with "{"; markup opens a page or a feed, which a file path reads
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 512)).toString("utf8");
  if (/^\uFEFF?\s*</.test(text))
    return `an HTML page or an XML feed, but ${TAKES}: give the file's path instead, as in orbit ingest page.html or orbit analyze page.html`;
  return undefined;
}

/** Bytes enough to tell a zip, a PDF or a page (after a BOM and blank lines) from JSONL. */
const HEAD_BYTES = 512;

/**
 * True when the first character after a byte-order mark and blank lines is "{": a JSONL line, whatever bytes follow
 * (a later "ustar" is no tar header), and nothing more is waited for, so a producer that writes one line and then
 * waits has it read at once.
 */
function opensJsonl(head: Uint8Array): boolean {
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, HEAD_BYTES)).toString("utf8");
  return /^\uFEFF?\s*\{/.test(text);
}

/** The stream as it is, or one error naming what it is when its first bytes show it is no JSONL. */
async function* jsonlOnly(stream: AsyncIterable<Uint8Array | string>, where: string) {
  const it = stream[Symbol.asyncIterator]();
  // a pipe may hand over a few bytes at a time: gather the head before judging it, unless it already opens a line
  const head: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < HEAD_BYTES && !opensJsonl(Buffer.concat(head, size))) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = typeof next.value === "string" ? Buffer.from(next.value, "utf8") : Buffer.from(next.value);
    head.push(chunk);
    size += chunk.length;
  }
  if (!size) return;
  const why = notJsonl(Buffer.concat(head, size));
  if (why) throw new AppError("BAD_INPUT", why, { where });
  yield* head;
  if (!ended) yield* { [Symbol.asyncIterator]: () => it };
}
