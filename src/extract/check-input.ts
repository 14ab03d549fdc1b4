// Rejects documents no extractor can read (empty, binary) and caps oversized pages before parsing.
import { AppError, type RawDocument } from "../domain/index.ts";

/** Pages above this many characters are cut after their scripts and styles are dropped: the article is near the top. */
export const MAX_HTML_CHARS = 3_000_000;
/** Plain texts above this are cut: no news article is longer. */
export const MAX_TEXT_CHARS = 1_000_000;

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

/** Returns the content to extract from, or throws BAD_INPUT naming the document. */
export function checkInput(raw: RawDocument): { kind: "html" | "text"; content: string } {
  const where = whereOf(raw);
  const html = raw.html?.trim() ? raw.html : undefined;
  const text = raw.text?.trim() ? raw.text : undefined;
  const content = html ?? text;
  if (content === undefined) throw new AppError("BAD_INPUT", "empty document: no html or text", { where });
  if (looksBinary(content)) throw new AppError("BAD_INPUT", "binary data, not an HTML page or text", { where });
  if (html !== undefined) return { kind: "html", content: capHtml(html) };
  return { kind: "text", content: content.length > MAX_TEXT_CHARS ? content.slice(0, MAX_TEXT_CHARS) : content };
}

/** Drops scripts, styles and comments from a huge page, then cuts it: parsing 50 MB of DOM would take seconds and GBs. */
export function capHtml(html: string): string {
  if (html.length <= MAX_HTML_CHARS) return html;
  // JSON-LD carries the dates and title: keep those scripts, drop all others.
  let slim = html.slice(0, MAX_HTML_CHARS * 4);
  slim = slim.replace(/<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, "");
  slim = slim.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, "").replace(/<!--[\s\S]*?-->/g, "");
  return slim.length > MAX_HTML_CHARS ? slim.slice(0, MAX_HTML_CHARS) : slim;
}
