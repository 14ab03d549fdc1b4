// A GDELT export file on disk (.CSV, .CSV.zip as GDELT ships it, or .gz) → its text, unpacked no further than a cap.
import { DEFAULT_MAX_TEXT_FILE_BYTES, readPackedText } from "./packed-text.ts";

/** Reads a GDELT export, unpacking zip or gzip by magic bytes; a bomb is refused (TOO_LARGE) past `maxBytes`. */
export function readGdeltFile(path: string, maxBytes = DEFAULT_MAX_TEXT_FILE_BYTES): Promise<string> {
  return readPackedText(path, "GDELT file", maxBytes);
}
