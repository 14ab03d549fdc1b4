// Parsed page → its visible text without widgets (scripts, navigation, comments, "latest" lists, date bars, the
// page footer), with where the headline and each paragraph of prose stand in it: the text page dates are read from.
import { datedLinkList, todayBar } from "./date-bar.ts";
import { inSentence, PROSE } from "./date-context.ts";
import { elementNames } from "./element-names.ts";
import { pageRoot } from "./html-body.ts";

// <title>, not all of <head>: a page without a <body> tag leaves its content in <head> (htmlparser2 does not move it)
const SKIP_TEXT = new Set(["script", "style", "noscript", "template", "svg", "title"]);

/** The blocks `pageText` leaves out when every visible date counts (date bars and "latest" lists too): text-less tags. */
export const textlessTag = (el: Element): boolean => SKIP_TEXT.has(el.localName);

export interface PageText {
  text: string;
  /** The headline element, or null. */
  h1: Element | null;
  /** Where the first <h1> (the headline as readers see it) starts and ends in `text`; -1 when there is none. */
  h1Start: number;
  h1End: number;
  /** Where the headline's own container starts (its kicker and date line), -1 when the <h1> sits in <body>. */
  boxStart: number;
  boxEnd: number;
  /** Start and end in `text` of each paragraph of prose (a <p> longer than PROSE), in pairs. */
  prose: number[];
}

/**
 * The date at `at` in the page text stands well inside a paragraph of prose, after words that read as a sentence
 * ("Das Bundesgericht kassiert ein Urteil ... vom 24.01.2020"): one the story cites, not its date line.
 */
export function inProse(page: PageText, at: number): boolean {
  for (let i = 0; i < page.prose.length; i += 2) {
    const start = page.prose[i]!;
    if (at >= start && at < page.prose[i + 1]!) return inSentence(page.text, start, at);
  }
  return false;
}

/** How far past the headline the date line is looked for (headlineDate). */
export const AFTER_HEADLINE = 400;

/**
 * The page's visible text (scripts, styles and the head skipped), capped, with the position of its headline `h1`
 * (headline's answer). `nearHeadline`: only what headlineDate reads, the text up to AFTER_HEADLINE characters past
 * the headline (none without one); the rest of the page is walked only when a caller needs its dates.
 */
export function pageText(doc: Document, h1: Element | null, nearHeadline = false, skip = isWidget): PageText {
  const parts: string[] = [];
  let size = 0;
  let cap = 400_000;
  const box = h1?.parentElement?.localName === "body" ? null : h1?.parentElement;
  const out = { h1, h1Start: -1, h1End: -1, boxStart: -1, boxEnd: -1, prose: [] as number[] };
  const frame = new Set<Element>();
  // the headline and its ancestors are the page's frame, whatever their names ("ArticleHeaderComment_headline")
  for (let a: Element | null | undefined = h1; a; a = a.parentElement) frame.add(a);
  const walk = (el: Element, depth: number, inArticle: boolean) => {
    if (el === h1) out.h1Start = size;
    if (el === box) out.boxStart = size;
    const start = size;
    // the child nodes as they are (the walk removes nothing): no copied list per element
    for (const node of el.childNodes) {
      if (size > cap) break;
      if (node.nodeType === 3) {
        const t = `${node.textContent ?? ""} `;
        parts.push(t);
        size += t.length;
      } else if (node.nodeType === 1 && depth < 200 && !skip(node as Element, frame, inArticle))
        walk(node as Element, depth + 1, inArticle || (node as Element).localName === "article");
    }
    if (el === h1) {
      out.h1End = size;
      // past the cut the walk unwinds: a box still open ends after it, as it would end after it in the whole page
      if (nearHeadline) cap = Math.min(cap, size + AFTER_HEADLINE);
    }
    if (el === box) out.boxEnd = size;
    if (el.localName === "p" && size - start > PROSE) out.prose.push(start, size);
  };
  const root = pageRoot(doc);
  if (root && (h1 || !nearHeadline)) walk(root, 0, false);
  return { text: parts.join(""), ...out };
}

/**
 * Names of readers' comment blocks, in English, Spanish and Portuguese ("comentarios"), German, Polish and Czech
 * ("kommentare", "komentarze"): one list for every pattern that skips them (here and in find-date.ts), so a
 * language added once is skipped everywhere.
 */
export const COMMENT_NAMES = "comment|coment|kom+entar|reply";
const WIDGET_NAME = new RegExp(
  `${COMMENT_NAMES}|sidebar|related|footer|latest|recent|popular|teaser|ticker|date-?bar|today|clock|weather|breadcrumb|menu|flyout|share|social`,
  "i",
);
export const DATE_BAR = /date-?bar|today|clock|ticker/i;
/**
 * Blocks of other people's dates wherever they stand: comments, reviews and ratings, date bars. Unlike the names of
 * WIDGET_NAME, a sidebar, teaser, share box or footer often holds the article's own date line when the page has no
 * headline block.
 */
const OTHERS_NAME = new RegExp(`${COMMENT_NAMES}|review|rating|bewertung|date-?bar|ticker`, "i");
/** Lists of other posts ("latest", "related"): skipped only when mostly links, as a site may call its story box "recentNews". */
const LIST_NAME = /latest|recent|popular|related/i;
const DATE_LINE = /date|time|meta|publish|byline|datum|posted/i;
const WIDGET_TAGS = new Set([...SKIP_TEXT, "nav"]);
/**
 * An element hidden from readers: themes print a machine timestamp for search engines there (<span class="updated
 * rich-snippet-hidden">2022-12-07T10:10:52+01:00</span>, often the last edit), not the date the page shows.
 * (Skipping every "updated" element instead lost 3 even pages whose gold is the update the page shows.)
 */
const HIDDEN = /(?:^|[\s_-])(?:rich-?snippets?-?hidden|visually-?hidden|sr-only|screen-reader-text)(?:$|[\s_-])/i;

/**
 * A hidden element that holds a machine timestamp, not words: a short line with words ("Published 3 March 2025")
 * is what the page reads out to screen-reader users, often its only full date beside a shown "2 hours ago". A longer
 * hidden block (a skip menu, a mobile copy of the navigation) is no such line and stays skipped whole.
 */
function hiddenStamp(el: Element, names: string): boolean {
  if (!HIDDEN.test(names)) return false;
  const text = el.textContent ?? "";
  return text.length > 80 || !/\p{L}{2}/u.test(text);
}

/**
 * Blocks whose dates are never the article's: scripts, navigation, comments, "latest" lists, date bars, the page
 * footer, elements hidden from readers. A block that holds the headline is the page's frame, whatever its name
 * ("sidebar" themes exist), and an article's own <footer> carries its date line.
 */
function isWidget(el: Element, frame: Set<Element>, inArticle: boolean): boolean {
  if (WIDGET_TAGS.has(el.localName)) return true;
  const n = elementNames(el);
  if (hiddenStamp(el, n) && !frame.has(el)) return true;
  // a date line inside a header or teaser ("PublishDate", "teaser-meta") is not a widget; a date bar is
  const named = n.length > 1 && WIDGET_NAME.test(n) && (DATE_BAR.test(n) || !DATE_LINE.test(n));
  const frameTag = el.localName === "footer" || el.localName === "aside";
  // a date bar or a list of other stories' links told by their words, whatever their class
  const unnamed = !named && (todayBar(el) || datedLinkList(el));
  if (!named && !unnamed && (!frameTag || inArticle)) return false;
  return !frame.has(el);
}

/**
 * The blocks `pageText` leaves out when it reads a whole page for its dates: tags without text, photo captions
 * (a caption dates its photo), hidden elements, OTHERS_NAME, and LIST_NAME blocks that are mostly links.
 */
export function othersWidget(el: Element): boolean {
  if (WIDGET_TAGS.has(el.localName) || el.localName === "figcaption") return true;
  const n = elementNames(el);
  if (hiddenStamp(el, n) || todayBar(el) || datedLinkList(el)) return true;
  if (n.length < 2 || (!DATE_BAR.test(n) && DATE_LINE.test(n))) return false;
  return OTHERS_NAME.test(n) || (LIST_NAME.test(n) && mostlyLinks(el));
}

/** Most of the element's text is link text: a list of other pages, not a story. */
function mostlyLinks(el: Element): boolean {
  const all = el.textContent?.trim().length ?? 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll("a"))) linked += a.textContent?.trim().length ?? 0;
  return linked * 2 >= all;
}
