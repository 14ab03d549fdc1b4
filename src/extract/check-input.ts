// Rejects documents no extractor can read (empty, binary) and caps oversized pages before parsing.
import { AppError, type Article, type RawDocument } from "../domain/index.ts";

/** Pages above this many characters are cut after their scripts and styles are dropped: the article is near the top. */
export const MAX_HTML_CHARS = 3_000_000;
/**
 * Plain texts above this are cut. A long report, a transcript or a book-length text is read whole up to the HTML cap:
 * the pipeline analyses long texts in pieces, in bounded memory (src/pipeline/text-pieces.ts). It was 1M characters,
 * which silently dropped two thirds of a 3 MB text.
 */
export const MAX_TEXT_CHARS = MAX_HTML_CHARS;

export function whereOf(raw: RawDocument): string {
  return raw.origin ?? raw.url ?? raw.id;
}

/** True when the sample looks like binary data: NUL bytes, or mostly control / replacement characters. */
export function looksBinary(s: string): boolean {
  const sample = s.length > 8192 ? s.slice(0, 8192) : s;
  if (sample.includes("\u0000")) return true;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad > sample.length * 0.1;
}

export interface CheckedInput {
  kind: "html" | "text";
  content: string;
  /** Set when the content was cut to the cap: the input's length and how much of it `content` keeps. */
  truncated?: Article["truncated"];
}

/** Returns the content to extract from, or throws BAD_INPUT naming the document. */
export function checkInput(raw: RawDocument): CheckedInput {
  const where = whereOf(raw);
  const html = raw.html?.trim() ? raw.html : undefined;
  const text = raw.text?.trim() ? raw.text : undefined;
  const content = html ?? text;
  if (content === undefined) throw new AppError("BAD_INPUT", "empty document: no html or text", { where });
  if (looksBinary(content)) throw new AppError("BAD_INPUT", "binary data, not an HTML page or text", { where });
  if (html !== undefined) {
    const capped = cutHtml(html);
    if (!capped.cut) return { kind: "html", content: capped.html };
    return {
      kind: "html",
      content: capped.html,
      truncated: { kind: "html", length: html.length, kept: MAX_HTML_CHARS },
    };
  }
  if (content.length <= MAX_TEXT_CHARS) return { kind: "text", content };
  const truncated = { kind: "text" as const, length: content.length, kept: MAX_TEXT_CHARS };
  return { kind: "text", content: content.slice(0, MAX_TEXT_CHARS), truncated };
}

/** Drops scripts, styles and comments from a huge page, then cuts it: parsing 50 MB of DOM would take seconds and GBs. */
export function capHtml(html: string): string {
  return cutHtml(html).html;
}

/** capHtml, saying whether markup beyond scripts, styles and comments was left out (`cut`): text may be lost. */
function cutHtml(html: string): { html: string; cut: boolean } {
  if (html.length <= MAX_HTML_CHARS) return { html, cut: false };
  // JSON-LD carries the dates and title: keep those scripts, drop all others.
  const src = html.slice(0, MAX_HTML_CHARS * 4);
  const lower = src.toLowerCase();
  const nextBlock = makeNextBlock(lower);
  const parts: string[] = [];
  let pos = 0;
  let kept = 0;
  // one linear scan with indexOf (no backtracking regex over megabytes); an unclosed block ends the page
  while (pos < src.length && kept < MAX_HTML_CHARS) {
    const open = nextBlock(pos);
    if (!open) {
      parts.push(src.slice(pos));
      break;
    }
    parts.push(src.slice(pos, open.start));
    kept += open.start - pos;
    const end = lower.indexOf(open.close, open.start);
    if (end < 0) break;
    const stop = end + open.close.length;
    const head = lower.slice(open.start, Math.min(stop, open.start + 200));
    if (head.includes("ld+json")) parts.push(src.slice(open.start, stop));
    pos = stop;
  }
  const slim = parts.join("");
  // Past the scan's window, or stopped with markup left to read, or over the cap once joined: something was cut.
  const cut = src.length < html.length || (pos < src.length && kept >= MAX_HTML_CHARS) || slim.length > MAX_HTML_CHARS;
  return { html: slim.length > MAX_HTML_CHARS ? slim.slice(0, MAX_HTML_CHARS) : slim, cut };
}

const OPENERS = [
  { open: "<script", close: "</script>" },
  { open: "<style", close: "</style>" },
  { open: "<!--", close: "-->" },
];

/** Next script, style or comment from `from`; each opener's last position is cached so the scan stays linear. */
function makeNextBlock(lower: string): (from: number) => { start: number; close: string } | undefined {
  const at = OPENERS.map(() => -2);
  return (from) => {
    let best: { start: number; close: string } | undefined;
    OPENERS.forEach((o, i) => {
      if (at[i] !== -1 && at[i]! < from) at[i] = lower.indexOf(o.open, from);
      const start = at[i]!;
      if (start >= 0 && (!best || start < best.start)) best = { start, close: o.close };
    });
    return best;
  };
}
