// A document still in its JSONL line's bytes (RawDocument.json) → the RawDocument the line holds, or a clear AppError.
import { AppError, type RawDocument } from "../domain/index.ts";
import { rawDocumentFromJson } from "./raw-document-from-json.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes and checks a line read by jsonlLines, on the thread that analyses it: `id` is the id for a record without
 * one (the stream's name and the line number) and `origin` names the line in errors. A document with no `json` is
 * returned as it is. The pool's threads call this, so the reading thread never decodes a page (docs/scaling.md).
 */
export function unpackDocument(doc: RawDocument): RawDocument {
  const bytes = doc.json;
  if (!bytes) return doc;
  const where = doc.origin ?? doc.id;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new AppError("BAD_INPUT", "line is not valid UTF-8 text", { where });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const msg = cause instanceof Error ? cause.message : String(cause);
    throw new AppError("BAD_INPUT", `invalid JSON: ${msg}`, { where, cause });
  }
  return rawDocumentFromJson(value, where, doc.id);
}
