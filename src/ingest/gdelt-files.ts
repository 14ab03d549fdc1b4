// A GDELT export file on disk (.CSV, .CSV.zip as GDELT ships it, or .gz) → its text, unpacked no further than a cap.
import { AppError } from "../domain/index.ts";
import { gunzipCapped, isGzip } from "./gunzip-file.ts";
import { readCapped, readHead } from "./read-capped.ts";
import { isZip, zipMembers } from "./unzip-file.ts";

/**
 * What a GDELT file may hold unpacked. The file is read into one string, and V8's strings stop near 512 MB; GDELT's
 * largest files (a year of 1.0 events) are about that, its 15-minute 2.0 exports a few MB. Without a cap a gzip or
 * zip of a few hundred KB could ask for gigabytes.
 */
export const DEFAULT_MAX_GDELT_BYTES = 500 * 1024 * 1024;

/** Reads a GDELT export, unpacking zip (its first file: GDELT zips hold one CSV) or gzip by magic bytes. */
export async function readGdeltFile(path: string, maxBytes = DEFAULT_MAX_GDELT_BYTES): Promise<string> {
  try {
    const head = await readHead(path, 4);
    if (isZip(head)) {
      for await (const member of zipMembers(path, { maxEntryBytes: maxBytes, maxTotalBytes: Number.POSITIVE_INFINITY }))
        return (await member.bytes()).toString("utf8");
      throw new AppError("BAD_INPUT", "an empty zip archive: no GDELT file in it", { where: path });
    }
    const bytes = await readCapped(path, maxBytes);
    return (isGzip(head) ? await gunzipCapped(bytes, maxBytes, path) : bytes).toString("utf8");
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder, not a file" : (err as Error).message;
    throw new AppError(code === "ENOENT" ? "NOT_FOUND" : "UNREADABLE", `cannot read GDELT file: ${why}`, {
      where: path,
      cause: err,
    });
  }
}
