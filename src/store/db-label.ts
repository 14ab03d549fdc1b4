// A database location → text safe to print: a postgres:// URL loses its password, a file path stays as it is.

/** The URL without its password, safe for error messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://(invalid URL)";
  }
}

/** What to show of `--db`: shells print it on start, and a terminal or a log is no place for a password. */
export function dbLabel(db: string): string {
  return /^postgres(ql)?:\/\//i.test(db) ? redactUrl(db) : db;
}
