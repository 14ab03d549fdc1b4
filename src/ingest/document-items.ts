// One file's bytes and its kind → source items: an html/text document, the records of a JSON file, or a feed's items
// (RSS, Atom, RDF or JSON Feed).
import { AppError, type SourceItem } from "../domain/index.ts";
import { type FeedItem, feedItemId } from "./feed-entry.ts";
import type { FileKind } from "./file-kind.ts";
import { fileText } from "./file-text.ts";
import { isJsonFeed } from "./json-feed.ts";
import { feedNotes, parseFeed } from "./parse-feed.ts";
import { rawDocumentFromJson } from "./raw-document-from-json.ts";

const fail = (error: unknown, origin: string): SourceItem => ({
  error: error instanceof AppError ? error : new AppError("BAD_INPUT", String(error), { where: origin, cause: error }),
  origin,
});

/** Turns a whole (already size-checked) file into items. `id` is the document id; `where` the path for messages. */
export function documentItems(
  bytes: Buffer,
  kind: Exclude<FileKind, "jsonl">,
  id: string,
  where: string,
): SourceItem[] {
  if (bytes.length === 0) return [fail(new AppError("BAD_INPUT", "empty document (0 bytes)", { where }), where)];
  let text: string;
  try {
    text = fileText(bytes, where);
  } catch (err) {
    return [fail(err, where)];
  }
  if (kind === "html" || kind === "text") return [{ doc: { id, [kind]: text, origin: where } }];
  if (kind === "json") return jsonItems(text, id, where);
  return feedItems(text, id, where);
}

function jsonItems(text: string, id: string, where: string): SourceItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const msg = cause instanceof Error ? cause.message : String(cause);
    return [fail(new AppError("BAD_INPUT", `invalid JSON: ${msg}`, { where, cause }), where)];
  }
  // A JSON Feed file is a feed: its items are the documents.
  if (isJsonFeed(value)) return feedItems(text, id, where);
  if (!Array.isArray(value)) {
    try {
      return [{ doc: rawDocumentFromJson(value, where, id) }];
    } catch (err) {
      return [fail(err, where)];
    }
  }
  return value.map((v, i): SourceItem => {
    const at = `${where}[${i}]`;
    try {
      return { doc: rawDocumentFromJson(v, at, `${id}[${i}]`) };
    } catch (err) {
      return fail(err, at);
    }
  });
}

/** Why a feed file's item with no text of its own cannot be read from its link either, and what to do. */
function unread(item: FeedItem, where: string): string {
  if (item.link)
    return `; ingest reads a feed file's own text, not the pages it links to (${item.link}): orbit watch ${where} --once fetches them`;
  if (item.relativeLink)
    return `; its link "${item.relativeLink}" is relative, and the file gives no absolute address (xml:base, the channel's <link>) to resolve it against`;
  return "";
}

/** A feed file's items become documents from their own content; fetching the linked pages is feedSource's job. */
function feedItems(text: string, id: string, where: string): SourceItem[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(text, where);
  } catch (err) {
    return [fail(err, where)];
  }
  const out: SourceItem[] = feedNotes(feed, where);
  feed.items.forEach((item, i) => {
    const at = `${where}#${i + 1}`;
    const body = item.content ?? item.summary;
    if (!body?.trim()) {
      out.push(
        fail(new AppError("BAD_INPUT", `feed item has no content or summary${unread(item, where)}`, { where: at }), at),
      );
      return;
    }
    out.push({
      doc: {
        id: feedItemId(item, id, i + 1),
        html: body,
        origin: at,
        ...(item.link ? { url: item.link } : {}),
        ...(item.published ? { published: item.published } : {}),
        ...(item.title ? { title: item.title } : {}),
      },
    });
  });
  return out;
}
