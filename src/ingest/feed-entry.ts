// One parsed <item> or <entry> (fast-xml-parser's object) → a FeedItem with link, title, dates, summary, content, guid.
import { decodeHTML } from "entities";
import { normaliseFeedDate } from "./feed-date.ts";

export interface FeedItem {
  title?: string;
  link?: string;
  guid?: string;
  /** ISO date: RSS pubDate / dc:date, Atom published (Atom updated only when nothing else is given). */
  published?: string;
  updated?: string;
  summary?: string;
  /** Full content (content:encoded, Atom content), often HTML. */
  content?: string;
  author?: string;
  /** A link the item gives that is relative, with no absolute address to resolve it against (a feed file's). */
  relativeLink?: string;
}

export type XmlNode = Record<string, unknown>;

/** Text of an element that may be a string, a {#text} object (with attributes), or a list of either. */
export function textOf(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = textOf(x);
      if (t) return t;
    }
    return undefined;
  }
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "object") return textOf((v as XmlNode)["#text"]);
  return undefined;
}

function first(node: XmlNode, ...names: string[]): string | undefined {
  for (const name of names) {
    const t = textOf(node[name]);
    if (t) return t;
  }
  return undefined;
}

const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** Only http(s) links are followed; anything else (javascript:, data:, file:) is dropped. Relative ones resolve. */
export function cleanLink(raw: string | undefined, base?: string): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The article link: an RSS <link> text, or the Atom <link> with rel="alternate" (or no rel) and an HTML-ish type. */
function pickLink(node: XmlNode, base?: string): string | undefined {
  let fallback: string | undefined;
  for (const l of [...asList(node.link), ...asList(node["atom:link"])]) {
    if (typeof l === "string") {
      const href = cleanLink(l, base);
      if (href) return href;
      continue;
    }
    if (typeof l !== "object" || l === null) continue;
    const attrs = l as XmlNode;
    const href = cleanLink(textOf(attrs["@_href"]) ?? textOf(attrs["#text"]), base);
    if (!href) continue;
    const rel = textOf(attrs["@_rel"]) ?? "alternate";
    const type = textOf(attrs["@_type"]) ?? "text/html";
    if (rel === "alternate" && /html/i.test(type)) return href;
    if (rel === "alternate" || (!fallback && rel !== "self" && rel !== "enclosure" && rel !== "replies")) {
      fallback ??= href;
    }
  }
  return fallback;
}

/** The item's first link as written, when it is relative ("two", "/news/2"): nothing to fetch without a base. */
function relativeHref(node: XmlNode): string | undefined {
  for (const l of [...asList(node.link), ...asList(node["atom:link"])]) {
    const href = typeof l === "string" ? l.trim() : l && typeof l === "object" ? textOf((l as XmlNode)["@_href"]) : "";
    if (href) return /^[a-z][a-z0-9+.-]*:/i.test(href) ? undefined : href;
  }
  return undefined;
}

/** An Atom title of type "html" or "xhtml" is markup: the title is its text, tags dropped and entities decoded. */
function titleOf(node: XmlNode): string | undefined {
  const text = first(node, "title", "dc:title");
  const t = node.title;
  const type = t && typeof t === "object" && !Array.isArray(t) ? textOf((t as XmlNode)["@_type"]) : undefined;
  if (!text || (type !== "html" && type !== "xhtml")) return text;
  return (
    // Only what HTML reads as a tag (`<` then a letter, `/` or `!`) is dropped: "5 < 6 and 7 > 3" is text, and a
    // looser match lost everything between the two signs.
    decodeHTML(text.replace(/<[a-z!/][^<>]*>/gi, " "))
      .replace(/\s+/g, " ")
      .trim() || undefined
  );
}

function authorOf(node: XmlNode): string | undefined {
  const a = node.author;
  if (a && typeof a === "object" && !Array.isArray(a) && "name" in (a as XmlNode)) return textOf((a as XmlNode).name);
  if (Array.isArray(a) && a[0] && typeof a[0] === "object") return textOf((a[0] as XmlNode).name);
  return first(node, "author", "dc:creator");
}

/**
 * A feed item's document id: its link, else its guid, else `feed#position`. A guid that is no absolute URI ("1",
 * "post-42": JSON Feed ids and RSS guids often are) is unique only within its feed, so it is named with the feed; as a
 * bare id, item "1" of one feed replaced item "1" of another in the store.
 */
export function feedItemId(item: FeedItem, feed: string, position: number): string {
  if (item.link) return item.link;
  if (item.guid) return /^[a-z][a-z0-9+.-]*:/i.test(item.guid) ? item.guid : `${feed}#id=${item.guid}`;
  return `${feed}#${position}`;
}

/** Normalises one RSS 2.0, RDF or Atom item. `base` resolves relative links (the feed's own URL). */
export function feedItemOf(node: XmlNode, base?: string): FeedItem {
  const item: FeedItem = {};
  const set = <K extends keyof FeedItem>(k: K, v: FeedItem[K] | undefined) => {
    if (v !== undefined && v !== "") item[k] = v;
  };
  set("title", titleOf(node));
  const link = pickLink(node, base);
  const guidNode = node.guid;
  const guid = first(node, "guid", "id") ?? textOf((node as XmlNode)["@_rdf:about"]);
  set("guid", guid);
  // An RSS guid that is a permalink is the article URL when there is no <link>. One marked isPermaLink="false", an
  // Atom id or an rdf:about is a name: a link only when written as an absolute URL, never resolved against the base
  // (guid "abc123" became https://site/abc123, a page nobody gave, fetched and failing every round).
  const permalink =
    guidNode && typeof guidNode === "object" ? textOf((guidNode as XmlNode)["@_isPermaLink"]) !== "false" : true;
  const named = guidNode === undefined ? cleanLink(guid) : undefined;
  set("link", link ?? (permalink ? cleanLink(textOf(guidNode), base) : undefined) ?? named);
  if (!item.link && !base) set("relativeLink", relativeHref(node));
  const updated = normaliseFeedDate(first(node, "updated", "atom:updated", "modified", "dcterms:modified"));
  const published = normaliseFeedDate(
    first(node, "published", "pubDate", "dc:date", "issued", "dcterms:issued", "atom:published", "dcterms:created"),
  );
  set("published", published ?? updated);
  set("updated", updated);
  set("summary", first(node, "description", "summary", "atom:summary", "dc:description"));
  set("content", first(node, "content:encoded", "content", "atom:content"));
  set("author", authorOf(node));
  return item;
}
