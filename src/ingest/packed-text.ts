// A data file on disk (CSV, TSV), plain, gzipped or zipped → its text, unpacked no further than a cap.
import { AppError } from "../domain/index.ts";
import { gunzipCapped, isGzip } from "./gunzip-file.ts";
import { readCapped, readHead } from "./read-capped.ts";
import { isZip, zipMembers } from "./unzip-file.ts";

/**
 * What a data file may hold unpacked. It is read into one string, and V8's strings stop near 512 MB; GDELT's largest
 * files (a year of 1.0 events) and the full UN vote table are below that. Without a cap a gzip or zip of a few
 * hundred KB could ask for gigabytes.
 */
export const DEFAULT_MAX_TEXT_FILE_BYTES = 500 * 1024 * 1024;

/**
 * Reads a text file, unpacking gzip or zip (its first file: GDELT's zips hold one CSV) by magic bytes, not by name.
 * Errors are AppErrors naming the file: "cannot read `what`: no such file", too large, corrupt.
 */
export async function readPackedText(
  path: string,
  what: string,
  maxBytes = DEFAULT_MAX_TEXT_FILE_BYTES,
): Promise<string> {
  try {
    const head = await readHead(path, 4);
    if (isZip(head)) {
      for await (const member of zipMembers(path, { maxEntryBytes: maxBytes, maxTotalBytes: Number.POSITIVE_INFINITY }))
        if (!member.refused) return (await member.bytes()).toString("utf8");
      throw new AppError("BAD_INPUT", `an empty zip archive: no ${what} in it`, { where: path });
    }
    const bytes = await readCapped(path, maxBytes);
    return (isGzip(head) ? await gunzipCapped(bytes, maxBytes, path) : bytes).toString("utf8");
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder, not a file" : (err as Error).message;
    throw new AppError(code === "ENOENT" ? "NOT_FOUND" : "UNREADABLE", `cannot read ${what}: ${why}`, {
      where: path,
      cause: err,
    });
  }
}
