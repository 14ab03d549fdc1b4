// A whole file's bytes → its text, whatever its charset, or BAD_INPUT for binary data or nothing but whitespace.
import { AppError } from "../domain/index.ts";
import { decodeBytes } from "./decode-bytes.ts";

/** `where` names the file in errors. Used where the file is read (documentItems) and where it is analysed. */
export function fileText(bytes: Uint8Array, where: string): string {
  const { text } = decodeBytes(bytes, { where });
  if (!text.trim()) throw new AppError("BAD_INPUT", "empty document (only whitespace)", { where });
  return text;
}
