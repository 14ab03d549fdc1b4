// Middleware at the door: security headers, query-size cap, per-client rate limit and bearer-token checks.
import type { Context, MiddlewareHandler } from "hono";
import { AppError } from "../domain/index.ts";
import { type TokenRecord, verifyToken } from "./api-token.ts";
import type { RateLimiter } from "./rate-limiter.ts";

/** No inline scripts or styles, nothing from other origins, never framed. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS: [string, string][] = [
  ["Content-Security-Policy", CSP],
  ["X-Content-Type-Options", "nosniff"],
  ["X-Frame-Options", "DENY"],
  ["Referrer-Policy", "no-referrer"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
];

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // Set on the finished response's own headers: `c.header()` after the handler copies the response (body
    // included), which costs the Node adapter its fast path for string bodies on every request.
    try {
      const headers = c.res.headers;
      for (const [name, value] of SECURITY_HEADERS) headers.set(name, value);
    } catch {
      // Immutable headers (a Response.redirect or fetched response): let Hono copy the response instead.
      for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
    }
  };
}

export function queryLimit(maxBytes: number): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url;
    const q = url.indexOf("?");
    if (q >= 0 && url.length - q - 1 > maxBytes)
      throw new AppError("TOO_LARGE", `query string longer than ${maxBytes} bytes`);
    await next();
  };
}

/** The peer address from the Node socket; requests made in-process (tests, benches) share one bucket. */
export function clientOf(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "in-process";
}

export function rateLimit(limiter: RateLimiter): MiddlewareHandler {
  return async (c, next) => {
    const wait = limiter.take(clientOf(c));
    if (wait > 0) {
      c.header("Retry-After", String(wait));
      throw new AppError("RATE_LIMITED", `too many requests: retry after ${wait} s`);
    }
    await next();
  };
}

/** Requires `Authorization: Bearer <token>`; without a token record every request is refused. */
export function requireToken(record: TokenRecord | undefined): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(header);
    if (!record)
      throw new AppError("UNAUTHORIZED", "no API token is configured: start `orbit serve` once to create one");
    if (!match) throw new AppError("UNAUTHORIZED", "missing bearer token: send 'Authorization: Bearer <token>'");
    if (!verifyToken(record, match[1]!)) throw new AppError("UNAUTHORIZED", "invalid bearer token");
    await next();
  };
}
