// Feed URLs and files → a Source of the articles they link to: each new item's page fetched, with the feed's date.
import { AppError, type RawDocument, type Source, type SourceItem } from "../domain/index.ts";
import { decodeBytes } from "./decode-bytes.ts";
import { type FeedItem, feedItemId } from "./feed-entry.ts";
import { Fetcher, type FetcherOptions, fetchWarnings, PageRefused } from "./fetcher.ts";
import { gunzipCapped, isGzip } from "./gunzip-file.ts";
import { feedNotes, parseFeed, parseFetchedFeed } from "./parse-feed.ts";
import { DEFAULT_MAX_FILE_BYTES, readCapped } from "./read-capped.ts";
import { webPageKind } from "./web-page-kind.ts";

export interface FeedSourceOptions {
  /** Shared fetcher (keeps robots.txt, rate limits and validators across rounds); else one is made from `fetch`. */
  fetcher?: Fetcher;
  fetch?: FetcherOptions;
  /** True when an article URL is already stored, so it is not fetched again. */
  seen?: (url: string) => boolean | Promise<boolean>;
  /** Size cap for feed files read from disk. */
  maxFileBytes?: number;
  /** Called when a feed answered 304 Not Modified (nothing new), for progress output. */
  onNotModified?: (feed: string) => void;
  /** Called when a feed itself could not be read (its error item follows), so progress output counts it apart from articles. */
  onFeedFailed?: (feed: string) => void;
}

const FEED_ACCEPT =
  "application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8";
/** XHTML pages are sometimes served as XML. */
const XML = /^(?:text|application)\/xml\b/i;

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/**
 * Reads each feed (conditional GET for URLs, so an unchanged feed costs one 304), then fetches every item's page that
 * `seen` does not know. A page that cannot be fetched falls back to the feed's own full content (content:encoded,
 * Atom content) when there is any, and a page the site refuses (robots.txt, 401, 403, 410, 451) to the item's summary;
 * otherwise the item yields an error naming the page and the reason.
 */
export function feedSource(feeds: string[], options: FeedSourceOptions = {}): Source {
  const fetcher = options.fetcher ?? (options.fetch ? new Fetcher(options.fetch) : undefined);
  return {
    name: `feeds: ${feeds.join(", ")}`,
    async *items() {
      const done = new Set<string>();
      for (const feed of feeds) {
        let items: FeedItem[];
        try {
          const parsed = await readFeed(feed, fetcher, options);
          if (!parsed) continue;
          yield* feedNotes(parsed, feed);
          items = parsed.items;
        } catch (err) {
          options.onFeedFailed?.(feed);
          yield { error: asAppError(err, feed), origin: feed };
          continue;
        }
        yield* feedArticles(items, feed, fetcher, { seen: options.seen, done });
      }
    },
  };
}

/**
 * A feed's items → their articles: each page fetched (or the feed's own content, as feedSource says), a link read once
 * (`done` holds the links and ids already read, across feeds), a link `seen` knows skipped.
 */
export async function* feedArticles(
  items: FeedItem[],
  feed: string,
  fetcher: Fetcher | undefined,
  { seen, done = new Set() }: { seen?: FeedSourceOptions["seen"]; done?: Set<string> } = {},
): AsyncGenerator<SourceItem> {
  for (const [i, item] of items.entries()) {
    const key = feedItemId(item, feed, i + 1);
    if (done.has(key)) continue;
    done.add(key);
    if (item.link && (await seen?.(item.link))) continue;
    yield await articleOf(item, key, feed, fetcher);
  }
}

async function readFeed(feed: string, fetcher: Fetcher | undefined, options: FeedSourceOptions) {
  if (isUrl(feed)) {
    if (!fetcher) throw new AppError("BAD_OPTION", "feed URLs need fetcher options", { where: feed });
    const res = await fetcher.getText(feed, { conditional: true, accept: FEED_ACCEPT }).catch((err: unknown) => {
      throw feedError(asAppError(err, feed));
    });
    if (res.notModified) {
      options.onNotModified?.(feed);
      return undefined;
    }
    return parseFetchedFeed(res);
  }
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const packed = await readCapped(feed, maxBytes);
  // A saved feed may be gzipped (feed.xml.gz), as documents given to ingest may be.
  const bytes = isGzip(packed) ? await gunzipCapped(packed, maxBytes, feed) : packed;
  return parseFeed(decodeBytes(bytes, { where: feed }).text, feed);
}

async function articleOf(item: FeedItem, id: string, feed: string, fetcher: Fetcher | undefined): Promise<SourceItem> {
  const meta: Partial<RawDocument> = {
    ...(item.published ? { published: item.published } : {}),
    ...(item.title ? { title: item.title } : {}),
  };
  const fromFeed = (body = item.content): SourceItem | undefined =>
    body?.trim()
      ? { doc: { id, html: body, origin: item.link ?? feed, ...(item.link ? { url: item.link } : {}), ...meta } }
      : undefined;
  if (!item.link || !fetcher) {
    const doc =
      fromFeed() ?? (item.summary?.trim() ? { doc: { id, html: item.summary, origin: feed, ...meta } } : undefined);
    const reason = item.link
      ? "no fetcher to read its page"
      : item.relativeLink
        ? `only a relative link ("${item.relativeLink}", with no absolute xml:base or channel <link> to resolve it against)`
        : "no link";
    return (
      doc ?? { error: new AppError("BAD_INPUT", `feed item has ${reason} and no content`, { where: id }), origin: feed }
    );
  }
  try {
    const page = await fetcher.getText(item.link);
    const kind = webPageKind(page.contentType, page.text ?? "", item.link, XML);
    if (!page.text?.trim()) throw new AppError("BAD_INPUT", "empty page", { where: item.link });
    return { doc: { id, url: page.finalUrl, [kind]: page.text, origin: item.link, ...meta, ...fetchWarnings(page) } };
  } catch (err) {
    // A summary stands for a page the site refuses (it would be stored in the page's place for good), never for one
    // that failed for a while (a timeout, a 503): that item is tried again next round.
    const summary = err instanceof PageRefused ? fromFeed(item.summary) : undefined;
    return fromFeed() ?? summary ?? { error: itemError(asAppError(err, item.link), feed), origin: item.link };
  }
}

/** An item's page that could not be read, named with the feed that lists it: a user watching many feeds can tell. */
function itemError(error: AppError, feed: string): AppError {
  return new AppError(error.code, `${error.detail} (an item of the feed ${feed})`, {
    where: error.where,
    cause: error,
  });
}

/**
 * A feed that could not be fetched, said to be the feed: "timed out" alone reads, in a list of item failures, like
 * one page that failed, not like every item of that feed left unread this round.
 */
function feedError(error: AppError): AppError {
  return new AppError(error.code, `${error.detail} (the feed itself: none of its items was read)`, {
    where: error.where,
    cause: error,
  });
}

function asAppError(err: unknown, where: string): AppError {
  if (err instanceof AppError) return err;
  return new AppError("INTERNAL", err instanceof Error ? err.message : String(err), { where, cause: err });
}
