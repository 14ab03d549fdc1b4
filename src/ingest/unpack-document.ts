// A document still in the bytes it was read as (RawDocument.packed) → the RawDocument they hold, or a clear AppError.
import { AppError, type RawDocument } from "../domain/index.ts";
import { fileText } from "./file-text.ts";
import { rawDocumentFromJson } from "./raw-document-from-json.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes and checks a packed document on the thread that analyses it, as the reading thread would have: a JSONL line
 * (read by jsonlLines; `id` is the id for a record without one: the stream's name and the line number) or an HTML or
 * text file (read by pathSource; `id` is its path id). `origin` names the line or file in errors. A document that is
 * not packed is returned as it is. The pool's threads call this, so the reading thread never decodes a page.
 */
export function unpackDocument(doc: RawDocument): RawDocument {
  if (!doc.packed) return doc;
  const { kind, bytes } = doc.packed;
  const where = doc.origin ?? doc.id;
  if (kind !== "jsonl") return { id: doc.id, [kind]: fileText(bytes, where), origin: where };
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
