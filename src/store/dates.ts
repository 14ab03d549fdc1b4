// Event and filter dates → sortable keys: partial ISO dates ("2024", "2024-12") compare by their first day.
import { AppError, isPartialDate } from "../domain/index.ts";

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * Sort key of an event or article date: "2024-12" → "2024-12-01", "2025-06-30T10:00Z" → "2025-06-30".
 * Unknown or malformed dates give "" so they sort last and never match a date bound.
 */
export function dateKey(when: string | undefined): string {
  if (!when) return "";
  const m = PARTIAL.exec(when.trim());
  if (!m) return "";
  return `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
}

/**
 * A filter bound's year, month and day. A month or day the calendar lacks (2025-13, 2025-02-30) is refused here, so
 * no caller, checked or not, turns it into a key past the end of a month.
 */
function parseBound(value: string, name: string): RegExpExecArray {
  const day = value.trim().slice(0, 10);
  if (!isPartialDate(day))
    throw new AppError("BAD_OPTION", `expected a date that exists like 2024, 2024-12 or 2024-12-31, got "${value}"`, {
      where: name,
    });
  return PARTIAL.exec(day)!;
}

/** Inclusive lower bound: the first day of the period named ("2024-12" → "2024-12-01"). */
export function sinceKey(since: string): string {
  const m = parseBound(since, "since");
  return `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
}

/** Inclusive upper bound: the last day of the period named ("2024-02" → "2024-02-29", "2024" → "2024-12-31"). */
export function untilKey(until: string): string {
  const m = parseBound(until, "until");
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  const day = m[3] ? Number(m[3]) : new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** True when the bound falls on a month boundary, so the monthly pre-aggregate can answer it exactly. */
export function isMonthAligned(key: string, side: "since" | "until"): boolean {
  if (side === "since") return key.endsWith("-01");
  return untilKey(key.slice(0, 7)) === key;
}

/**
 * Whether a range's first period can come before or with its last, each at its own precision: "2025-09" to "2025"
 * is in order (2025 runs to December), "2026" to "2025-12" is not. An open end is always in order.
 */
export function periodsInOrder(from: string | undefined, to: string | undefined): boolean {
  if (!from || !to) return true;
  const n = Math.min(from.length, to.length);
  return from.slice(0, n) <= to.slice(0, n);
}
