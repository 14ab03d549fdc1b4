// A date at the precision a user or a text gives it (2025, 2025-08, 2025-08-01): the form every filter takes.

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day (no 2025-13, no 2025-02-30). */
export function isPartialDate(value: string): boolean {
  const m = FORM.exec(value);
  if (!m) return false;
  const [, year, month, day] = m;
  if (month === undefined) return true;
  const mm = Number(month);
  if (mm < 1 || mm > 12) return false;
  if (day === undefined) return true;
  const dd = Number(day);
  // Day 0 of the next month is the last day of this one (UTC, so no time zone shifts it).
  return dd >= 1 && dd <= new Date(Date.UTC(Number(year), mm, 0)).getUTCDate();
}
