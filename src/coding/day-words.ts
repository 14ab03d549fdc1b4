/** Day words that date an act ("on Monday", "yesterday") and may sit between a verb and what it governs. */
export const DAY_WORDS: ReadonlySet<string> = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "today",
  "yesterday",
]);
