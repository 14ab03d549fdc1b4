// A GDELT export file on disk (.CSV, .CSV.zip as GDELT ships it, or .gz) → its text.
import { readFileSync } from "node:fs";
import { gunzipSync, inflateRawSync } from "node:zlib";
import { AppError } from "../domain/index.ts";

/**
 * The first file inside a zip archive. GDELT zips hold exactly one CSV; we read the central directory (sizes in
 * local headers may be zero when the archive was streamed) and inflate that entry.
 */
export function unzipFirst(buf: Buffer, where: string): Buffer {
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new AppError("BAD_INPUT", "not a zip archive (no end-of-central-directory record)", { where });
  const cd = buf.readUInt32LE(eocd + 16);
  if (buf.readUInt32LE(cd) !== 0x02014b50) throw new AppError("BAD_INPUT", "corrupt zip central directory", { where });
  const method = buf.readUInt16LE(cd + 10);
  const compressedSize = buf.readUInt32LE(cd + 20);
  const localHeader = buf.readUInt32LE(cd + 42);
  if (buf.readUInt32LE(localHeader) !== 0x04034b50) throw new AppError("BAD_INPUT", "corrupt zip entry", { where });
  const nameLen = buf.readUInt16LE(localHeader + 26);
  const extraLen = buf.readUInt16LE(localHeader + 28);
  const start = localHeader + 30 + nameLen + extraLen;
  const data = buf.subarray(start, start + compressedSize);
  if (method === 0) return Buffer.from(data);
  if (method !== 8) throw new AppError("BAD_INPUT", `unsupported zip compression method ${method}`, { where });
  try {
    return inflateRawSync(data);
  } catch (err) {
    throw new AppError("BAD_INPUT", "corrupt zip data", { where, cause: err });
  }
}

/** Reads a GDELT export, unpacking zip or gzip by magic bytes. */
export function readGdeltFile(path: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder, not a file" : (err as Error).message;
    throw new AppError(code === "ENOENT" ? "NOT_FOUND" : "UNREADABLE", `cannot read GDELT file: ${why}`, {
      where: path,
      cause: err,
    });
  }
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) buf = unzipFirst(buf, path);
  else if (buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      buf = gunzipSync(buf);
    } catch (err) {
      throw new AppError("BAD_INPUT", "corrupt gzip data", { where: path, cause: err });
    }
  }
  return buf.toString("utf8");
}
