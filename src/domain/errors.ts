// One error family for the whole product: stages and drivers throw AppError; only shells map it to exit codes or HTTP statuses.
export type ErrorCode =
  | "BAD_INPUT" // the document or request itself is malformed (invalid JSON, binary data, empty)
  | "NOT_FOUND" // a file, article or record that does not exist
  | "UNREADABLE" // a file or folder we were not allowed to read
  | "TOO_LARGE" // over a configured size cap
  | "BAD_OPTION" // an unknown or invalid command-line or API option
  | "FETCH_FAILED" // network errors, timeouts, redirect loops, refused addresses
  | "STORE_FAILED" // the database is corrupt, locked or unreachable
  | "UNAUTHORIZED"
  | "RATE_LIMITED"
  | "INTERNAL";

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Where the problem is: a file path, a "path:line", a URL or an option name. */
  readonly where?: string;
  /** The message without its "where: " prefix, for a caller that adds to it and throws again. */
  readonly detail: string;
  constructor(code: ErrorCode, message: string, options: { where?: string; cause?: unknown } = {}) {
    super(options.where ? `${options.where}: ${message}` : message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.where = options.where;
    this.detail = message;
  }
}

/** Wraps anything thrown into an AppError, keeping an AppError as it is. */
export function toAppError(err: unknown, where?: string): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new AppError("INTERNAL", message, { where, cause: err });
}
