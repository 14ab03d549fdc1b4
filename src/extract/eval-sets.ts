// Test support only: loads the shared htmldate-eval and trafilatura-eval sets (gzip, sniffed charset) for quality tests.
// Product code never imports this file; it reads ../shared, which exists only beside the repo in development and CI.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import iconv from "iconv-lite";

export const SHARED = new URL("../../../shared/", import.meta.url);

/** Bytes → text by the page's own `<meta charset>` (the sets keep original encodings). */
export function decodePage(buf: Buffer): string {
  const m = /charset\s*=\s*["']?([\w-]+)/i.exec(buf.subarray(0, 4096).toString("latin1"));
  const cs = m?.[1]?.toLowerCase() ?? "utf-8";
  return iconv.decode(buf, iconv.encodingExists(cs) ? cs : "utf-8");
}

export interface DateCase {
  url: string;
  date: string;
  html: () => string;
}

export interface MetaCase {
  url: string;
  title?: string;
  /** Gold author, lists joined with "; " as trafilatura's scorer does. */
  author?: string;
  html: () => string;
}

function page(set: string, file: string): () => string {
  return () => decodePage(gunzipSync(readFileSync(new URL(`${set}/html/${file}.gz`, SHARED))));
}

/** htmldate-eval: 800 pages with their gold publication date; `step` keeps every step-th item (a fixed sample). */
export function dateCases(step = 1): DateCase[] {
  const gold = JSON.parse(readFileSync(new URL("htmldate-eval/eval_default.json", SHARED), "utf8"));
  return Object.entries<{ file: string; date: string }>(gold)
    .filter((_, i) => i % step === 0)
    .map(([url, g]) => ({ url, date: g.date, html: page("htmldate-eval", g.file) }));
}

/** trafilatura-eval items that carry a gold title or author. */
export function metaCases(step = 1): MetaCase[] {
  const gold = JSON.parse(readFileSync(new URL("trafilatura-eval/evaldata.json", SHARED), "utf8"));
  return Object.entries<{ file: string; title?: string; author?: string | string[] }>(gold)
    .filter(([, g], i) => i % step === 0 && (g.title || g.author))
    .map(([url, g]) => {
      const author = Array.isArray(g.author) ? g.author.join("; ") : g.author;
      const c: MetaCase = { url, html: page("trafilatura-eval", g.file) };
      if (g.title) c.title = g.title;
      if (author) c.author = author;
      return c;
    });
}

/** Whitespace-normalised comparison, as trafilatura's evaluation does. */
export const normText = (s: string | undefined): string => (s ?? "").replace(/\s+/g, " ").trim();
