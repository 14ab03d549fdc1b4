// Parsed page → the article's headline: the visible heading that the page's own metadata titles agree with.
import { elementNames as names } from "./element-names.ts";
import {
  cleanSpace,
  decodeEntities,
  ENTRY,
  HIDDEN,
  headingText,
  MASTHEAD,
  PAGE_TITLE,
  TITLE_NAME,
  WEAK,
} from "./find-title-heading.ts";

export { cleanSpace, decodeEntities, headingText } from "./find-title-heading.ts";

import { key, outerSegments, siteKeys, stripSiteFromTitle, titleSplits } from "./find-title-site.ts";

interface Heading {
  el: Element;
  text: string;
  /** key(text), made once: the rules below compare it against every metadata title, several times each. */
  key: string;
  weak: boolean;
}

interface PageHeadings {
  /** Visible headings in order of how likely they hold the headline: <h1>s, title-named elements, then <h2>s. */
  heads: Heading[];
  /** Text of headings marked as the site's masthead (logo, site title): names of the site. */
  mastheads: string[];
}

const NAMED_QUERY = "h2, h3, [itemprop=headline]";
// templates that print the site's name in the <h1> name the page title's block ("<div id="page-title">")
const BLOCK_QUERY = `${NAMED_QUERY}, div[id*=title], div[class*=title], p[class*=title], span[class*=title]`;
const BLOCK_TITLE = /(?:^|\s)(?:page-?title|entry-title|post-title|article-title|story-title)(?:$|\s)/i;

/** The page's headings; with `blocks`, also the blocks the template names as the page's title (a second look). */
function headings(doc: Document, blocks = false): PageHeadings {
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
    else if (!texts.has(text)) heads.push({ el, text, key: key(text), weak: WEAK.test(own) });
    texts.add(text);
  };
  for (const el of Array.from(doc.querySelectorAll("h1"))) add(el);
  for (const el of Array.from(doc.querySelectorAll(blocks ? BLOCK_QUERY : NAMED_QUERY)).slice(0, blocks ? 200 : 60)) {
    const heading = el.localName === "h2" || el.localName === "h3";
    if ((heading ? TITLE_NAME : BLOCK_TITLE).test(names(el)) || el.getAttribute("itemprop") === "headline") add(el);
  }
  for (const el of Array.from(doc.querySelectorAll("h2")).slice(0, 8)) add(el);
  return { heads, mastheads };
}

const OVERLAP = 0.6;
const EMPTY_SLOT = /\s[|–—·•»:-]$/;
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

/** A metadata title's field: JSON-LD headline, og:title, twitter:title (or dc.title), <title>, JSON-LD name. */
export type TitleSource = "ld" | "og" | "twitter" | "tag" | "ldName";

export interface TitleEvidence {
  /** Metadata titles in order of trust: JSON-LD headline, og:title, twitter:title, <title>. */
  metaTitles: string[];
  /** Where each of metaTitles comes from (same order). */
  kinds?: TitleSource[];
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
  const title = headline(doc, ev);
  return title && allCaps(title) ? (typedForm(doc, ev, title) ?? title) : title;
}

/** Four or more cased letters, every one a capital: a heading the template shouts, or a title typed in capitals. */
function allCaps(text: string): boolean {
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return upper >= 4 && !/\p{Ll}/u.test(text);
}

/**
 * The same words as the publisher typed them, when the headline found is a metadata title in capitals: another
 * metadata title (as given or without its site part) or a visible heading that says the same in mixed case.
 */
function typedForm(doc: Document, ev: TitleEvidence, title: string): string | undefined {
  const k = key(title);
  const headings = Array.from(doc.querySelectorAll("h1, h2"), (h) => headingText(h));
  // a heading the page shows in capitals is the headline as readers see it
  if (headings.includes(title)) return undefined;
  const metas = ev.metaTitles.map((t) => cleanSpace(decodeEntities(t)));
  const texts = [...metas, ...metas.map((t) => stripSiteFromTitle(t, ev.site, ev.host)), ...headings];
  return texts.find((t) => key(t) === k && !allCaps(t));
}

function headline(doc: Document, ev: TitleEvidence): string | undefined {
  const metas = ev.metaTitles
    .map((t) => cleanSpace(decodeEntities(t)).replace(/\u00ad/g, ""))
    .filter((t) => t.length > 1);
  const fullKeys = metas.map(key);
  // an <h1> that closes a title whose opening part another heading prints is the site's name ("Page - Wiki name"
  // on a wiki whose <h1> is its name and whose page title is a block of its own): only such a page is looked at
  // again for title blocks (a walk over every element costs as much as all the rest)
  let page = headings(doc);
  const closing = page.heads.filter(
    (h) => h.el.localName === "h1" && fullKeys.some((m) => m.length > h.key.length && m.endsWith(h.key)),
  );
  if (closing.length) page = headings(doc, true);
  // an <h1> that is the outer segment of a metadata title ("Post | Blog name") is the site's name printed big
  const outer = new Set(metas.flatMap((t) => outerSegments(t, metas)));
  if (closing.length) {
    // an <h1> that is itself one of the titles is the headline, whatever kicker the title opens with
    const headKeys = new Set(page.heads.map((h) => h.key));
    for (const s of metas.flatMap(titleSplits))
      if (s.head !== s.tail && headKeys.has(s.head) && !fullKeys.includes(s.tail)) outer.add(s.tail);
  }
  const siteHeads = page.heads.filter((h) => h.el.localName === "h1" && outer.has(h.key)).map((h) => h.text);
  const mastheads = [...page.mastheads, ...siteHeads];
  const stripped = metas.map((t) => stripSiteFromTitle(t, ev.site, ev.host, mastheads));
  const siteNames = siteKeys(ev.site, ev.host, mastheads);
  const heads = page.heads.filter((h) => !siteNames.includes(h.key));
  // each title's key made once (the rules compare them with every heading)
  const strippedKeys = stripped.map(key);
  const metaKeys = strippedKeys.map((k) => (k.length >= 3 ? k : "\0"));
  const h1s = heads.filter((h) => h.el.localName === "h1" && !h.weak);
  const others = heads.filter((h) => h.el.localName !== "h1" && !h.weak);
  const weak = heads.filter((h) => h.weak);
  const same = (h: Heading) => metaKeys.includes(h.key) || fullKeys.includes(h.key);
  // the publisher's own headline fields (JSON-LD, og:title) outrank the <title>: a heading that is exactly one wins
  const tagKey = ev.titleTag ? key(ev.titleTag) : "\0";
  const topKeys = new Set(fullKeys.flatMap((k, i) => (k === tagKey ? [] : [k, metaKeys[i]!])));
  const top = (h: Heading) => topKeys.has(h.key);
  // a heading inside a longer title ("Ins neue Jahr" in "Ins neue Jahr | Literaturgefluester")
  const inside = (h: Heading) => {
    const k = h.key;
    return k.length >= 6 && fullKeys.some((m) => m.includes(k) && k.length >= 0.3 * m.length);
  };
  // "Klimaschutz: Bohren, bis es heiß wird" in the <h1>, "Bohren, bis es heiß wird" in og:title: whole words only
  // a quotation before the colon ("„Pure Leere“: Kramer verpasst Olympia") is the headline's own words, no kicker
  const strippedWords = stripped.map((t) => ` ${words(t).join(" ")}`);
  const kicked = (h: Heading) => {
    if (QUOTE_LEAD.test(h.text)) return undefined;
    const hw = words(h.text).join(" ");
    return stripped.find((_, i) => {
      const m = strippedKeys[i]!;
      return hw.endsWith(strippedWords[i]!) && m.length >= 0.4 * h.key.length && m.length >= 10;
    });
  };
  const only = h1s.length === 1 ? h1s[0] : undefined;
  const topStripped = stripped.filter((_, i) => fullKeys[i] !== tagKey);
  const found =
    h1s.find(same)?.text ??
    h1s.map((h) => splitHeadline(h, same)).find(Boolean) ??
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
    // a heading the template names as the page's or entry's title ("sp-page-title-heading"), or marks as the
    // article's headline (schema.org microdata)
    const named = others.find((h) => {
      const n = names(h.el);
      return ENTRY.test(n) || PAGE_TITLE.test(n) || h.el.getAttribute("itemprop") === "headline";
    });
    if (named) return named.text;
    const block = headlineBlock(doc);
    if (block) return block;
    // titles that end in a bare separator ("National Rail Enquiries -") are a template whose headline slot was left
    // empty: they name only the site, and the page's first heading is its title
    const firstH2 = others.find((h) => h.el.localName === "h2");
    if (firstH2 && metas.length && metas.every((t) => EMPTY_SLOT.test(t))) return firstH2.text;
  }
  // a blog's index lists its entries under headings of one level; an article page whose own headline is an <h2> and
  // whose related posts are <h3>s (or the reverse) is no index, and its first entry may be another story
  const entries = others.filter((h) => ENTRY.test(names(h.el)));
  const oneLevel = entries.every((h) => h.el.localName === entries[0]!.el.localName);
  if (
    stripped[0] &&
    stripped[0].split(/\s+/).length <= 2 &&
    !shownAs(doc, stripped[0]) &&
    entries.length >= 2 &&
    oneLevel
  )
    return entries[0]!.text;
  return (stripped[0] && shownAs(doc, stripped[0])) || stripped[0] || h1s[0]?.text || undefined;
}

/**
 * A headline printed over two elements, the <h1> and the heading or line after it ("<h1>Aliyev and Tokayev</h1>
 * <h2>discuss Caspian transit</h2>"), when a metadata title says both: the two joined.
 */
function splitHeadline(h: Heading, same: (h: Heading) => boolean): string | undefined {
  const siblings = h.el.parentElement ? Array.from(h.el.parentElement.children) : [];
  const next = siblings[siblings.indexOf(h.el) + 1];
  if (!next || !/^(?:h[2-6]|p|span|div)$/.test(next.localName)) return undefined;
  const text = `${h.text} ${headingText(next)}`;
  return text.length <= 300 && same({ ...h, text, key: key(text) }) ? text : undefined;
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
