// URL → fetched bytes or text: manual redirects (≤5, each re-checked), robots.txt, per-host rate limit, conditional GET.
import { AppError } from "../domain/index.ts";
import { type Decoded, decodeBytes } from "./decode-bytes.ts";
import { HostRateLimit } from "./host-rate-limit.ts";
import { httpGet, type RawResponse } from "./http-request.ts";
import { readInPart } from "./read-capped.ts";
import { parseRobots, type RobotsRules, robotsAllows } from "./robots-txt.ts";
import { ValidatorCache } from "./validator-cache.ts";

export interface FetcherOptions {
  /** Sent on every request and matched against robots.txt groups (config `userAgent`). */
  userAgent: string;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  allowPrivateNetwork?: boolean;
  /** Minimum gap between requests to one host. Default 1000 ms. */
  perHostIntervalMs?: number;
  respectRobots?: boolean;
  /** ETag / Last-Modified per URL; pass a loaded one to keep conditional GETs across runs. */
  cache?: ValidatorCache;
}

export interface FetchResult {
  /** The URL asked for and the URL that answered after redirects. */
  url: string;
  finalUrl: string;
  status: number;
  /** True on 304: the cached validators still hold, there is no body. */
  notModified: boolean;
  contentType?: string;
  body: Buffer;
  /** The compressed body ended before its end: what it held is here, but the page may be cut short. */
  cut?: true;
  /** The body was longer than the download cap: `body` is its first `capped` bytes, less a character the cap split. */
  capped?: number;
}

/** A fetched page's warnings for the document made of it: the user is told a page whose download ended early. */
export function fetchWarnings(page: Pick<FetchResult, "cut" | "capped">): { warnings?: string[] } {
  const warnings = [
    ...(page.cut
      ? [
          "the server's compressed answer ended before the end of its data (a Content-Length shorter than the body, or a connection that stopped early): the page may be cut short",
        ]
      : []),
    ...(page.capped ? [readInPart("the page", "download cap", page.capped)] : []),
  ];
  return warnings.length ? { warnings } : {};
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/**
 * Answers that often pass within seconds (a server restarting, an overloaded origin behind a CDN): asked once more,
 * after the wait a Retry-After asks for (at most MAX_RETRY_WAIT_MS; longer, it is not asked again now) or else the
 * host's usual gap between requests. A second failure is the page's failure.
 */
const TRANSIENT = new Set([429, 500, 502, 503, 504]);
const MAX_RETRY_WAIT_MS = 10_000;
/** Answers that say the page is not for us, now or later (unlike a timeout or a 503, which may pass). */
const REFUSALS = new Set([401, 403, 410, 451]);

/**
 * A page the site will not give us: robots.txt disallows it, or it answered 401, 403, 410 or 451. Asking again will
 * not help, so a feed item whose page is refused may be read from what the feed itself says of it.
 */
export class PageRefused extends AppError {}
const ROBOTS_TTL_MS = 6 * 60 * 60 * 1000;
const ROBOTS_RETRY_MS = 5 * 60 * 1000;

export class Fetcher {
  readonly cache: ValidatorCache;
  private readonly opts: Required<Omit<FetcherOptions, "cache">>;
  private readonly limit: HostRateLimit;
  private readonly robots = new Map<string, { rules: RobotsRules | AppError; at: number }>();
  /**
   * Hosts whose page failed even when asked twice: down for now, not blipping. Their other pages are asked once until
   * one answers, so a feed of fifty pages on a host that is down costs fifty requests, not a hundred and fifty
   * Retry-After waits of up to ten seconds each (the feed's pages are fetched one after another).
   */
  private readonly failingHosts = new Set<string>();

  constructor(options: FetcherOptions) {
    this.opts = {
      userAgent: options.userAgent,
      timeoutMs: options.timeoutMs ?? 15_000,
      maxBytes: options.maxBytes ?? 20 * 1024 * 1024,
      maxRedirects: options.maxRedirects ?? 5,
      allowPrivateNetwork: options.allowPrivateNetwork ?? false,
      perHostIntervalMs: options.perHostIntervalMs ?? 1000,
      respectRobots: options.respectRobots ?? true,
    };
    this.cache = options.cache ?? new ValidatorCache();
    this.limit = new HostRateLimit(this.opts.perHostIntervalMs);
  }

  /** GET with redirects, robots.txt and the rate limit; `conditional` sends the cached validators. */
  async get(url: string, options: { conditional?: boolean; accept?: string } = {}): Promise<FetchResult> {
    let current = parseUrl(url);
    const visited = new Set<string>();
    for (let hop = 0; ; hop++) {
      if (visited.has(current.href)) {
        // the addresses that lead back to this one, in the order the server sent them
        const loop = [...visited].slice([...visited].indexOf(current.href));
        const route = [...loop, current.href].join(" → ");
        throw new AppError("FETCH_FAILED", `redirect loop (${route}): the server never sends the page`, {
          where: url,
        });
      }
      visited.add(current.href);
      if (this.opts.respectRobots) await this.checkRobots(current, url);
      const headers: Record<string, string> = {
        "user-agent": this.opts.userAgent,
        accept: options.accept ?? "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
        ...(options.conditional ? this.cache.headersFor(current.href) : {}),
      };
      let res = await this.send(current, headers);
      const host = current.host;
      const failing = this.failingHosts.has(host);
      const wait = TRANSIENT.has(res.status) && !failing ? retryWait(res.headers["retry-after"]) : undefined;
      if (wait !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, wait));
        res = await this.send(current, headers);
        if (TRANSIENT.has(res.status)) this.failingHosts.add(host);
      }
      if (!TRANSIENT.has(res.status)) this.failingHosts.delete(host);
      if (REDIRECTS.has(res.status)) {
        const location = res.headers.location;
        if (!location) throw new AppError("FETCH_FAILED", `HTTP ${res.status} without a Location`, { where: url });
        if (hop >= this.opts.maxRedirects) {
          throw new AppError("FETCH_FAILED", `too many redirects (more than ${this.opts.maxRedirects})`, {
            where: url,
          });
        }
        current = parseUrl(location, current.href, url);
        continue;
      }
      if (res.status === 304) {
        // "not modified" means something only as the answer to our validators: without them there is no copy it
        // could refer to, and reading it as "unchanged" would hide a feed that never gives its items
        if (!headers["if-none-match"] && !headers["if-modified-since"]) {
          const via = current.href === url ? "" : ` (after redirect to ${current.href})`;
          const message = `HTTP 304 Not Modified${via} to a request that sent no validators (If-None-Match, If-Modified-Since): the server gave nothing to read`;
          throw new AppError("FETCH_FAILED", message, { where: url });
        }
        return { url, finalUrl: current.href, status: 304, notModified: true, body: Buffer.alloc(0) };
      }
      if (res.status < 200 || res.status >= 300) {
        const via = current.href === url ? "" : ` (after redirect to ${current.href})`;
        const Refusal = REFUSALS.has(res.status) ? PageRefused : AppError;
        const again = wait !== undefined ? " (asked twice)" : "";
        throw new Refusal("FETCH_FAILED", `HTTP ${res.status}${via}${again}`, { where: url });
      }
      const etag = header(res, "etag");
      const lastModified = header(res, "last-modified");
      // A body cut short (or at the cap) is not the copy the validators name: kept, they would get a 304 for ever after and the
      // rest of the page (a feed's later items) would never be read.
      if (options.conditional && !res.cut && !res.capped) this.cache.set(current.href, { etag, lastModified });
      return {
        url,
        finalUrl: current.href,
        status: res.status,
        notModified: false,
        contentType: header(res, "content-type"),
        body: res.body,
        ...(res.cut ? { cut: true as const } : {}),
        ...(res.capped ? { capped: res.capped } : {}),
      };
    }
  }

  /** GET and decode to text with the header/meta/sniffed charset. */
  async getText(url: string, options: { conditional?: boolean; accept?: string } = {}) {
    const res = await this.get(url, options);
    const decoded: Decoded | undefined = res.notModified
      ? undefined
      : decodeBytes(res.body, { contentType: res.contentType, where: url });
    return { ...res, text: decoded?.text, charset: decoded?.charset };
  }

  private async send(url: URL, headers: Record<string, string>, maxBytes = this.opts.maxBytes): Promise<RawResponse> {
    const robots = this.robots.get(url.origin)?.rules;
    const delayMs = robots && !(robots instanceof AppError) ? Math.min(30, robots.crawlDelay ?? 0) * 1000 : 0;
    await this.limit.wait(url.host, delayMs);
    return httpGet(url, headers, {
      timeoutMs: this.opts.timeoutMs,
      maxBytes,
      allowPrivateNetwork: this.opts.allowPrivateNetwork,
    });
  }

  private async checkRobots(url: URL, asked: string): Promise<void> {
    if (url.pathname === "/robots.txt") return;
    let entry = this.robots.get(url.origin);
    if (!entry || Date.now() > entry.at) {
      const rules = await this.loadRobots(url);
      // A failure is retried sooner than a good file is refreshed: it may be a passing outage.
      entry = { rules, at: Date.now() + (rules instanceof AppError ? ROBOTS_RETRY_MS : ROBOTS_TTL_MS) };
      this.robots.set(url.origin, entry);
    }
    if (entry.rules instanceof AppError) {
      // A refused address already names its URL; "robots.txt unavailable" gets the URL we were asked for.
      throw entry.rules.where ? entry.rules : new AppError(entry.rules.code, entry.rules.message, { where: asked });
    }
    if (!robotsAllows(entry.rules, url.pathname + url.search)) {
      throw new PageRefused("FETCH_FAILED", `robots.txt of ${url.host} disallows ${url.pathname} for our user agent`, {
        where: asked,
      });
    }
  }

  /** RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx, network) allows nothing. */
  private async loadRobots(url: URL): Promise<RobotsRules | AppError> {
    let target = new URL("/robots.txt", url.origin);
    try {
      for (let hop = 0; hop <= this.opts.maxRedirects; hop++) {
        const res = await this.send(target, { "user-agent": this.opts.userAgent, accept: "text/plain" }, 512 * 1024);
        if (REDIRECTS.has(res.status) && res.headers.location) {
          target = new URL(res.headers.location, target);
          continue;
        }
        if (res.status >= 400 && res.status < 500) return { rules: [] };
        if (res.status >= 200 && res.status < 300) return parseRobots(res.body.toString("utf8"), this.opts.userAgent);
        break;
      }
      return new AppError("FETCH_FAILED", `robots.txt of ${url.host} is unavailable; not fetching`);
    } catch (err) {
      if (err instanceof AppError && err.message.includes("refused:")) return err;
      const reason = err instanceof Error ? err.message : String(err);
      // A host that does not resolve is the problem itself, not its robots.txt: say so first.
      if (/\b(ENOTFOUND|EAI_AGAIN)\b/.test(reason))
        return new AppError("FETCH_FAILED", `${url.host} could not be reached: host not found (${reason})`);
      return new AppError("FETCH_FAILED", `robots.txt of ${url.host} could not be read (${reason}); not fetching`);
    }
  }
}

/**
 * A URL to fetch. `redirectedFrom`: the URL the user asked for, when `raw` is a redirect's Location; a bad target
 * (another scheme: ftp:, file:, javascript:) is then named under the URL asked for, with where it led.
 */
function parseUrl(raw: string, base?: string, redirectedFrom?: string): URL {
  const where = redirectedFrom ?? raw;
  const led = redirectedFrom ? `redirected to ${raw.slice(0, 200)}: ` : "";
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new AppError("FETCH_FAILED", `${led}not a valid URL`, { where });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new AppError("FETCH_FAILED", `${led}only http and https URLs are fetched, not ${url.protocol}`, { where });
  }
  url.hash = "";
  return url;
}

function header(res: RawResponse, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * How long to wait before asking again after a transient answer: its Retry-After (seconds or an HTTP date), else 0
 * (the host's rate limit still spaces the two requests); undefined when it asks for longer than we wait.
 */
export function retryWait(retryAfter: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(retryAfter) ? retryAfter[0] : retryAfter;
  if (!value?.trim()) return 0;
  const ms = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  if (Number.isNaN(ms)) return 0;
  return ms > MAX_RETRY_WAIT_MS ? undefined : Math.max(0, ms);
}
