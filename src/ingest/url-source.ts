// Web page URLs → raw documents, fetched through the guarded Fetcher (address checks, redirect, size and time caps).
import { AppError, type Source } from "../domain/index.ts";
import { Fetcher, type FetcherOptions } from "./fetcher.ts";

const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

export interface UrlSourceOptions {
  userAgent?: string;
  fetchTimeoutMs?: number;
  maxBodyBytes?: number;
  allowPrivateNetwork?: boolean;
  /** Share one fetcher (and so one rate limit and robots cache) across sources. */
  fetcher?: Fetcher;
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

/** Fetches each URL once; a page that cannot be fetched or is not HTML/text is a per-document error, not a stop. */
export function urlSource(urls: string[], options: UrlSourceOptions = {}): Source {
  const fetcher = fetcherFor(options);
  return {
    name: `urls: ${urls.length}`,
    async *items() {
      for (const url of urls) {
        try {
          const page = await fetcher.getText(url);
          if (page.contentType && !PAGE_TYPES.test(page.contentType))
            throw new AppError("BAD_INPUT", `not a web page (content-type ${page.contentType})`, { where: url });
          if (!page.text?.trim()) throw new AppError("BAD_INPUT", "empty page", { where: url });
          const isText = /^text\/plain/i.test(page.contentType ?? "");
          yield {
            doc: { id: url, url: page.finalUrl, origin: url, ...(isText ? { text: page.text } : { html: page.text }) },
          };
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
