// A file name and its first bytes → what kind of input it is (html, text, jsonl, json, feed).
import { extname } from "node:path";

export type FileKind = "html" | "text" | "jsonl" | "json" | "feed";

const BY_EXTENSION: Record<string, FileKind> = {
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".txt": "text",
  ".md": "text",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
  ".xml": "feed",
  ".rss": "feed",
  ".atom": "feed",
  ".rdf": "feed",
};

/** Extensions we know are not documents, so a folder walk skips them quietly instead of reporting each. */
const IGNORED = new Set([
  ".png",
  ".jpg",
  ".jpeg",
  ".gif",
  ".webp",
  ".svg",
  ".ico",
  ".css",
  ".js",
  ".mjs",
  ".map",
  ".woff",
  ".woff2",
  ".ttf",
  ".zip",
  ".gz",
  ".pdf",
  ".db",
  ".sqlite",
  ".lock",
]);

export function kindByExtension(path: string): FileKind | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/** True for files a folder walk should pass over without a word (images, scripts, archives, dot files). */
export function ignoredInFolder(name: string): boolean {
  return name.startsWith(".") || IGNORED.has(extname(name).toLowerCase());
}

/** Guesses the kind from the first bytes of a file whose extension says nothing. */
export function sniffKind(head: string): FileKind {
  const s = head.replace(/^\uFEFF/, "").trimStart();
  const lower = s.slice(0, 2048).toLowerCase();
  if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed") || lower.startsWith("<rdf")) {
    if (/<(rss|feed|rdf:rdf)[\s>]/.test(lower)) return "feed";
    return "html";
  }
  if (
    lower.startsWith("<!doctype html") ||
    lower.startsWith("<html") ||
    /<(head|body|p|div|article)[\s>]/.test(lower)
  ) {
    return "html";
  }
  if (s.startsWith("[")) return "json";
  if (s.startsWith("{")) {
    // One object spread over several lines is a JSON file; one object per line is JSONL.
    const firstLine = s.split("\n", 1)[0]!.trim();
    try {
      JSON.parse(firstLine);
      return "jsonl";
    } catch {
      return "json";
    }
  }
  return "text";
}
