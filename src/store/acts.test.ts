import assert from "node:assert/strict";
import { test } from "node:test";
import { type ActCandidate, actDay, repeatFlags } from "./acts.ts";
import { twinFlags } from "./twins.ts";

test("an act's day is known only from a date to the day, with or without a time", () => {
  assert.equal(actDay("2023-05-10"), "2023-05-10");
  assert.equal(actDay("2023-05-10T09:30:00Z"), "2023-05-10");
  for (const coarse of [undefined, "", "2023", "2023-05", "2023-W19", "May 2023"])
    assert.equal(actDay(coarse), undefined, String(coarse));
});

const e = (source: string, target: string, cameo: string, when?: string, more: Partial<ActCandidate> = {}) => ({
  source,
  target,
  cameo,
  when,
  origin: "orbit",
  ...more,
});

test("reports after an act's first are repeats, whichever origin reports them; another code, day or direction is another act", () => {
  const events = [
    e("RUS", "GEO", "057", "2023-05-10"),
    e("RUS", "GEO", "057", "2023-05-10T12:00Z"),
    e("RUS", "GEO", "057", "2023-05-11"),
    e("RUS", "GEO", "051", "2023-05-10"),
    e("GEO", "RUS", "057", "2023-05-10"),
    e("RUS", "GEO", "057", "2023-05-10", { origin: "gdelt" }),
    e("RUS", "GEO", "057", "2023-05-10"),
  ];
  // The imported GDELT row of the same act is one more report of it, as the article's second report is.
  assert.deepEqual(repeatFlags(events, []), [false, true, false, false, false, true, true]);
  // An article's report is the act's own before an imported row, whatever the order: its sentence is quoted.
  const imported = e("RUS", "GEO", "057", "2023-05-10", { origin: "gdelt" });
  assert.deepEqual(repeatFlags([imported, e("RUS", "GEO", "057", "2023-05-10")], []), [true, false]);
});

test("events known only to the month or year, or undated, are each an act of their own", () => {
  const events = [
    e("RUS", "GEO", "057", "2023"),
    e("RUS", "GEO", "057", "2023"),
    e("RUS", "GEO", "057", "2023-05"),
    e("RUS", "GEO", "057", "2023-05"),
    e("RUS", "GEO", "057"),
    e("RUS", "GEO", "057"),
  ];
  assert.deepEqual(repeatFlags(events, []), [false, false, false, false, false, false]);
});

test("a twin is neither an act nor a repeat, so a lone report after it counts in any order", () => {
  const signed = { start: 0, end: 30 };
  const mutual = [
    { ...e("KAZ", "EU", "057", "2025-03-03"), articleId: "a", evidence: signed },
    { ...e("EU", "KAZ", "057", "2025-03-03"), articleId: "a", evidence: signed },
  ];
  const lone = { ...e("KAZ", "EU", "057", "2025-03-03"), articleId: "b", evidence: signed };
  for (const events of [
    [...mutual, lone],
    [lone, ...mutual],
  ]) {
    const twins = twinFlags(events);
    const repeats = repeatFlags(events, twins);
    const counted = events.filter((_, i) => !twins[i] && !repeats[i]).map((x) => `${x.source}>${x.target}`);
    assert.deepEqual(counted.sort(), ["EU>KAZ", "KAZ>EU"]);
  }
});
