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

export function kindByExtension(path: string): FileKind | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/**
 * The kind of a file called `name` whose first bytes are `head`: its extension's, else what the bytes look like. A
 * ".xml" is a feed by its name, but XHTML pages are saved as ".xml" too: one whose root element is `<html>` is a page.
 */
export function fileKind(name: string, head: string): FileKind {
  const byName = kindByExtension(name);
  if (byName === "feed" && rootElement(head) === "html") return "html";
  return byName ?? sniffKind(head);
}

/** The root element's local name (lower case) of XML text, past its declaration, comments and DOCTYPE. */
export function rootElement(head: string): string | undefined {
  const prolog = /^\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[^\]]*\])*>)/i;
  let s = head.replace(/^\uFEFF/, "");
  for (let m = prolog.exec(s); m; m = prolog.exec(s)) s = s.slice(m[0].length);
  return /^\s*<(?:[\w.-]+:)?([\w.-]+)/.exec(s)?.[1]?.toLowerCase();
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
