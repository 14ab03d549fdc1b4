// A file path and a byte cap → the file's bytes, refusing (TOO_LARGE) without reading past the cap.
import { open } from "node:fs/promises";
import { AppError } from "../domain/index.ts";
import { fsError } from "./fs-error.ts";

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The first `bytes` bytes of a file (fewer when it is shorter), to judge what it holds without reading it all. */
export async function readHead(path: string, bytes = 4096): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Reads at most `maxBytes` (+1 to detect overflow), so a huge or growing file never lands in memory whole. */
export async function readCapped(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, "r");
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooLarge(path, size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(1 << 20, maxBytes + 1 - total);
      const buf = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(buf, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(path, total, maxBytes);
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    throw fsError(err, path);
  } finally {
    await handle?.close();
  }
}

/**
 * What the user is told of a page read only up to a cap (a page that large is swollen by inline images or data, its
 * article near the top): "the page is larger than the 20.0 MB download cap: only its first 20.0 MB were read...".
 */
export const readInPart = (what: string, cap: string, capped: number): string =>
  `${what} is larger than the ${megabytes(capped)} ${cap}: only its first ${megabytes(capped)} were read, and anything after that was dropped`;

/**
 * A page's first bytes up to a cap, less a UTF-8 character the cap split in two (its first one to three bytes): left
 * on, they make a UTF-8 page invalid and it is read in an 8-bit charset ("Russia’s" as "Russiaâ€™s") unless it has
 * many other non-ASCII letters. A page in an 8-bit charset loses at most its last three bytes, which were cut anyway.
 */
export function endAtCharacter(bytes: Buffer): Buffer {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if (b < 0x80) return bytes;
    // a lead byte: 2 to 4 bytes in all; split when it needs more than the cut left
    if (b >= 0xc0) return (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}

/** A byte count as users read caps: "50.0 MB". */
export const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function tooLarge(where: string, size: number, maxBytes: number): AppError {
  return new AppError("TOO_LARGE", `larger than the ${megabytes(maxBytes)} size cap (${size} bytes or more)`, {
    where,
  });
}
