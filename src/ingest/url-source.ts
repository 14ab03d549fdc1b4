// Web page URLs → raw documents, fetched through the guarded Fetcher (address checks, redirect, size and time caps).
import { AppError, type Source, type SourceItem } from "../domain/index.ts";
import { feedArticles } from "./feed-source.ts";
import { Fetcher, type FetcherOptions, fetchWarnings } from "./fetcher.ts";
import { sniffKind } from "./file-kind.ts";
import { isJsonFeed } from "./json-feed.ts";
import { feedNotes, parseFetchedFeed } from "./parse-feed.ts";
import { webPageKind } from "./web-page-kind.ts";

const FEED_TYPES = /^application\/(?:rss|atom|rdf)\+xml|^application\/feed\+json/i;
const XML_OR_JSON = /^(?:application|text)\/(?:xml|json)\b/i;

type FetchedText = Awaited<ReturnType<Fetcher["getText"]>>;

/** True when what a URL answered is a feed: by its content type, or XML or JSON that reads as one. */
function isFeed(page: FetchedText): boolean {
  const type = page.contentType ?? "";
  if (FEED_TYPES.test(type)) return true;
  if (!XML_OR_JSON.test(type) || !page.text) return false;
  if (/json/i.test(type)) {
    try {
      return isJsonFeed(JSON.parse(page.text));
    } catch {
      return false;
    }
  }
  return sniffKind(page.text.slice(0, 4096)) === "feed";
}

/**
 * A feed given as a URL to read: its items' pages, as `orbit watch` reads them, every item each time, up to `budget`
 * of them; the items past it are one error naming the limit.
 */
async function* feedAt(
  url: string,
  page: FetchedText,
  fetcher: Fetcher,
  budget: { left: number; max: number },
): AsyncGenerator<SourceItem> {
  const feed = parseFetchedFeed(page);
  yield* feedNotes(feed, url);
  const items = feed.items.slice(0, budget.left);
  budget.left -= items.length;
  if (items.length < feed.items.length) {
    const message = `the feed lists ${feed.items.length} items; ${items.length} read, as one batch reads at most ${budget.max} pages (orbit watch reads a feed of any length)`;
    yield { error: new AppError("TOO_LARGE", message, { where: url }), origin: url };
  }
  yield* feedArticles(items, url, fetcher);
}

export interface UrlSourceOptions {
  userAgent?: string;
  fetchTimeoutMs?: number;
  maxBodyBytes?: number;
  allowPrivateNetwork?: boolean;
  /** Share one fetcher (and so one rate limit and robots cache) across sources. */
  fetcher?: Fetcher;
  /**
   * At most this many pages read in all, a feed and each item it lists counted as one each: a few feed URLs can stand
   * for thousands of pages on any number of hosts, so a caller bounding its work (the API) bounds them here.
   */
  maxPages?: number;
}

export function fetcherFor(options: UrlSourceOptions): Fetcher {
  const opts: FetcherOptions = {
    userAgent: options.userAgent ?? "OrbitBot/0.1",
    timeoutMs: options.fetchTimeoutMs,
    maxBytes: options.maxBodyBytes,
    allowPrivateNetwork: options.allowPrivateNetwork,
  };
  return options.fetcher ?? new Fetcher(opts);
}

/**
 * Fetches each URL once; a page that cannot be fetched or is not HTML/text is a per-document error, not a stop. A URL
 * that answers with a feed (RSS, Atom, RDF, JSON Feed) stands for the articles it lists.
 */
export function urlSource(urls: string[], options: UrlSourceOptions = {}): Source {
  const fetcher = fetcherFor(options);
  return {
    name: `urls: ${urls.length}`,
    async *items() {
      const max = options.maxPages ?? Number.POSITIVE_INFINITY;
      const budget = { left: max, max };
      for (const url of urls) {
        try {
          if (budget.left <= 0) {
            throw new AppError("TOO_LARGE", `not read: one batch reads at most ${max} pages`, { where: url });
          }
          // Every fetch counts, a feed's own included.
          budget.left--;
          const page = await fetcher.getText(url);
          if (isFeed(page)) {
            yield* feedAt(url, page, fetcher, budget);
            continue;
          }
          const kind = webPageKind(page.contentType, page.text ?? "", url);
          if (!page.text?.trim()) throw new AppError("BAD_INPUT", "empty page", { where: url });
          yield { doc: { id: url, url: page.finalUrl, origin: url, [kind]: page.text, ...fetchWarnings(page) } };
        } catch (err) {
          const error =
            err instanceof AppError ? err : new AppError("FETCH_FAILED", String(err), { where: url, cause: err });
          yield { error, origin: url };
        }
      }
    },
  };
}

/** Several sources read one after another as one batch. */
export function concatSources(sources: Source[]): Source {
  return {
    name: sources.map((s) => s.name).join(" + "),
    async *items() {
      for (const s of sources) yield* s.items();
    },
  };
}
