// A parsed JSON value (a JSONL line, a .json file or one of its array items) → a RawDocument, or a clear AppError.
import { AppError, type RawDocument } from "../domain/index.ts";

const OPTIONAL_STRINGS = ["published", "url", "title"] as const;

/**
 * Checks one input record: `{"id", "text" | "html", "published"?, "url"?, "title"?}`. `where` names the file and line
 * for errors; `fallbackId` is used when the record has no id (the file path, plus the line).
 */
export function rawDocumentFromJson(value: unknown, where: string, fallbackId: string): RawDocument {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new AppError("BAD_INPUT", "expected a JSON object with id and text or html", { where });
  }
  const record = value as Record<string, unknown>;
  let id = fallbackId;
  if (record.id !== undefined && record.id !== null) {
    if (typeof record.id === "number" && Number.isFinite(record.id)) id = String(record.id);
    else if (typeof record.id === "string" && record.id.trim() !== "") id = record.id;
    else
      throw new AppError("BAD_INPUT", `"id" must be a non-empty string or a number, not ${kindOf(record.id)}`, {
        where,
      });
  }
  const doc: RawDocument = { id, origin: where };
  for (const key of ["text", "html"] as const) {
    const v = record[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string") throw notAString(key, v, where);
    doc[key] = v;
  }
  if (doc.text === undefined && doc.html === undefined) {
    throw new AppError("BAD_INPUT", 'no "text" or "html" field', { where });
  }
  if (!(doc.text ?? "").trim() && !(doc.html ?? "").trim()) {
    throw new AppError("BAD_INPUT", "empty document (text and html are blank)", { where });
  }
  for (const key of OPTIONAL_STRINGS) {
    const v = record[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string") throw notAString(key, v, where);
    if (v.trim()) doc[key] = v.trim();
  }
  return doc;
}

/** What a JSON value is, for an error: "a number (42)", "an object", "an empty string". */
function kindOf(v: unknown): string {
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return v.trim() ? "a string" : "an empty string";
  const shown = JSON.stringify(v);
  return `${typeof v === "number" ? "a number" : "a boolean"} (${shown})`;
}

const notAString = (key: string, v: unknown, where: string) =>
  new AppError("BAD_INPUT", `"${key}" must be a string, not ${kindOf(v)}`, { where });
