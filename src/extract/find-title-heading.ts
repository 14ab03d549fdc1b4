// Heading element → its headline words, and the class-name patterns that tell a page's headings apart.
import { decodeHTMLStrict } from "entities/decode";
import { elementNames as names } from "./element-names.ts";

export const cleanSpace = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Meta contents are often escaped twice ("&amp;#039;"): decode the entities once more. Strict mode: only entities
 * closed by ";", so a bare "&copy" in running text stays as typed.
 */
export const decodeEntities = (s: string): string => (s.includes("&") ? decodeHTMLStrict(s) : s);

// whole class tokens only: "aungblogtitle" on an entry title is no blog name
export const MASTHEAD =
  /(?:^|[\s_-])(?:site-?(?:title|name)|logo\w*|brand\w*|masthead|blog-?(?:title|name))(?:$|[\s_-])/i;
export const ENTRY = /entry-title|post-title|post_title|article-title|article__title|story-title/i;
export const PAGE_TITLE = /page-?title(?!-?sub)/i;
export const TITLE_NAME = /entry-title|post-title|article-title|headline|story-title|page-title|title/i;
// a heading that readers never see: hidden, for screen readers only, or its text replaced by an image (text-hide)
export const HIDDEN =
  /(?:^|\s)(?:hidden|aural|sr-only|visually-?hidden|screen-reader-text|element-invisible|text-hide)(?:\s|$)/i;
// a heading that is the headline only when the metadata says exactly that: breadcrumbs, straplines above it
export const WEAK = /breadcrumb|strapline/i;

const KICKER =
  /kicker|dachzeile|topline|overline|eyebrow|label|sub-?title|subline|sub-?headline|strapline|small|fake-h|rubri|categor|topic|titleheader|visually-hidden|sr-only|screen-reader|invisible|hidden|date|time/i;
const NO_TEXT = new Set(["script", "style", "noscript", "template", "svg", "button", "small", "time", "sup"]);

/**
 * A heading's headline words: kickers, topic labels, <small> lines, dates and screen-reader-only separators
 * printed inside the <h1> are left out (when anything is left), and element boundaries become spaces.
 */
export function headingText(el: Element): string {
  const parts: string[] = [];
  const walk = (e: Element, depth: number) => {
    for (const node of Array.from(e.childNodes)) {
      if (node.nodeType === 3) parts.push(node.textContent ?? "");
      else if (node.nodeType === 1 && depth < 20) {
        const c = node as Element;
        if (NO_TEXT.has(c.localName) || c.getAttribute("aria-hidden") === "true") continue;
        const n = names(c);
        if (KICKER.test(n) && !/(?<!sub-?)headline|__title|post-title|entry-title/i.test(n)) continue;
        parts.push("\u0001");
        walk(c, depth + 1);
        parts.push("\u0001");
      }
    }
  };
  walk(el, 0);
  // an element boundary separates words ("Open Progress</span>Why"), but never a word from its punctuation
  const joined = parts
    .join("")
    .replace(/\u0001+(?=[\s:,.!?;)]|$)|(?<=^|[\s(])\u0001+/g, "")
    .replace(/\u0001+/g, " ");
  // leading arrows and brackets are decoration ("[> Jens Weber"); an opening quote stays
  const text = cleanSpace(decodeEntities(joined))
    .replace(/^(?:\[\s*>|[\s:|–—·•>-])+|[\s:|–—·•-]+$/g, "")
    // a numeric date printed before the headline ("23.01.2022 - Wierer jubelt") is the date, not the headline
    .replace(DATE_LEAD, "");
  return /[\p{L}\p{N}]{2}/u.test(text) ? text : cleanSpace(decodeEntities(el.textContent ?? ""));
}

const DATE_LEAD = /^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\s*[-–—|:]\s+(?=\S+\s+\S)/;
