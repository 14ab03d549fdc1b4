// A JSONL byte stream → source items, one per line: a RawDocument, or an AppError naming `where:line`.
import { AppError, type SourceItem } from "../domain/index.ts";
import { jsonlLines } from "./jsonl-lines.ts";
import { rawDocumentFromJson } from "./raw-document-from-json.ts";

/** `where` names the stream in errors (a path, "stdin"); `idPrefix` builds ids for lines without one. */
export async function* jsonlItems(
  stream: AsyncIterable<Uint8Array | string>,
  where: string,
  idPrefix: string,
  maxLineBytes?: number,
): AsyncGenerator<SourceItem> {
  for await (const line of jsonlLines(stream, where, maxLineBytes)) {
    const at = `${where}:${line.line}`;
    if ("error" in line) {
      yield { error: line.error, origin: at };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch (cause) {
      const msg = cause instanceof Error ? cause.message : String(cause);
      yield { error: new AppError("BAD_INPUT", `invalid JSON: ${msg}`, { where: at, cause }), origin: at };
      continue;
    }
    try {
      yield { doc: rawDocumentFromJson(value, at, `${idPrefix}:${line.line}`) };
    } catch (err) {
      yield { error: err as AppError, origin: at };
    }
  }
}
