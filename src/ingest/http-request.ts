// One HTTP(S) GET → status, headers and a size-capped, decompressed body; connects only to allowed addresses.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { AppError } from "../domain/index.ts";
import { isForbiddenAddress } from "./address-guard.ts";
import { endAtCharacter } from "./read-capped.ts";

export interface RequestLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Connect to loopback/private/link-local addresses too (tests, intranets). */
  allowPrivateNetwork: boolean;
}

export interface RawResponse {
  status: number;
  headers: IncomingMessage["headers"];
  body: Buffer;
  /** The compressed body ended before its format's end (a short Content-Length, a proxy that stopped early). */
  cut?: true;
  /**
   * The body was longer than the cap: `body` is its first `capped` bytes (less a character the cap split); the rest
   * was not downloaded.
   */
  capped?: number;
}

const refused = (url: string, ip: string) =>
  new AppError("FETCH_FAILED", `refused: ${ip} is a loopback, private, link-local or reserved address`, {
    where: url,
  });

/**
 * Checks every address DNS returns inside the socket's own lookup, so the address we check is the one we connect
 * to (no window for DNS rebinding between a check and the connection).
 */
function guardedLookup(url: string, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, "", 0);
      const bad = allowPrivate ? undefined : addresses.find((a) => isForbiddenAddress(a.address));
      if (bad) return callback(refused(url, `${hostname} → ${bad.address}`), "", 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`no address for ${hostname}`), "", 0);
      callback(null, first.address, first.family);
    });
  };
}

/**
 * The body unpacked as its Content-Encoding says. A body cut short (a Content-Length smaller than what the server
 * packed, a proxy that stopped early) gives what it holds, as browsers show it, rather than failing: a truncated page
 * is read like a truncated plain page, and marked so the user is told (the decoder's "unexpected end of file", after
 * it has given every byte it could). Bytes that are not the format still fail.
 */
function decoded(res: IncomingMessage): NodeJS.ReadableStream {
  const enc = String(res.headers["content-encoding"] ?? "").toLowerCase();
  if (enc === "gzip" || enc === "x-gzip") return res.pipe(createGunzip());
  if (enc === "deflate") return res.pipe(createInflate());
  if (enc === "br") return res.pipe(createBrotliDecompress());
  return res;
}

/** zlib's error for input that stopped before the compressed stream's end (gzip, deflate and brotli alike). */
const endedEarly = (err: NodeJS.ErrnoException): boolean =>
  err.code === "Z_BUF_ERROR" && /unexpected end of file/i.test(err.message);

/**
 * Sends one GET. Redirects are not followed here (the fetcher checks each hop). The download stops at the cap and the
 * body is what came before it, marked `capped`: a page that large is a news page swollen by inline images or data, its
 * article near the top, so a user gets the article and a warning rather than nothing, as from a file of that size
 * (path-source reads an oversized page file in part too). Memory stays bounded by the cap either way.
 * A GET sent on a kept-alive socket that the server closed just before (its idle timeout met ours) fails with a
 * reset before any response; Node's documentation says to retry such a request, so it is sent once more on a fresh
 * connection. A reset on a fresh connection, or after the response began, is a real failure.
 */
export function httpGet(
  url: URL,
  headers: Record<string, string>,
  limits: RequestLimits,
  retryStaleSocket = true,
): Promise<RawResponse> {
  const where = url.href;
  return new Promise<RawResponse>((resolve, reject) => {
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      reject(new AppError("FETCH_FAILED", `unsupported scheme ${url.protocol}`, { where }));
      return;
    }
    const host = url.hostname.replace(/^\[|\]$/g, "");
    // Literal IPs never go through DNS lookup, so check them here.
    if (isIP(host) && !limits.allowPrivateNetwork && isForbiddenAddress(host)) {
      reject(refused(where, host));
      return;
    }
    let settled = false;
    let responded = false;
    let response: IncomingMessage | undefined;
    const finish = (err: unknown, value?: RawResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        req.destroy();
        const e =
          err instanceof AppError
            ? err
            : new AppError("FETCH_FAILED", (err as Error).message || String(err), { where, cause: err });
        reject(e);
      } else resolve(value!);
    };
    const client = url.protocol === "https:" ? https : http;
    const req = client.get(
      url,
      {
        headers: { "accept-encoding": "gzip, deflate, br", ...headers },
        lookup: guardedLookup(where, limits.allowPrivateNetwork),
      },
      (res) => {
        responded = true;
        response = res;
        const status = res.statusCode ?? 0;
        if ((status >= 300 && status < 400) || status === 304 || status >= 400) {
          res.resume();
          finish(null, { status, headers: res.headers, body: Buffer.alloc(0) });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const body = decoded(res);
        body.on("data", (chunk: Buffer) => {
          if (settled) return;
          if (size + chunk.length > limits.maxBytes) {
            chunks.push(chunk.subarray(0, limits.maxBytes - size));
            const capped = limits.maxBytes;
            finish(null, { status, headers: res.headers, body: endAtCharacter(Buffer.concat(chunks, capped)), capped });
            res.destroy();
            return;
          }
          size += chunk.length;
          chunks.push(chunk);
        });
        body.on("end", () => finish(null, { status, headers: res.headers, body: Buffer.concat(chunks, size) }));
        body.on("error", (err: NodeJS.ErrnoException) => {
          if (!endedEarly(err)) finish(new AppError("FETCH_FAILED", `bad response body: ${err.message}`, { where }));
          else if (size > 0)
            finish(null, { status, headers: res.headers, body: Buffer.concat(chunks, size), cut: true });
          else
            finish(
              new AppError("FETCH_FAILED", "the compressed body ended before anything in it could be read", { where }),
            );
        });
        res.on("error", (err) => finish(err));
        res.on("aborted", () => finish(new AppError("FETCH_FAILED", "connection closed mid-body", { where })));
      },
    );
    const timer = setTimeout(
      () => finish(new AppError("FETCH_FAILED", `timed out after ${limits.timeoutMs} ms`, { where })),
      limits.timeoutMs,
    );
    req.on("error", (err) => {
      // Bytes past the declared Content-Length fail the socket's parser once the response is whole: the response
      // itself is complete and its body still being read, so it stands.
      if (responded && response?.complete) return;
      if (retryStaleSocket && !settled && !responded && req.reusedSocket && isReset(err)) {
        settled = true;
        clearTimeout(timer);
        httpGet(url, headers, limits, false).then(resolve, reject);
        return;
      }
      finish(err);
    });
  });
}

const isReset = (err: unknown): boolean => (err as NodeJS.ErrnoException).code === "ECONNRESET";
