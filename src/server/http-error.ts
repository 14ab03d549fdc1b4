// AppError → HTTP status and JSON body; the only place in Orbit that knows about HTTP statuses.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AppError, type ErrorCode, toAppError } from "../domain/index.ts";

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  BAD_INPUT: 400,
  BAD_OPTION: 400,
  NOT_FOUND: 404,
  UNREADABLE: 422,
  TOO_LARGE: 413,
  FETCH_FAILED: 502,
  STORE_FAILED: 503,
  UNAUTHORIZED: 401,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export function statusOf(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code];
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

export function errorBody(err: AppError): ErrorBody {
  // Internal errors may carry file paths or SQL; the client gets a generic message, the log gets the detail.
  const message = err.code === "INTERNAL" ? "internal error" : err.message;
  return { error: { code: err.code, message } };
}

/** Hono onError handler: everything thrown becomes `{ error: { code, message } }` with the mapped status. */
export function handleError(onInternal: (err: AppError) => void) {
  return (err: unknown, c: Context): Response => {
    const appError = err instanceof AppError ? err : fromHono(err);
    if (appError.code === "INTERNAL") onInternal(appError);
    if (appError.code === "UNAUTHORIZED") c.header("WWW-Authenticate", 'Bearer realm="orbit"');
    return c.json(errorBody(appError), statusOf(appError.code));
  };
}

/** Hono's own HTTPExceptions (body limit, malformed JSON) keep their meaning. */
function fromHono(err: unknown): AppError {
  const status = (err as { status?: number })?.status;
  const message = err instanceof Error ? err.message : String(err);
  if (status === 413) return new AppError("TOO_LARGE", message || "request body too large");
  if (status === 400) return new AppError("BAD_INPUT", message || "bad request");
  if (status === 401) return new AppError("UNAUTHORIZED", message || "unauthorized");
  return toAppError(err);
}
