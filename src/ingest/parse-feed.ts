// Feed text (RSS 2.0, Atom, RDF/RSS 1.0, JSON Feed) → its items; a damaged feed gives the items that could be read plus
// an error.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { AppError, type SourceItem } from "../domain/index.ts";
import { cleanLink, type FeedItem, feedItemOf, textOf, type XmlNode } from "./feed-entry.ts";
import { isJsonFeed, jsonFeedOf, salvageJsonFeed } from "./json-feed.ts";
import { readInPart } from "./read-capped.ts";

export type { FeedItem } from "./feed-entry.ts";

export interface ParsedFeed {
  format: "rss" | "atom" | "rdf" | "json";
  title?: string;
  items: FeedItem[];
  /** Problems that did not stop the feed from being read (malformed XML around complete items). */
  errors: AppError[];
  /** What the user must know of a feed read in part: its text ends before its XML does (a feed cut short). */
  warnings?: string[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link" || name === "atom:link",
});

/** Feeds never need a DOCTYPE; dropping it removes entity-expansion attacks ("billion laughs") before parsing. */
function stripDoctype(xml: string): string {
  return xml.replace(/<!DOCTYPE(?:[^[>]|\[[^\]]*\])*>/gi, "");
}

/**
 * An Atom title of type "xhtml" holds markup (`<div xmlns=…>Russia <b>warns</b> …</div>`), which the parser turns into
 * child objects with the text order lost, so the title came out undefined. Its tags become spaces before parsing; the
 * text stays escaped XML, and titleOf reads it like an "html" title.
 */
function flattenXhtmlTitles(xml: string): string {
  return xml.replace(
    /<((?:[\w-]+:)?title)(\s[^>]*\btype\s*=\s*["']xhtml["'][^>]*)>([\s\S]*?)<\/\1\s*>/gi,
    (_, name: string, attrs: string, inner: string) => `<${name}${attrs}>${inner.replace(/<[^>]*>/g, " ")}</${name}>`,
  );
}

function rootOf(doc: XmlNode): { format: ParsedFeed["format"]; channel: XmlNode; items: unknown[] } | undefined {
  const obj = (v: unknown): XmlNode => (v && typeof v === "object" && !Array.isArray(v) ? (v as XmlNode) : {});
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v ? [v] : []);
  if ("rss" in doc) {
    const channel = obj(obj(doc.rss).channel);
    return { format: "rss", channel, items: list(channel.item) };
  }
  const atom = doc.feed ?? doc["atom:feed"];
  if (atom !== undefined) {
    const feed = obj(atom);
    return { format: "atom", channel: feed, items: list(feed.entry ?? feed["atom:entry"]) };
  }
  const rdfKey = Object.keys(doc).find((k) => k === "RDF" || k.endsWith(":RDF"));
  if (rdfKey) {
    const rdf = obj(doc[rdfKey]);
    const channel = obj(rdf.channel);
    // RSS 1.0 puts items beside the channel; some producers nest them inside it.
    return { format: "rdf", channel, items: [...list(rdf.item), ...list(channel.item)] };
  }
  return undefined;
}

/** An element's xml:base resolved against the base around it (Atom feeds set it on the feed and on entries). */
function xmlBase(node: XmlNode, base: string | undefined): string | undefined {
  const own = textOf(node["@_xml:base"]);
  return own ? (cleanLink(own, base) ?? base) : base;
}

/**
 * What relative item links resolve against: the xml:base in force, else, for RSS and RDF, the channel's <link> (the
 * site's home page: a feed is often served from another host or path than its articles), else the feed's own URL.
 */
function channelBase(format: ParsedFeed["format"], channel: XmlNode, feedUrl: string | undefined): string | undefined {
  const base = xmlBase(channel, feedUrl);
  if (format === "atom" || base !== feedUrl) return base;
  const links = Array.isArray(channel.link) ? channel.link : [channel.link];
  const home = links.find((l): l is string => typeof l === "string");
  return cleanLink(home, feedUrl) ?? feedUrl;
}

function itemsOf(raw: unknown[], base: string | undefined): FeedItem[] {
  return raw.filter((n): n is XmlNode => !!n && typeof n === "object").map((n) => feedItemOf(n, xmlBase(n, base)));
}

const NOT_A_JSON_FEED = 'JSON that is not a JSON Feed (no "version": "https://jsonfeed.org/version/…")';

function parseJsonFeed(text: string, where: string, base: string | undefined): ParsedFeed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    return parseDamagedJsonFeed(text, where, base, cause);
  }
  if (!isJsonFeed(value)) throw new AppError("BAD_INPUT", NOT_A_JSON_FEED, { where });
  return { format: "json", ...jsonFeedOf(value, where, base) };
}

/**
 * A JSON Feed that JSON.parse refused, read as RSS and Atom are: a text that stops inside the feed (a download that
 * stopped) gives its complete items and a warning that later ones may be missing; a text broken elsewhere gives the
 * items before the break and an error. Nothing read, or no sign of a JSON Feed, is an error naming the break.
 */
function parseDamagedJsonFeed(text: string, where: string, base: string | undefined, cause: unknown): ParsedFeed {
  const msg = cause instanceof Error ? cause.message : String(cause);
  const { feed, ends } = salvageJsonFeed(text);
  const items = Array.isArray(feed.items) ? feed.items.length : 0;
  if (!isJsonFeed(feed) || items === 0) {
    const problem = isJsonFeed(feed) ? "; no complete item could be read" : "";
    throw new AppError("BAD_INPUT", `malformed JSON Feed: ${msg}${problem}`, { where, cause });
  }
  const read = jsonFeedOf(feed, where, base);
  if (ends === "cut") {
    const warning = `the feed ends before its JSON does (${msg}): it may be cut short, and items after the cut are not read; ${read.items.length} complete item(s) read`;
    return { format: "json", ...read, warnings: [warning] };
  }
  const kept = new AppError("BAD_INPUT", `malformed JSON Feed: ${msg}; kept ${read.items.length} complete item(s)`, {
    where,
    cause,
  });
  return { format: "json", ...read, errors: [...read.errors, kept] };
}

/** Complete <item>…</item> / <entry>…</entry> blocks of a damaged feed, each parsed on its own. */
function salvage(xml: string, base: string | undefined): FeedItem[] {
  const items: FeedItem[] = [];
  for (const m of xml.matchAll(/<((?:[\w-]+:)?(?:item|entry))\b[^>]*>[\s\S]*?<\/\1>/g)) {
    if (XMLValidator.validate(m[0]) !== true) continue;
    let node: XmlNode;
    try {
      node = parser.parse(m[0]) as XmlNode;
    } catch {
      // The validator passes a few blocks the parser then refuses ("<![CDA]>" reads as an unclosed CDATA): such an
      // item is as broken as one the validator rejects, and the feed's error already says items were dropped.
      continue;
    }
    const inner = node[m[1]!];
    items.push(...itemsOf(Array.isArray(inner) ? inner : [inner], base));
  }
  return items;
}

/**
 * fast-xml-parser reports tags left open at the end as "Invalid '[ "rss", "channel", "item" ]' found.", at line 1:
 * the tags as a reader would name them ("<rss>, <channel>, <item>"), or undefined for any other message.
 */
function unclosedTags(msg: string): string | undefined {
  // one tag left open is reported as "Unclosed tag 'rss'."
  const one = msg.match(/^Unclosed tag '([^']+)'\.?$/);
  if (one) return `<${one[1]}>`;
  const m = msg.match(/^Invalid '\[([\s\S]*)\]' found\.?$/);
  if (!m) return undefined;
  const tags = [...m[1]!.matchAll(/"([^"]+)"/g)].map((t) => `<${t[1]}>`);
  return tags.length ? tags.join(", ") : undefined;
}

/**
 * The elements left open where a feed is cut, counted up to its last whole tag: a text that stops inside a tag
 * ("<ite", "</tit", "<link hr") names the elements around the cut, not part of a name or the parser's complaint about
 * a tag it never saw end.
 */
function openAtCut(text: string): string | undefined {
  const check = XMLValidator.validate(text.slice(0, text.lastIndexOf(">") + 1));
  return check === true ? undefined : unclosedTags(check.err.msg);
}

/**
 * The closing tag of a feed's root element: a feed read to its end. Not anchored at the text's end, since servers
 * append junk after a whole feed (NUL padding, an error notice printed after the page): that feed is not cut short.
 */
const ROOT_CLOSED = /<\/(?:[\w-]+:)?(?:rss|feed|RDF)\s*>/;

/**
 * Parses a feed. `where` (file or URL) names it in errors and resolves relative links. Throws BAD_INPUT when the text
 * is not a feed or nothing could be read; otherwise returns the items, with a recorded error if the XML was damaged.
 */
export function parseFeed(xml: string, where: string): ParsedFeed {
  const base = /^https?:/i.test(where) ? where : undefined;
  if (
    xml
      .replace(/^\uFEFF/, "")
      .trimStart()
      .startsWith("{")
  )
    return parseJsonFeed(xml.replace(/^\uFEFF/, ""), where, base);
  const text = flattenXhtmlTitles(stripDoctype(xml.replace(/^\uFEFF/, "")));
  if (!text.trim()) throw new AppError("BAD_INPUT", "empty feed", { where });
  const check = XMLValidator.validate(text);
  let parsed: XmlNode;
  try {
    parsed = parser.parse(text) as XmlNode;
  } catch (cause) {
    parsed = {};
    if (check === true) throw new AppError("BAD_INPUT", "feed could not be parsed", { where, cause });
  }
  const root = rootOf(parsed);
  if (check === true) {
    if (!root) throw new AppError("BAD_INPUT", "not an RSS, Atom, RDF or JSON feed", { where });
    const items = itemsOf(root.items, channelBase(root.format, root.channel, base));
    return { format: root.format, title: textOf(root.channel.title), items, errors: [] };
  }
  const { line, col, msg } = check.err;
  const cut = !ROOT_CLOSED.test(text);
  const unclosed = (cut && openAtCut(text)) || unclosedTags(msg);
  const problem = unclosed
    ? `malformed feed XML: ${unclosed} never closed (the feed is cut short or broken)`
    : `malformed feed XML at line ${line}${col ? `, column ${col}` : ""}: ${msg}`;
  const items = salvage(text, root ? channelBase(root.format, root.channel, base) : base);
  if (items.length === 0) throw new AppError("BAD_INPUT", `${problem}; no complete item could be read`, { where });
  const format = root?.format ?? (/<(?:[\w-]+:)?feed[\s>]/.test(text) ? "atom" : "rss");
  const title = root ? textOf(root.channel.title) : undefined;
  // a text that stops before its root element's closing tag is a feed cut short (a download that stopped): the
  // items before the cut are good, and the user is warned that later ones may be missing; XML broken in the middle
  // of a feed that ends as it should is the feed's own error
  if (cut) {
    const detail = unclosed ? `${unclosed} never closed` : `line ${line}${col ? `, column ${col}` : ""}: ${msg}`;
    const warning = `the feed ends before its XML does (${detail}): it may be cut short, and items after the cut are not read; ${items.length} complete item(s) read`;
    return { format, title, items, errors: [], warnings: [warning] };
  }
  const errors = [new AppError("BAD_INPUT", `${problem}; kept ${items.length} complete item(s)`, { where })];
  return { format, title, items, errors };
}

/** A parsed feed's errors and warnings as a source's items, under `origin`; its items are read on their own. */
export function feedNotes(feed: ParsedFeed, origin: string): SourceItem[] {
  return [
    ...feed.errors.map((error) => ({ error, origin })),
    ...(feed.warnings ?? []).map((warning) => ({ warning, origin })),
  ];
}

const CUT_DOWNLOAD =
  "the server's compressed answer ended before the end of its data (a Content-Length shorter than the body, or a connection that stopped early)";

/**
 * A fetched feed parsed. A download that ended early (`cut`) or at the download cap (`capped`) is named with what it did to the feed: in the warning
 * of a feed cut short, or in the error when nothing could be read. A feed whose XML closes was read whole.
 */
export function parseFetchedFeed(page: { text?: string; finalUrl: string; cut?: true; capped?: number }): ParsedFeed {
  if (!page.cut && !page.capped) return parseFeed(page.text ?? "", page.finalUrl);
  const why = page.capped ? readInPart("the feed", "download cap", page.capped) : CUT_DOWNLOAD;
  try {
    const feed = parseFeed(page.text ?? "", page.finalUrl);
    return feed.warnings ? { ...feed, warnings: feed.warnings.map((w) => `${why}, and ${w}`) } : feed;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const message = `${err.detail}; ${why}`;
    throw new AppError(err.code, message, { where: err.where ?? page.finalUrl, cause: err });
  }
}
