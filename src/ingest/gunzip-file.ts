// Gzip-compressed files (a.html.gz, docs.jsonl.gz) → their unpacked bytes or byte stream, capped against gzip bombs.
import { createReadStream } from "node:fs";
import { pipeline, Readable } from "node:stream";
import { promisify } from "node:util";
import { createGunzip, gunzip } from "node:zlib";
import { AppError } from "../domain/index.ts";
import { fsError } from "./fs-error.ts";
import { megabytes } from "./read-capped.ts";

const gunzipAsync = promisify(gunzip);

/**
 * A streamed gzip file (JSONL) may unpack to at most this much. Memory is bounded by the line cap either way; this
 * bounds the work a small hostile file can ask for (a few MB of gzip can unpack to many GB of blank lines).
 */
export const DEFAULT_MAX_UNPACKED_STREAM_BYTES = 4 * 1024 ** 3;

/** True when the bytes start with gzip's magic number, whatever the file is called. */
export const isGzip = (head: Uint8Array): boolean => head[0] === 0x1f && head[1] === 0x8b;

/** The name a gzip file's content goes by, for its kind: "a.html.gz" → "a.html", "page.gz" → "page". */
export const unpackedName = (name: string): string => name.replace(/\.gz$/i, "");

/** TOO_LARGE for a packed file (gzip, or a file inside a zip) past its unpacked-size cap. */
export const unpacksTooLarge = (where: string, maxBytes: number) =>
  new AppError("TOO_LARGE", `unpacks to more than the ${megabytes(maxBytes)} size cap`, { where });

function gzipError(err: unknown, where: string): AppError {
  if (err instanceof AppError) return err;
  // zlib's errors carry Z_* codes; anything else is the file itself (gone, unreadable).
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && !code.startsWith("Z_")) return fsError(err, where);
  const msg = err instanceof Error ? err.message : String(err);
  return new AppError("BAD_INPUT", `corrupt or truncated gzip data (${msg})`, { where, cause: err });
}

/** A whole gzip file's bytes → the bytes it holds, refused (TOO_LARGE) as soon as they pass `maxBytes`. */
export async function gunzipCapped(bytes: Uint8Array, maxBytes: number, where: string): Promise<Buffer> {
  try {
    // zlib stops at maxOutputLength, so a bomb never gets unpacked past the cap.
    return await gunzipAsync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw unpacksTooLarge(where, maxBytes);
    throw gzipError(err, where);
  }
}

/** A gzip file as a stream of its unpacked bytes; errors (a corrupt file, past `maxBytes`) end it as AppErrors. */
export function gunzipStream(path: string, maxBytes: number): AsyncGenerator<Buffer> {
  return unpackStream(createReadStream(path), path, maxBytes);
}

/** The first `bytes` a gzip file unpacks to (fewer when it holds less), unpacking no further than that. */
export async function gunzipHead(path: string, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of gunzipStream(path, Number.POSITIVE_INFINITY)) {
    chunks.push(chunk);
    total += chunk.length;
    if (total >= bytes) break;
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}

/**
 * A byte stream (stdin) as it is, or unpacked when its first bytes are gzip's magic number, so `orbit ingest - <
 * docs.jsonl.gz` reads the lines. `where` names the stream in errors.
 */
export async function* gunzipIfPacked(
  stream: AsyncIterable<Uint8Array | string>,
  where: string,
  maxBytes = DEFAULT_MAX_UNPACKED_STREAM_BYTES,
): AsyncGenerator<Uint8Array | string> {
  const it = stream[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const rest = { [Symbol.asyncIterator]: () => it };
  const head = first.value;
  if (typeof head === "string" || !isGzip(head)) {
    yield head;
    yield* rest;
    return;
  }
  async function* all() {
    yield head;
    yield* rest;
  }
  yield* unpackStream(Readable.from(all()), where, maxBytes);
}

async function* unpackStream(source: Readable, where: string, maxBytes: number): AsyncGenerator<Buffer> {
  const unpacked = createGunzip();
  // pipeline passes a read error of the source on to the gunzip stream, so the loop below sees it.
  pipeline(source, unpacked, () => {});
  let total = 0;
  try {
    for await (const chunk of unpacked as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw unpacksTooLarge(where, maxBytes);
      yield chunk;
    }
  } catch (err) {
    throw gzipError(err, where);
  } finally {
    unpacked.destroy();
  }
}
