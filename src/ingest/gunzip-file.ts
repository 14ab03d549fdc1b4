// Gzip-compressed files (a.html.gz, docs.jsonl.gz) → their unpacked bytes or byte stream, capped against gzip bombs.
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream";
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

const unpacksTooLarge = (where: string, maxBytes: number) =>
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
export async function* gunzipStream(path: string, maxBytes: number): AsyncGenerator<Buffer> {
  const unpacked = createGunzip();
  // pipeline passes a read error of the file on to the gunzip stream, so the loop below sees it.
  pipeline(createReadStream(path), unpacked, () => {});
  let total = 0;
  try {
    for await (const chunk of unpacked as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw unpacksTooLarge(path, maxBytes);
      yield chunk;
    }
  } catch (err) {
    throw gzipError(err, path);
  } finally {
    unpacked.destroy();
  }
}
