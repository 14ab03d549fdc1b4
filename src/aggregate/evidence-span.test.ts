import assert from "node:assert/strict";
import { test } from "node:test";
import { evidenceSpan } from "./evidence-span.ts";

const AS_OF = "2026-11-26";
const months = (from: string, n: number, count = 3) =>
  Array.from({ length: n }, (_, i) => {
    const k = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + i;
    return { month: `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`, count };
  });

test("a lone background date decades before the rest is left off the span and named", () => {
  const span = evidenceSpan([{ month: "1991-12", count: 1 }, ...months("2023-01", 30)], AS_OF)!;
  assert.equal(span.from, "2023-01");
  assert.equal(span.to, "2025-06");
  assert.deepEqual(span.before, { count: 1, from: "1991-12", to: "1991-12" });
  assert.equal(span.note, "Not drawn: 1 event dated 1991, long before the rest (background an article recalls).");
});

test("events dated after the run's date are outside; the current month is inside", () => {
  const span = evidenceSpan(
    [...months("2025-01", 11), { month: "2026-11", count: 2 }, { month: "2027-03", count: 4 }],
    AS_OF,
  )!;
  assert.equal(span.to, "2026-11");
  assert.deepEqual(span.future, { count: 4, from: "2027-03", to: "2027-03" });
  assert.match(span.note!, /4 events dated after 2026-11-26 \(2027-03; usually a plan or a deadline\)/);
});

test("an older run is kept when it holds more than a tenth of the events, or when gaps are short", () => {
  const older = evidenceSpan([...months("2015-01", 6, 2), ...months("2023-01", 10, 3)], AS_OF)!;
  assert.equal(older.from, "2015-01");
  assert.equal(older.note, undefined);
  const steady = evidenceSpan([...months("2019-01", 2), ...months("2020-06", 2), ...months("2022-01", 2)], AS_OF)!;
  assert.deepEqual([steady.from, steady.to, steady.before.count], ["2019-01", "2022-02", 0]);
});

test("at most a tenth of the events is left out, only from the early end, and a lone run is always kept", () => {
  const both = evidenceSpan(
    [
      { month: "1993-05", count: 1 },
      { month: "2001-01", count: 1 },
      ...months("2020-01", 10, 4),
      { month: "2025-12", count: 1 },
    ],
    AS_OF,
  )!;
  assert.deepEqual([both.from, both.to, both.before.count], ["2020-01", "2025-12", 2]);
  assert.equal(
    both.note,
    "Not drawn: 2 events dated 1993 to 2001, long before the rest (background an article recalls).",
  );
  // A fringe holding more than a tenth stays: 5 of 25 events.
  const big = evidenceSpan([{ month: "1993-05", count: 5 }, ...months("2020-01", 10, 2)], AS_OF)!;
  assert.equal(big.from, "1993-05");
  const one = evidenceSpan([{ month: "1991-12", count: 1 }], AS_OF)!;
  assert.deepEqual([one.from, one.to, one.note], ["1991-12", "1991-12", undefined]);
  assert.equal(evidenceSpan([], AS_OF), undefined);
});

test("the latest run of evidence is never left out, however thin beside a long history", () => {
  // A GDELT history of 2015-17 (140 events a month) and this year's news (330 events).
  const span = evidenceSpan([...months("2015-01", 36, 140), ...months("2026-01", 11, 30)], AS_OF)!;
  assert.deepEqual([span.from, span.to, span.before.count, span.note], ["2015-01", "2026-11", 0, undefined]);
  const tail = evidenceSpan([...months("2010-01", 20, 2), { month: "2024-06", count: 1 }], AS_OF)!;
  assert.deepEqual([tail.from, tail.to, tail.note], ["2010-01", "2024-06", undefined]);
});

test("when every event is dated after the run's date, the span is the run's month and the note names them", () => {
  const span = evidenceSpan(
    [
      { month: "2027-02", count: 5 },
      { month: "2027-09", count: 6 },
    ],
    AS_OF,
  )!;
  assert.deepEqual([span.from, span.to, span.before.count], ["2026-11", "2026-11", 0]);
  assert.deepEqual(span.future, { count: 11, from: "2027-02", to: "2027-09" });
  assert.equal(
    span.note,
    "Not drawn: 11 events dated after 2026-11-26 (2027-02 to 2027-09; usually a plan or a deadline).",
  );
});
