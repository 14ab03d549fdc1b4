// Renders rows for the terminal: aligned table, CSV (RFC 4180) or JSON lines. Shared by every listing command.
import { AppError, csvField } from "../domain/index.ts";

export const FORMATS = ["table", "jsonl", "csv", "json"] as const;
export type OutputFormat = (typeof FORMATS)[number];

export function parseFormat(value: string, allowed: readonly OutputFormat[] = FORMATS): OutputFormat {
  if ((allowed as readonly string[]).includes(value)) return value as OutputFormat;
  throw new AppError("BAD_OPTION", `unknown format "${value}" (use ${allowed.join(", ")})`, { where: "--format" });
}

export type Row = Record<string, unknown>;

function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * One CSV line (RFC 4180). Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe,
 * as the API's export does: evidence sentences come from arbitrary web pages.
 */
export function csvLine(values: unknown[]): string {
  return values.map((v) => csvField(cell(v), typeof v === "string")).join(",");
}

/** A fixed-width table; long cells are cut with an ellipsis so rows stay on one line. */
export function table(rows: Row[], columns: string[], maxWidth: Record<string, number> = {}): string {
  const text = rows.map((r) =>
    columns.map((c) => {
      const s = cell(r[c]).replace(/\s+/g, " ");
      const max = maxWidth[c] ?? 40;
      return s.length > max ? `${s.slice(0, max - 1)}…` : s;
    }),
  );
  const widths = columns.map((c, i) => Math.max(c.length, ...text.map((t) => t[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((s, i) => s.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...text.map(line)].join("\n");
}

export function render(
  rows: Row[],
  columns: string[],
  format: OutputFormat,
  maxWidth?: Record<string, number>,
): string {
  switch (format) {
    case "json":
      return JSON.stringify(rows, null, 2);
    case "jsonl":
      return rows.map((r) => JSON.stringify(r)).join("\n");
    case "csv":
      return [csvLine(columns), ...rows.map((r) => csvLine(columns.map((c) => r[c])))].join("\n");
    default:
      return table(rows, columns, maxWidth);
  }
}
