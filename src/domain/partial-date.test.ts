import assert from "node:assert/strict";
import { test } from "node:test";
import { isPartialDate } from "./partial-date.ts";

test("a year, a month or a day that exists is a date; impossible months and days are not", () => {
  for (const ok of ["2025", "2025-01", "2025-12", "2025-02-28", "2024-02-29", "2000-02-29", "2025-12-31"])
    assert.ok(isPartialDate(ok), ok);
  for (const bad of [
    "2025-13",
    "2025-00",
    "2025-02-29",
    "1900-02-29",
    "2025-04-31",
    "2025-01-00",
    "25",
    "2025-1",
    "yesterday",
    "2025-01-01T00:00",
  ])
    assert.ok(!isPartialDate(bad), bad);
});
