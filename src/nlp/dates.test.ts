import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { findDates } from "./dates.ts";
import { tokenize } from "./tokenize.ts";

const seedPage = readFileSync(new URL("../../../shared/corpus/seed/000_0e0bef2aa06d10f3.txt", import.meta.url), "utf8");
const seed = seedPage.slice(seedPage.indexOf("Berlin, August 1"), seedPage.indexOf("Popular Articles")).trim();

/** Date values found in `text`, as "matched text=value". */
function dates(text: string, articleDate?: string): string[] {
  const found = findDates(text, tokenize(text).sentences, articleDate);
  for (const d of found) assert.equal(text.slice(d.start, d.end), d.text);
  return found.map((d) => `${d.text}=${d.value}`);
}

test("seed page: month, mid-year and dateline dates", () => {
  const found = findDates(seed, tokenize(seed).sentences, "2025-08-01");
  const values = found.map((d) => `${d.text}=${d.value}`);
  assert.ok(values.includes("December 2024=2024-12"));
  assert.ok(values.includes("mid-2025=2025"));
  assert.ok(values.includes("August 1, 2025=2025-08-01"));
  const plane = found.find((d) => d.text === "December 2024")!;
  assert.equal(
    plane.sentence,
    tokenize(seed).sentences.findIndex((s) => s.text.includes("downing of an Azerbaijani")),
  );
  // "killing 38 people" and "BRICS+" are not dates.
  assert.ok(!found.some((d) => /38|BRICS/.test(d.text)));
});

test("absolute dates at the precision the text gives", () => {
  assert.deepEqual(dates("They met on 30 June 2025 in Baku.", "2025-08-01"), ["on 30 June 2025=2025-06-30"]);
  assert.deepEqual(dates("The army left in 2023.", "2025-08-01"), ["2023=2023"]);
  assert.deepEqual(dates("Sanctions since 2014 hurt.", "2025-08-01"), ["2014=2014"]);
  assert.deepEqual(dates("It rose in early 2024 and fell in late 2023."), ["early 2024=2024", "late 2023=2023"]);
  assert.deepEqual(dates("Prices fell in March 2022."), ["March 2022=2022-03"]);
});

test("weekdays resolve to the most recent such day on or before the article date", () => {
  // 2025-08-01 is a Friday.
  assert.deepEqual(dates("On Monday Russia said it would respond.", "2025-08-01"), ["On Monday=2025-07-28"]);
  assert.deepEqual(dates("Tuesday's talks failed.", "2025-08-01"), ["Tuesday=2025-07-29"]);
  assert.deepEqual(dates("He spoke on Friday.", "2025-08-01"), ["on Friday=2025-08-01"]);
  assert.deepEqual(dates("He spoke on Saturday.", "2025-08-01"), ["on Saturday=2025-07-26"]);
  assert.deepEqual(dates("On Monday Russia said it would respond.", "2024-03-13"), ["On Monday=2024-03-11"]);
});

test("relative expressions resolve against the article date", () => {
  assert.deepEqual(dates("Troops arrived last week.", "2025-08-01"), ["last week=2025-07"]);
  assert.deepEqual(dates("Troops arrived last month.", "2025-08-01"), ["last month=2025-07"]);
  assert.deepEqual(dates("Troops arrived yesterday.", "2025-08-01"), ["yesterday=2025-07-31"]);
  assert.deepEqual(dates("Exports grew this year.", "2025-08-01"), ["this year=2025"]);
  assert.deepEqual(dates("Troops arrived in December.", "2025-08-01"), ["December=2024-12"]);
  assert.deepEqual(dates("Talks resumed in mid-December.", "2025-08-01"), ["mid-December=2024-12"]);
});

test("without an article date, relative expressions are left out rather than guessed", () => {
  assert.deepEqual(dates("On Monday troops arrived, as in December 2024."), ["December 2024=2024-12"]);
});

test("times of day and numbers that are not dates are ignored", () => {
  assert.deepEqual(dates("BRICS+ leaders met at 10:30 am, killing 38 people.", "2025-08-01"), []);
  assert.deepEqual(dates("Russia may march on; 2025 soldiers died.", "2025-08-01"), []);
  assert.deepEqual(dates("A day later, the second round began.", "2025-08-01"), []);
  assert.deepEqual(dates("Aid will grow over the next three years; wait for a second.", "2025-08-01"), []);
  assert.deepEqual(dates("On Thursday, talks ended.", "2025-08-01"), ["On Thursday=2025-07-31"]);
});

test("offsets from another event and durations are no event dates", () => {
  assert.deepEqual(dates("Talks ended on Monday, a day after the shelling.", "2025-08-01"), ["on Monday=2025-07-28"]);
  assert.deepEqual(dates("On Monday, two weeks before the vote, Baku protested.", "2025-08-01"), [
    "On Monday=2025-07-28",
  ]);
  assert.deepEqual(dates("He smoked 50 cigarettes in a day last month.", "2025-08-01"), ["last month=2025-07"]);
});

test("the weekend and last night are relative dates", () => {
  assert.deepEqual(dates("Troops arrived last night.", "2025-08-01"), ["last night=2025-07-31"]);
  assert.deepEqual(dates("Troops arrived over the weekend.", "2025-08-12"), ["weekend=2025-08"]);
  assert.deepEqual(dates("Troops arrived over the weekend."), []);
});

test("a weekend is the last one before the article date, at month precision", () => {
  // 2025-09-01 is a Monday: the weekend meant is 30-31 August, not the coming one.
  assert.deepEqual(dates("Troops arrived over the weekend.", "2025-09-01"), ["weekend=2025-08"]);
});

test("bare weekdays read as chrono reads them, in every punctuation", () => {
  // 2025-08-01 is a Friday.
  assert.deepEqual(dates("Baku said on Monday.", "2025-08-01"), ["on Monday=2025-07-28"]);
  assert.deepEqual(dates("Monday's talks failed; on Wednesday, they resumed.", "2025-08-01"), [
    "Monday=2025-07-28",
    "on Wednesday=2025-07-30",
  ]);
  assert.deepEqual(dates("The envoy said, Tuesday, that talks would go on.", "2025-08-01"), ["Tuesday=2025-07-29"]);
  assert.deepEqual(dates("The envoy left on Monday night.", "2025-08-01"), ["on Monday night=2025-07-28"]);
  assert.deepEqual(dates("Baku said on Monday."), []);
});

test("a year chrono reads as 0 (or any year before 1000) gives no value", () => {
  for (const text of ["in 0000 12/31/2024", "On 0000-06-30 and 12/31/0099 talks ended."]) {
    for (const d of findDates(text, tokenize(text).sentences, "2025-08-01")) assert.match(d.value, /^[1-9]\d{3}/);
  }
});

test("dates of some sentences are those the whole text's sentences give there", () => {
  // year and month phrases in some sentences, none in others, one running across a paragraph break
  const text = [
    "Talks stalled in early 2024. Nothing was signed.",
    "The army withdrew by mid-March 2023, and the deal held since 2019.",
    "A quiet year followed. Fighting resumed in late\n\n2022 after the election.",
    "The envoy came back at the end of 2021. Prices rose.",
  ].join("\n\n");
  const { sentences } = tokenize(text);
  const all = findDates(text, sentences, "2025-08-01");
  assert.equal(all.length, 4);
  for (let mask = 1; mask < 1 << Math.min(sentences.length, 10); mask++) {
    const some = sentences.filter((_, i) => mask & (1 << i));
    const kept = new Set(some.map((s) => s.index));
    assert.deepEqual(
      findDates(text, some, "2025-08-01").map((d) => [d.start, d.end, d.value, some[d.sentence]!.index]),
      all.filter((d) => kept.has(d.sentence)).map((d) => [d.start, d.end, d.value, d.sentence]),
    );
  }
});

test("a weekday in a clause about the future is the next such day, not the last", () => {
  // 2026-11-20 is a Friday: the Monday before is the 16th, the Monday after the 23rd.
  assert.deepEqual(dates("Talks between Armenia and Azerbaijan will begin in Geneva on Monday.", "2026-11-20"), [
    "on Monday=2026-11-23",
  ]);
  assert.deepEqual(dates("The vote is due on Sunday, officials said.", "2026-11-20"), ["on Sunday=2026-11-22"]);
  assert.deepEqual(dates("On Monday, Putin will travel to Beijing.", "2026-11-20"), ["On Monday=2026-11-23"]);
  assert.deepEqual(dates("Kyiv said it would respond on Tuesday morning.", "2026-11-20"), [
    "on Tuesday morning=2026-11-24",
  ]);
  // the past stays the past, including a weekday that is the article's own day
  assert.deepEqual(dates("Russia said on Monday that talks will begin soon.", "2026-11-20"), ["on Monday=2026-11-16"]);
  assert.deepEqual(dates("On Monday Russia said it would respond.", "2026-11-20"), ["On Monday=2026-11-16"]);
  assert.deepEqual(dates("Troops crossed the border on Friday.", "2026-11-20"), ["on Friday=2026-11-20"]);
  assert.deepEqual(dates("The talks scheduled for Monday were cancelled on Thursday.", "2026-11-20"), [
    "Monday=2026-11-23",
    "on Thursday=2026-11-19",
  ]);
});

test("parts of a relative year or month and of the article's own day", () => {
  // 2025-09-01 is a Monday.
  assert.deepEqual(dates("Troops will leave by the end of the year.", "2025-09-01"), ["the end of the year=2025"]);
  assert.deepEqual(dates("Talks start at the beginning of next year.", "2025-09-01"), [
    "the beginning of next year=2026",
  ]);
  assert.deepEqual(dates("The border closed at the end of last month.", "2025-01-20"), [
    "the end of last month=2024-12",
  ]);
  assert.deepEqual(dates("Drones struck overnight.", "2025-09-01"), ["overnight=2025-09-01"]);
  assert.deepEqual(dates("He said this morning that talks failed.", "2025-09-01"), ["this morning=2025-09-01"]);
  assert.deepEqual(dates("Troops moved to the border this week.", "2025-09-03"), ["this week=2025-09"]);
  assert.deepEqual(dates("Drones struck on the night of March 3.", "2025-03-12"), ["night of March 3=2025-03-03"]);
  assert.deepEqual(dates("Troops attacked on the evening of 3 March 2024.", "2025-03-12"), [
    "evening of 3 March 2024=2024-03-03",
  ]);
  // None of them is resolved against the clock when the article has no date.
  assert.deepEqual(dates("Troops will leave by the end of the year, overnight, this week."), []);
});

test("a day named without its year is the last one before the article unless the clause looks ahead", () => {
  // chrono alone picks the nearest year: "Oct. 7" written in July would be three months ahead.
  assert.deepEqual(dates("Militants attacked the border town on Oct. 7.", "2024-07-13"), ["Oct. 7=2023-10-07"]);
  assert.deepEqual(dates("The envoys will meet again on Oct. 7.", "2024-07-13"), ["Oct. 7=2024-10-07"]);
  // A day just ahead of the article's is a report dated across a time zone, not a year-old act.
  assert.deepEqual(dates("Troops crossed the border on July 14.", "2024-07-13"), ["July 14=2024-07-14"]);
});
