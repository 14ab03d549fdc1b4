// A JSON Feed (jsonfeed.org, versions 1 and 1.1) → the same FeedItems an RSS or Atom feed gives.
import { JSONParser } from "@streamparser/json";
import { escapeText } from "entities";
import { AppError } from "../domain/index.ts";
import { normaliseFeedDate } from "./feed-date.ts";
import { cleanLink, type FeedItem } from "./feed-entry.ts";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => !!v && typeof v === "object" && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** True for a parsed JSON value that says it is a JSON Feed (its `version` is a jsonfeed.org URL). */
export function isJsonFeed(value: unknown): value is Json {
  return isObject(value) && /^https?:\/\/jsonfeed\.org\/version\//i.test(str(value.version) ?? "");
}

/** Plain text as HTML paragraphs, so a content_text item reads like a page with its paragraphs kept. */
function textAsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeText(p)}</p>`)
    .join("\n");
}

/** Version 1.1 lists `authors`; version 1 had one `author`. */
function authorOf(item: Json): string | undefined {
  const authors = Array.isArray(item.authors) ? item.authors : [item.author];
  for (const a of authors) if (isObject(a) && str(a.name)) return str(a.name);
  return undefined;
}

function itemOf(item: Json, base: string | undefined): FeedItem {
  const out: FeedItem = {};
  const set = <K extends keyof FeedItem>(k: K, v: FeedItem[K] | undefined) => {
    if (v !== undefined && v !== "") out[k] = v;
  };
  set("title", str(item.title));
  // `url` is the item's own page; `external_url` a page it is about, the one to read when there is no own page.
  set("link", cleanLink(str(item.url), base) ?? cleanLink(str(item.external_url), base));
  set("guid", str(item.id) ?? (typeof item.id === "number" ? String(item.id) : undefined));
  const updated = normaliseFeedDate(str(item.date_modified));
  set("published", normaliseFeedDate(str(item.date_published)) ?? updated);
  set("updated", updated);
  set("summary", str(item.summary));
  const text = str(item.content_text);
  set("content", str(item.content_html) ?? (text ? textAsHtml(text) : undefined));
  set("author", authorOf(item));
  return out;
}

/**
 * Reads a parsed JSON Feed. Relative URLs resolve against `base` (the feed's own URL), else against the feed's
 * `feed_url` or `home_page_url`. An item that is not an object is an error of its own; the others are kept.
 */
export function jsonFeedOf(
  feed: Json,
  where: string,
  base: string | undefined,
): { title?: string; items: FeedItem[]; errors: AppError[] } {
  const own = base ?? cleanLink(str(feed.feed_url)) ?? cleanLink(str(feed.home_page_url));
  if (!Array.isArray(feed.items)) throw new AppError("BAD_INPUT", 'JSON Feed has no "items" list', { where });
  const items: FeedItem[] = [];
  const errors: AppError[] = [];
  feed.items.forEach((item, i) => {
    if (isObject(item)) items.push(itemOf(item, own));
    else errors.push(new AppError("BAD_INPUT", `JSON Feed item ${i + 1} is not an object`, { where }));
  });
  return { title: str(feed.title), items, errors };
}

/** What a JSON Feed that JSON.parse refused still holds: the members read before the text stopped or broke. */
export interface SalvagedJsonFeed {
  /** The feed's version, title and home links as far as read, and its items that were complete. */
  feed: Json;
  /**
   * How the text ends: "cut" when it stops inside the feed (a download that stopped), "broken" when it breaks the
   * JSON before the feed closes, "whole" when the feed closes and something after it is not JSON.
   */
  ends: "cut" | "broken" | "whole";
}

/** The top-level members that name and place a feed; items are taken one by one as each completes. */
const SALVAGED_PATHS = ["$.version", "$.title", "$.feed_url", "$.home_page_url", "$.items.*"];

/**
 * Reads a damaged JSON Feed as far as it is whole: a streaming parser hands over each item once its closing brace is
 * read, so an item cut in the middle is never taken. Reading stops at the first break in the JSON.
 */
export function salvageJsonFeed(text: string): SalvagedJsonFeed {
  const feed: Json = {};
  const items: unknown[] = [];
  const parser = new JSONParser({ paths: SALVAGED_PATHS, keepStack: false });
  let closed = false;
  let broken = false;
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 1 && typeof key === "string") feed[key] = value;
    else items.push(value);
  };
  parser.onEnd = () => {
    closed = true;
  };
  parser.onError = () => {
    broken = true;
  };
  parser.write(text);
  feed.items = items;
  return { feed, ends: closed ? "whole" : broken ? "broken" : "cut" };
}
