// URLs → source items, through the ingest module's guarded fetcher (address checks, redirect and size caps).
import type { Config } from "../config/index.ts";
import { AppError, type SourceItem } from "../domain/index.ts";
import * as ingest from "../ingest/index.ts";

type UrlSourceFn = (
  urls: string[],
  options: Partial<Config> & { maxPages?: number },
) => { items(): AsyncIterable<SourceItem> };

/**
 * Validates each URL here (scheme and length) and hands fetching to ingest, which owns the network rules; at most
 * `maxPages` pages are fetched, a feed URL's items included.
 */
export async function* urlItems(urls: string[], config: Config, maxPages: number): AsyncIterable<SourceItem> {
  const good: string[] = [];
  for (const raw of urls) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      yield { error: new AppError("BAD_INPUT", "not a URL", { where: raw.slice(0, 200) }), origin: raw.slice(0, 200) };
      continue;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      yield {
        error: new AppError("BAD_INPUT", "only http and https URLs can be fetched", { where: url.href }),
        origin: url.href,
      };
      continue;
    }
    good.push(url.href);
  }
  if (!good.length) return;
  const urlSource = (ingest as unknown as { urlSource?: UrlSourceFn }).urlSource;
  if (!urlSource) throw new AppError("BAD_OPTION", "this build of Orbit has no URL fetcher (ingest.urlSource)");
  yield* urlSource(good, { ...config, maxPages }).items();
}
