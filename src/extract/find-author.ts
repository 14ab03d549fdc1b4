// Parsed page → byline: author names from JSON-LD, meta tags and the byline printed in the page.

import { elementNames } from "./element-names.ts";
import { FastElement } from "./fast-dom.ts";
import { AUTHOR_LABELS, alternation, COLON_LABELS, cleanByline } from "./find-author-clean.ts";
import { copyrightOwner, creditLine } from "./find-author-credit.ts";
import { AUTHOR_HREF, elsewhere } from "./find-author-elsewhere.ts";
import { groupByline, nameListKeys } from "./find-author-group.ts";
import { inFigure, paragraphByline, shortText } from "./find-author-paragraph.ts";
import { hostName, key } from "./find-title-site.ts";

const BYLINE_NAME =
  /(?:^|[\s_-])(?:author|authors|byline|autor|autoren|autorenzeile|auteurs?|verfasser|writer|entry-author|post-author|article-author|author-name|byline-name|vcard|submitted|wrote_by)(?:$|[\s_-])|author-?name|byline|created-?by/i;
// a word every BYLINE_NAME match holds: a quick first test, as most class names hold none
const MAY_NAME_BYLINE = /aut|byline|verfasser|writer|vcard|submitted|wrote|created/i;
const NOT_BYLINE =
  /comment|avatar|bio|about|description|img|photo|image|box|widget|related|share|social|follow|teaser/i;

/** Inside schema.org author markup: itemprop="author", or a microdata Person. */
function underAuthor(el: Element): boolean {
  let a = el.parentElement;
  for (let i = 0; a && i < 6; i++, a = a.parentElement)
    if (a.getAttribute("itemprop") === "author" || /schema\.org\/Person$/i.test(a.getAttribute("itemtype") ?? ""))
      return true;
  return false;
}

/** A Creative Commons licence names the work's author: rel="cc:attributionURL", property="cc:attributionName". */
function licensor(el: Element): boolean {
  return ccLicensor(el.getAttribute("rel"), el.getAttribute("property"));
}
function ccLicensor(rel: string | null, property: string | null): boolean {
  return (!!rel && CC_ATTRIBUTION.test(rel)) || (!!property && CC_ATTRIBUTION.test(property));
}
const CC_ATTRIBUTION = /cc:attribution(?:url|name)/i;

/**
 * The attributes bylineKind reads, filled by readBylineAttributes. bylineKind runs on every element of the page: one
 * pass over each of the extractor's own elements' attribute lists replaces three searches (itemprop, rel, property).
 */
const markup = { itemprop: null as string | null, rel: null as string | null, property: null as string | null };

function readBylineAttributes(el: Element): void {
  if (!(el instanceof FastElement)) {
    markup.itemprop = el.getAttribute("itemprop");
    markup.rel = el.getAttribute("rel");
    markup.property = el.getAttribute("property");
    return;
  }
  markup.itemprop = markup.rel = markup.property = null;
  // names are stored lower case, first occurrence only: what getAttribute would find
  const attrs = el.attrs;
  for (let i = 0; i < attrs.length; i += 2) {
    const name = attrs[i];
    if (name === "itemprop") markup.itemprop = attrs[i + 1]!;
    else if (name === "rel") markup.rel = attrs[i + 1]!;
    else if (name === "property") markup.property = attrs[i + 1]!;
  }
}

/** Which kind of byline markup an element is, best first; -1 when it is none. */
function bylineKind(el: Element): number {
  readBylineAttributes(el);
  const prop = markup.itemprop;
  if (prop === "name" && underAuthor(el)) return 0;
  if (prop === "author") return 1;
  const rel = markup.rel;
  if (rel === "author") return 2;
  // a custom element some CMSs print the byline in ("<byline>Von David Hutzler, dpa</byline>")
  if (el.localName === "byline") return 4;
  const n = elementNames(el);
  if (n) {
    if (
      n.includes("fn") &&
      /(?:^|\s)fn(?:\s|$)/.test(n) &&
      /author|vcard|byline/i.test(elementNames(el.parentElement ?? el))
    )
      return 3;
    if (MAY_NAME_BYLINE.test(n) && BYLINE_NAME.test(n) && !NOT_BYLINE.test(n)) return 4;
  }
  // the licence credit of a picture names its photographer
  if (ccLicensor(rel, markup.property)) return inFigure(el) ? -1 : 5;
  if (el.localName === "a") return AUTHOR_HREF.test(el.getAttribute("href") ?? "") ? 5 : -1;
  if (LABEL_TAGS.has(el.localName) && el.childNodes.length <= 2 && LABEL.test(shortText(el, 30).trim())) return 6;
  // paragraphs, and one-line blocks and spans of text ("<span>von Andreas Kürten</span>")
  const leaf = el.childNodes.length <= 3 && (el.localName === "span" || el.localName === "div");
  return el.localName === "p" || leaf || (SMALL_HEADING.has(el.localName) && el.childNodes.length <= 2) ? 7 : -1;
}

// the least of the headings: templates print "Von Leonora Holling" as an <h5>
const SMALL_HEADING = new Set(["h4", "h5", "h6"]);

/**
 * The byline printed in the page: schema.org author markup, rel=author links, vcard names, then author- or
 * byline-named blocks. One walk over the tree collects them all (on every page: with a metadata author too, to find a
 * printed form naming co-authors the metadata left out).
 */
export function bylineFromPage(doc: Document): string | undefined {
  for (const name of bylinesInPage(doc)) return name;
  return undefined;
}

/** Every byline the page prints, best markup first; lazily, as most pages need only the first. */
function* bylinesInPage(doc: Document): Generator<string> {
  const found: Element[][] = [[], [], [], [], [], [], [], []];
  // plain lines are many: up to 150 before the first <h1> (menus, teasers) and 150 from it on, where the byline is
  let lineCap = 150;
  const walk = (el: Element, depth: number) => {
    // child nodes read in place: `children` would build an array for every element of the page
    const nodes = el.childNodes;
    for (let i = 0; i < nodes.length; i++) {
      if (nodes[i]!.nodeType !== 1) continue;
      const c = nodes[i] as Element;
      const kind = bylineKind(c);
      if (kind >= 0 && found[kind]!.length < (kind === 7 ? lineCap : 8)) found[kind]!.push(c);
      else if (kind < 0 && lineCap === 150 && c.localName === "h1") lineCap = found[7]!.length + 150;
      if (depth < 200) walk(c, depth + 1);
    }
  };
  if (doc.documentElement) walk(doc.documentElement, 0);
  // the markup bylines, each naming one person: co-authors are several of them in one line
  const marked = new Set(found.slice(0, 6).flat());
  for (const [kind, els] of found.entries())
    for (const el of els) {
      const text =
        kind < 6 && marked.size > 1
          ? (groupByline(el, marked) ?? el.getAttribute("content") ?? el.textContent ?? "")
          : kind === 6
            ? afterLabel(el)
            : kind === 7
              ? paragraphByline(el)
              : (el.getAttribute("content") ?? el.textContent ?? "");
      if (!text || (kind === 4 && text.length > 200)) continue;
      // a licence notice sits in the sidebar or footer by nature, and credits the author with the site's address
      if (!licensor(el) && elsewhere(el)) continue;
      const name = cleanByline(text);
      if (name) yield name;
    }
}

// "Autor:", "Von:", "Auteur :" printed as a label of its own before the name
const LABEL = new RegExp(
  String.raw`^[|•·]?\s*(?:(?:${alternation(AUTHOR_LABELS)}|von|by|par|por|written by|geschrieben von)\s*:?|(?:${alternation(COLON_LABELS)})\s*:)$`,
  "iu",
);
const LABEL_TAGS = new Set([
  "span",
  "b",
  "strong",
  "em",
  "i",
  "label",
  "dt",
  "th",
  "h3",
  "h4",
  "h5",
  "h6",
  "small",
  "div",
]);

/** The text after a label, up to the next line break ("<b>Autor:</b> Fritz Imhof<br>"), or the next element's. */
function afterLabel(label: Element): string {
  const parent = label.parentElement;
  if (!parent) return "";
  const nodes = Array.from(parent.childNodes);
  let out = "";
  for (let i = nodes.indexOf(label) + 1; i < nodes.length && out.length < 120; i++) {
    const n = nodes[i]!;
    if (n.nodeType === 1 && (n as Element).localName === "br" && out.trim()) break;
    out += n.nodeType === 1 ? shortText(n as Element, 120) : (n.textContent ?? "");
  }
  if (out.trim()) return out;
  // a label that is a block of its own ("<h4>Autor</h4><p>Nikolai Huke</p>"), perhaps wrapped in blocks that hold
  // nothing else ("<div><p><b>By</b></p></div><div><p>Todd Bates</p></div>")
  let block = label;
  const own = shortText(label, 30).trim();
  for (let i = 0; i < 3 && block.parentElement && !nextOf(block); i++) {
    if (shortText(block.parentElement, 30).trim() !== own) break;
    block = block.parentElement;
  }
  const next = nextOf(block);
  const text = next ? shortText(next, 120) : "";
  return text.length < 120 ? text : "";
}

function nextOf(el: Element): Element | undefined {
  const siblings = el.parentElement ? Array.from(el.parentElement.children) : [];
  return siblings[siblings.indexOf(el) + 1];
}

/** Names from JSON-LD author values: strings, Person objects, arrays of either. */
export function ldNames(v: unknown): string[] {
  if (typeof v === "string") {
    const t = v.trim();
    // a Person object serialised once more into a string ("{ \"@type\":\"Person\", \"name\":\"Alice Wu\" }")
    if (t.startsWith("{") && t.endsWith("}"))
      try {
        return ldNames(JSON.parse(t));
      } catch {
        return [];
      }
    return t ? [t] : [];
  }
  if (Array.isArray(v)) return v.flatMap(ldNames);
  if (v && typeof v === "object") {
    // an Organization as author is the publisher again, not a byline
    const type = String((v as Record<string, unknown>)["@type"] ?? "");
    return /organi[sz]ation|corporation|newsmedia/i.test(type) ? [] : ldNames((v as Record<string, unknown>).name);
  }
  return [];
}

export interface AuthorEvidence {
  ld: unknown;
  meta?: string;
  site?: string;
  /** The page's host name ("bayrische-bembel.de"). */
  host?: string;
  /** The page's description, whose opening is the story's lead and may carry its wire dateline. */
  lead?: string;
}

/**
 * The site's own name is no byline: og:site_name, or one of its parts ("Achtsam durch die Krise | Die FURCHE"), also
 * with its seat after a comma ("hessenschau.de, Frankfurt, Germany").
 */
function siteNameTest(site?: string): (name: string) => boolean {
  const keys = new Set((site ? [site, ...site.split(/\s+[|–—·•-]\s+/)] : []).map(key).filter((k) => k.length >= 2));
  return (name) => keys.has(key(name)) || keys.has(key(name.split(",")[0]!));
}

/**
 * A name that reads as the site's without being its exact name: its address ("EFC Bayrische Bembel" on
 * bayrische-bembel.de) or a fuller form of og:site_name ("Baku Daily News" beside "Baku Daily"). A one-person blog is
 * named for its author too, so such metadata gives way only to a byline printed in the page.
 */
function siteLikeTest(site?: string, host?: string): (name: string) => boolean {
  const names = [site, hostName(host)].filter((n): n is string => !!n).map(key);
  return (name) => {
    const k = key(name);
    return names.some((n) => n.length > 3 && k.includes(n) && 2 * n.length >= k.length);
  };
}

/** The article's byline: JSON-LD author, meta author, then the byline in the page; names joined with "; ". */
export function findAuthor(doc: Document, ev: AuthorEvidence): string | undefined {
  const isSite = siteNameTest(ev.site);
  const notSite = (n: string) => !isSite(n);
  const fromLd = ldNames(ev.ld)
    .map(cleanByline)
    .filter((n): n is string => !!n && notSite(n));
  const fromMeta = ev.meta ? cleanByline(ev.meta) : undefined;
  const structured = fromLd.length ? [...new Set(fromLd)].join("; ") : fromMeta && notSite(fromMeta) ? fromMeta : "";
  // metadata often carries a login ("christian.stadtfeld") or a first name ("Nils") where the page prints the full name
  if (structured && !isHandle(structured)) {
    // one walk of the page: its first byline may be the printed form of the metadata names, and when those read as
    // the site's, the search goes on for a byline that does not
    const bylines = bylinesInPage(doc);
    const top = first(bylines, () => true);
    const siteLike = siteLikeTest(ev.site, ev.host);
    const ok = (n: string) => notSite(n) && !siteLike(n);
    const printed = top !== undefined && siteLike(structured) ? (ok(top) ? top : first(bylines, ok)) : undefined;
    return printed ?? printedForm(top, structured) ?? structured;
  }
  // one walk of the page: the search below goes on past the first printed byline (what came before it was the site's
  // name, and an abbreviation has no space), or starts it when the metadata gave a handle
  const bylines = bylinesInPage(doc);
  // the first printed byline that is not the site's name ("The Planetary Press" above "Written by: Julie Mollins")
  let siteByline: string | undefined;
  const notSiteNoted = (n: string) => {
    if (notSite(n)) return true;
    siteByline ??= n;
    return false;
  };
  // a wire story credits its agency in its dateline or a closing source line, not in a byline; a page whose only
  // byline is the site's own name is signed by it (a one-person blog, a press office, an agency); a page with none
  // at all by the person its copyright line names
  const found =
    structured || first(bylines, notSiteNoted) || creditLine(doc, ev.lead) || siteByline || copyrightOwner(doc);
  if (!found) return undefined;
  const abbreviation = ABBREVIATION.test(found);
  if (found !== structured && !abbreviation) return found;
  // initials or the publication's short name ("DT", "JF"): any full name the page prints as a byline
  for (const printed of bylines)
    if (notSite(printed) && (abbreviation ? /\s/.test(printed) : completes(found, printed))) return printed;
  return found;
}

const ABBREVIATION = /^\p{Lu}{2,3}$/u;

/** The first item that passes, leaving the iterator open (a for-of would close a generator on return). */
function first<T>(items: Iterator<T>, ok: (x: T) => boolean): T | undefined {
  for (let r = items.next(); !r.done; r = items.next()) if (ok(r.value)) return r.value;
  return undefined;
}

/**
 * The page's own byline when it is a list of names holding every metadata author: "Benjamin Fischer und Marcus
 * Theurer" for two JSON-LD people, "Rudolf Fischer, Simon Kohler" where the metadata lists only the first.
 */
function printedForm(printed: string | undefined, structured: string): string | undefined {
  const keys = nameListKeys(printed);
  return keys && structured.split("; ").every((n) => keys.has(key(n))) ? printed : undefined;
}

/** One word without capitals or with dots and underscores, or in two or three capitals: a user name, a bare first name, initials. */
function isHandle(name: string): boolean {
  return (
    !/\s/.test(name) &&
    (/[._]/.test(name) || name === name.toLowerCase() || /^\p{Lu}\p{Ll}+$/u.test(name) || ABBREVIATION.test(name))
  );
}

/** The printed byline is the full form of the metadata name: "Nils" → "Nils Pickert", "edilson.la.rosa" → "Edilson La Rosa". */
function completes(handle: string, printed: string): boolean {
  if (!/\s/.test(printed)) return false;
  const full = key(printed);
  return full.startsWith(key(handle.toLowerCase().split(/[._]/)[0]!)) || full === key(handle);
}
