// Chosen article blocks → plain text paragraphs: link lists, widget and promo lines, and everything after a
// teaser heading are left out.
import { isPromoLine, isStampLine, TEASER_BLOCK, WIDGET_HEADING, WIDGET_LINE } from "./boilerplate.ts";
import { isSpace, isWordPair, isWordUnit } from "./is-space.ts";
import type { BlockStats } from "./same-kind-blocks.ts";

const BLOCK_TAGS = new Set([
  "address",
  "article",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "td",
  "th",
  "tr",
  "ul",
  "br",
  "center",
  "details",
  "summary",
]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Letters and digits in `s`, counted by code point (as `s.match(/[\p{L}\p{N}]/gu).length` would). */
export function wordChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        if (isWordPair(c, d)) n++;
        continue;
      }
    }
    if (isWordUnit(c)) n++;
  }
  return n;
}

/**
 * `s.replace(/\s+/g, " ").trim()`, returning `s` itself when it is already in that form (most headings and many
 * lines are), so those cost no new string.
 */
export function collapseSpace(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  if (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(n - 1))) return s.replace(/\s+/g, " ").trim();
  for (let i = 1; i < n - 1; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || isSpace(s.charCodeAt(i + 1)))) return s.replace(/\s+/g, " ").trim();
  }
  return s;
}

/**
 * A line that is nearly all link text and does not end like a sentence: "Related: <headline>", "READ MORE:
 * <headline>", a linked teaser headline. Bare URLs, domains and one- or two-word link labels are kept, as stories
 * cite their sources that way.
 */
function isTeaserLine(t: string, link: number): boolean {
  if (link === 0 || link / Math.max(1, wordChars(t)) < 0.8) return false;
  if (/[.!?。]["'”’»)]?$/.test(t) || /^(\S*https?:|www\.)/i.test(t)) return false;
  return t.split(" ").length >= 3;
}

/** Furniture, teaser, call-to-action and stamp lines: what a reader skips wherever it stands in the story. */
function isClutterLine(t: string, link: number): boolean {
  return WIDGET_LINE.test(t) || isTeaserLine(t, link) || (t.length <= 400 && isPromoLine(t)) || isStampLine(t);
}

/**
 * An inline run of several links and nothing else inside a line: a hover card behind a name ("Ilhan Omar" +
 * her latest headlines) or an inline tag strip. A single linked phrase in prose is never one.
 */
function isLinkCluster(el: Element, s: BlockStats | undefined): boolean {
  if (!s || s.text < 80 || s.link < s.text * 0.95 || el.localName === "a") return false;
  let anchors = 0;
  const count = (e: Element, depth: number) => {
    for (const c of e.children) {
      if (c.localName === "a") anchors++;
      else if (depth < 20) count(c, depth + 1);
    }
  };
  count(el, 0);
  return anchors >= 3;
}

function linkDensity(s: BlockStats | undefined): number {
  return s && s.text > 0 ? s.link / s.text : 0;
}

/** Serialises the container into paragraphs, skipping link lists, widget lines and everything after a teaser heading. */
export function serialiseBlocks(
  roots: Element[],
  stats: Map<Element, BlockStats>,
  isFurniture: (el: Element) => boolean,
): string {
  const blocks: string[] = [];
  let line = "";
  // letters and digits of the current line that sit inside links: a line that is nearly all link is a teaser
  let lineLink = 0;
  let stopped = false;
  const rootText = roots.reduce((n, r) => n + (stats.get(r)?.text ?? 0), 0);
  const flush = () => {
    const t = collapseSpace(line);
    if (t && !isClutterLine(t, lineLink)) blocks.push(t);
    line = "";
    lineLink = 0;
  };
  const walk = (el: Element, depth: number, inLink: boolean) => {
    for (const node of el.childNodes) {
      if (stopped) return;
      if (node.nodeType === 3) {
        const text = node.textContent ?? "";
        line += text;
        if (inLink) lineLink += wordChars(text);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const tag = child.localName;
      if (tag === "br") {
        flush();
        continue;
      }
      const s = stats.get(child);
      // a furniture block inside the article is skipped, unless it wraps most of it (a badly named wrapper)
      if (s && isFurniture(child) && s.text < rootText * 0.5) continue;
      const block = BLOCK_TAGS.has(tag);
      if (!block && isLinkCluster(child, s)) {
        // the card's own label (its first link) is the word the reader sees in the sentence
        const label = child.querySelector("a")?.textContent ?? "";
        line += label;
        lineLink += wordChars(label);
        continue;
      }
      if (block) {
        if (s && s.text > 0 && linkDensity(s) > 0.5 && tag !== "p") continue;
        if (tag === "h1") continue;
        if (tag === "figcaption") continue;
        if (HEADINGS.has(tag) || (s && s.text > 0 && s.text < 40)) {
          const t = collapseSpace(child.textContent ?? "");
          // a teaser heading written as a plain block ("You may also like…") also ends the story
          if (HEADINGS.has(tag) ? WIDGET_HEADING.test(t) : TEASER_BLOCK.test(t)) {
            stopped = depth > 0 || blocks.length > 0;
            if (stopped) return;
            continue;
          }
        }
        flush();
      }
      if (depth < 200) walk(child, depth + 1, inLink || tag === "a");
      if (block) flush();
    }
  };
  for (const root of roots) {
    if (!stopped) walk(root, 0, false);
    flush();
  }
  return blocks.join("\n\n");
}
