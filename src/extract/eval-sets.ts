// Test support only: loads the shared htmldate-eval and trafilatura-eval sets (gzip, sniffed charset) for quality tests.
// Product code never imports this file; it reads ../shared, which exists only beside the repo in development and CI.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { decodeBytes } from "../ingest/index.ts";

export const SHARED = new URL("../../../shared/", import.meta.url);

/** Bytes → text as ingest decodes a fetched page: BOM, <meta> charset unless the bytes contradict it, sniffing. */
export function decodePage(buf: Buffer): string {
  return decodeBytes(buf).text;
}

/**
 * The half a page belongs to: "even" pages are for tuning, "odd" pages are held out (figures only). Decided by a
 * hash of the page's address up to scheme, www and a trailing slash, so a page keeps its half whichever set or
 * script lists it, and a page in both htmldate-eval and trafilatura-eval is in the same half in both. Every script
 * and test that splits these sets uses this one function.
 */
export type Half = "even" | "odd";
export const halfOf = (url: string): Half =>
  createHash("sha1").update(sameAddress(url)).digest()[0]! % 2 === 0 ? "even" : "odd";

export interface DateCase {
  url: string;
  date: string;
  half: Half;
  html: () => string;
  /** The page is in htmldate-eval too, on which the date rules were tuned (same address up to scheme and www). */
  seen?: boolean;
}

export interface MetaCase {
  url: string;
  half: Half;
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
    .map(([url, g]) => ({ url, date: g.date, half: halfOf(url), html: page("htmldate-eval", g.file) }));
}

/** trafilatura-eval items that carry a gold title or author. */
export function metaCases(step = 1): MetaCase[] {
  const gold = JSON.parse(readFileSync(new URL("trafilatura-eval/evaldata.json", SHARED), "utf8"));
  return Object.entries<{ file: string; title?: string; author?: string | string[] }>(gold)
    .filter(([, g], i) => i % step === 0 && (g.title || g.author))
    .map(([url, g]) => {
      const author = Array.isArray(g.author) ? g.author.join("; ") : g.author;
      const c: MetaCase = { url, half: halfOf(url), html: page("trafilatura-eval", g.file) };
      if (g.title) c.title = g.title;
      if (author) c.author = author;
      return c;
    });
}

/**
 * The comparison form of a title or author. trafilatura's own tests score no titles; its author score
 * (tests/eval_authors.py) is exact equality, and its body score (tests/eval_common.py) collapses whitespace. We
 * collapse whitespace too, and fold what a reader cannot see: Unicode canonical equivalents (NFC: "ড়" as one code
 * point or two) and invisible format characters (soft hyphens, zero-width spaces and joiners, which the gold copies
 * from the markup on some pages). Letter case stays significant: CSS capitals are not in the page's text.
 */
export const normText = (s: string | undefined): string =>
  (s ?? "")
    .normalize("NFC")
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * trafilatura-eval pages that carry a gold publication date: 728 dated, 123 with `""` (the page has no date, so the
 * right answer is none). 614 of the 851 are htmldate-eval pages too (`seen`); the other 237 (114 dated, all 123
 * undated) come from sites the date rules were never tuned on. A gold day written without its zero ("2022-11-1")
 * is padded.
 */
export function trafilaturaDateCases(step = 1): DateCase[] {
  const gold = JSON.parse(readFileSync(new URL("trafilatura-eval/evaldata.json", SHARED), "utf8"));
  const tuned = new Set(
    Object.keys(JSON.parse(readFileSync(new URL("htmldate-eval/eval_default.json", SHARED), "utf8"))).map(sameAddress),
  );
  return Object.entries<{ file: string; date?: string }>(gold)
    .filter(([, g]) => typeof g.date === "string")
    .filter((_, i) => i % step === 0)
    .map(([url, g]) => ({
      url,
      date: padDate(g.date!),
      half: halfOf(url),
      html: page("trafilatura-eval", g.file),
      seen: tuned.has(sameAddress(url)),
    }));
}

const padDate = (d: string): string => d.replace(/-(\d)(?=-|$)/g, "-0$1");
const sameAddress = (u: string): string =>
  u
    .trim()
    .replace(/\/+$/, "")
    .replace(/^http:/, "https:")
    .replace("://www.", "://");
