// One CSV cell, shared by the API's export and the CLI's listings, so both quote and guard cells alike.

/** RFC 4180 quoting, and a leading apostrophe on text that a spreadsheet would run as a formula (=, +, -, @). */
export function csvField(value: unknown, text = false): string {
  if (value === undefined || value === null) return "";
  let s = String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
