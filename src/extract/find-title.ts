// Parsed page → the article's headline: the visible heading that the page's own metadata titles agree with.
import { decodeHTMLStrict } from "entities/decode";
import { key, outerSegments, stripSiteFromTitle } from "./find-title-site.ts";

export const cleanSpace = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Meta contents are often escaped twice ("&amp;#039;"): decode the entities once more. Strict mode: only entities
 * closed by ";", so a bare "&copy" in running text stays as typed.
 */
export const decodeEntities = (s: string): string => (s.includes("&") ? decodeHTMLStrict(s) : s);

// whole class tokens only: "aungblogtitle" on an entry title is no blog name
const MASTHEAD = /(?:^|[\s_-])(?:site-?(?:title|name)|logo\w*|brand\w*|masthead|blog-?(?:title|name))(?:$|[\s_-])/i;
const ENTRY = /entry-title|post-title|post_title|article-title|article__title|story-title/i;
const PAGE_TITLE = /page-?title(?!-?sub)/i;
const TITLE_NAME = /entry-title|post-title|article-title|headline|story-title|page-title|title/i;
// a heading that readers never see: hidden, for screen readers only, or its text replaced by an image (text-hide)
const HIDDEN =
  /(?:^|\s)(?:hidden|aural|sr-only|visually-?hidden|screen-reader-text|element-invisible|text-hide)(?:\s|$)/i;
// a heading that is the headline only when the metadata says exactly that: breadcrumbs, straplines above it
const WEAK = /breadcrumb|strapline/i;

function names(el: Element | null): string {
  return el ? `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}` : "";
}

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
        if (KICKER.test(names(c)) && !/(?<!sub-?)headline|__title|post-title|entry-title/i.test(names(c))) continue;
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

interface Heading {
  el: Element;
  text: string;
  weak: boolean;
}

interface PageHeadings {
  /** Visible headings in order of how likely they hold the headline: <h1>s, title-named elements, then <h2>s. */
  heads: Heading[];
  /** Text of headings marked as the site's masthead (logo, site title): names of the site. */
  mastheads: string[];
}

function headings(doc: Document): PageHeadings {
  const seen = new Set<Element>();
  const texts = new Set<string>();
  const heads: Heading[] = [];
  const mastheads: string[] = [];
  const add = (el: Element) => {
    if (seen.has(el) || heads.length > 40) return;
    seen.add(el);
    const own = names(el);
    const masthead = !ENTRY.test(own) && (MASTHEAD.test(own) || MASTHEAD.test(names(el.parentElement)));
    if (!masthead && HIDDEN.test(own)) return;
    const text = headingText(el).replace(/\u00ad/g, "");
    if (text.length < 2 || text.length > 400) return;
    if (masthead) mastheads.push(text);
    // responsive layouts print the same heading twice: one heading, not two rivals
    else if (!texts.has(text)) heads.push({ el, text, weak: WEAK.test(own) });
    texts.add(text);
  };
  for (const el of Array.from(doc.querySelectorAll("h1"))) add(el);
  for (const el of Array.from(doc.querySelectorAll("h2, h3, [itemprop=headline]")).slice(0, 60))
    if (TITLE_NAME.test(names(el)) || el.getAttribute("itemprop") === "headline") add(el);
  for (const el of Array.from(doc.querySelectorAll("h2")).slice(0, 8)) add(el);
  return { heads, mastheads };
}

const OVERLAP = 0.6;
const QUOTE_LEAD = /^["„“”«»‚‘’'][^"„“”«»]{1,80}["“”«»‘’']\s*:/;
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

/** Share of the title's words that the heading also has. */
function overlap(title: string, heading: string): number {
  const t = words(title);
  const h = new Set(words(heading));
  return t.length ? t.filter((w) => h.has(w)).length / t.length : 0;
}

/** Among several <h1>s, the one that shares most of a title's words, when it shares enough. */
function closest(h1s: Heading[], titles: string[]): Heading | undefined {
  let best: Heading | undefined;
  let score = OVERLAP - 1e-9;
  for (const h of h1s)
    for (const t of titles) {
      const o = overlap(t, h.text);
      if (o > score) [best, score] = [h, o];
    }
  return best;
}

export interface TitleEvidence {
  /** Metadata titles in order of trust: JSON-LD headline, og:title, twitter:title, <title>. */
  metaTitles: string[];
  site?: string;
  host?: string;
  /** The <title> element's text: the least trusted of the titles, often an SEO rewrite of the headline. */
  titleTag?: string;
}

/**
 * The headline. Metadata titles carry site names, kickers and SEO rewrites; headings include the site's own
 * name, section labels and teasers. The headline is the heading the metadata agrees with: equal to a title once
 * the site part is gone, or a heading whose trailing words are the title (a kicker printed inside the <h1>), or a
 * heading contained in the title. Without agreement, a single <h1> is the headline as readers see it.
 */
export function findTitle(doc: Document, ev: TitleEvidence): string | undefined {
  const metas = ev.metaTitles
    .map((t) => cleanSpace(decodeEntities(t)).replace(/\u00ad/g, ""))
    .filter((t) => t.length > 1);
  const page = headings(doc);
  // an <h1> that is the outer segment of a metadata title ("Post | Blog name") is the site's name printed big
  const outer = new Set(metas.flatMap((t) => outerSegments(t, metas)));
  const siteHeads = page.heads.filter((h) => h.el.localName === "h1" && outer.has(key(h.text))).map((h) => h.text);
  const mastheads = [...page.mastheads, ...siteHeads];
  const stripped = metas.map((t) => stripSiteFromTitle(t, ev.site, ev.host, mastheads));
  const siteKeys = [ev.site, ev.host?.split(".").slice(-2, -1)[0], ev.host, ...mastheads]
    .filter(Boolean)
    .map((x) => key(x!));
  const heads = page.heads.filter((h) => !siteKeys.includes(key(h.text)));
  const metaKeys = stripped.map(key).map((k) => (k.length >= 3 ? k : "\0"));
  const fullKeys = metas.map(key);
  const h1s = heads.filter((h) => h.el.localName === "h1" && !h.weak);
  const others = heads.filter((h) => h.el.localName !== "h1" && !h.weak);
  const weak = heads.filter((h) => h.weak);
  const same = (h: Heading) => metaKeys.includes(key(h.text)) || fullKeys.includes(key(h.text));
  // the publisher's own headline fields (JSON-LD, og:title) outrank the <title>: a heading that is exactly one wins
  const tagKey = ev.titleTag ? key(ev.titleTag) : "\0";
  const topKeys = new Set(metas.flatMap((t, i) => (key(t) === tagKey ? [] : [key(t), metaKeys[i]!])));
  const top = (h: Heading) => topKeys.has(key(h.text));
  // a heading inside a longer title ("Ins neue Jahr" in "Ins neue Jahr | Literaturgefluester")
  const inside = (h: Heading) => {
    const k = key(h.text);
    return k.length >= 6 && fullKeys.some((m) => m.includes(k) && k.length >= 0.3 * m.length);
  };
  // "Klimaschutz: Bohren, bis es heiß wird" in the <h1>, "Bohren, bis es heiß wird" in og:title: whole words only
  // a quotation before the colon ("„Pure Leere“: Kramer verpasst Olympia") is the headline's own words, no kicker
  const kicked = (h: Heading) =>
    QUOTE_LEAD.test(h.text)
      ? undefined
      : stripped.find((t) => {
          const m = key(t);
          const hw = words(h.text).join(" ");
          const tw = words(t).join(" ");
          return hw.endsWith(` ${tw}`) && m.length >= 0.4 * key(h.text).length && m.length >= 10;
        });
  const only = h1s.length === 1 ? h1s[0] : undefined;
  const topStripped = stripped.filter((_, i) => key(metas[i]!) !== tagKey);
  const found =
    h1s.find(same)?.text ??
    h1s.map(kicked).find(Boolean) ??
    // a single <h1> that says nearly what the title says ("Saftiger Zitronenkuchen vom Blech: einfach köstlich!")
    (only && topStripped.some((t) => overlap(t, only.text) >= OVERLAP) ? only.text : undefined) ??
    // a heading equal to og:title beats an <h1> that only resembles the <title>
    others.find(top)?.text ??
    (only && stripped.some((t) => overlap(t, only.text) >= OVERLAP) ? only.text : undefined) ??
    h1s.find(inside)?.text ??
    closest(h1s, stripped)?.text ??
    others.find(same)?.text ??
    weak.find(same)?.text ??
    others.find(inside)?.text ??
    (h1s.length ? undefined : closest(others, stripped)?.text);
  if (found) return found;
  // the page's one <h1> (printed twice by responsive layouts counts once)
  // an empty <h1> (a logo image, a slot filled by script) is no heading
  const h1Texts = new Set(Array.from(doc.querySelectorAll("h1"), (h) => cleanSpace(h.textContent ?? "")));
  h1Texts.delete("");
  if (only && only.text.length >= 3 && h1Texts.size === 1) return only.text;
  if (!h1Texts.size) {
    // no <h1> at all and a single visible <h2> (screen-reader navigation labels aside): the page's title
    const h2s = others.filter((h) => h.el.localName === "h2");
    if (h2s.length === 1 && Array.from(doc.querySelectorAll("h2")).filter((h) => !HIDDEN.test(names(h))).length === 1)
      return h2s[0]!.text;
    // a heading the template names as the page's or entry's title ("sp-page-title-heading")
    const named = others.find((h) => {
      const n = names(h.el);
      return ENTRY.test(n) || PAGE_TITLE.test(n);
    });
    if (named) return named.text;
    const block = headlineBlock(doc);
    if (block) return block;
  }
  return (stripped[0] && shownAs(doc, stripped[0])) || stripped[0] || h1s[0]?.text || undefined;
}

/**
 * The metadata title as the page prints it, when some heading says the same words: CMSs typeset the visible
 * heading (WordPress turns " - " into " – " and straight quotes into curly ones) but not the meta tags.
 */
function shownAs(doc: Document, title: string): string | undefined {
  const k = key(title);
  if (k.length < 6) return undefined;
  for (const el of Array.from(doc.querySelectorAll("h1, h2, h3, h4")).slice(0, 200)) {
    if (HIDDEN.test(names(el))) continue;
    const text = headingText(el).replace(/\u00ad/g, "");
    if (key(text) === k) return text;
  }
  return undefined;
}

/** A block the template names the headline ("<div class="l-headline">"), on a page without any heading for it. */
function headlineBlock(doc: Document): string | undefined {
  for (const el of Array.from(doc.querySelectorAll("div, p, span")).slice(0, 3000)) {
    if (!/(?:^|\s|[_-])headline(?:$|\s)/i.test(el.getAttribute("class") ?? "")) continue;
    const text = headingText(el);
    if (text.split(/\s+/).length >= 3 && text.length <= 200) return text;
  }
  return undefined;
}
