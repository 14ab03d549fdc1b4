import assert from "node:assert/strict";
import { test } from "node:test";
import * as chrono from "chrono-node";
import { dateWindows } from "./date-windows.ts";

const windows = (text: string): string[] => dateWindows(text).map(([a, b]) => text.slice(a, b));

test("a window is the cue grown over date words, plus one word each side", () => {
  assert.deepEqual(windows("The ministry said on Wednesday that it would respond."), ["said on Wednesday that"]);
  assert.deepEqual(windows("Talks resumed at 10:30 a.m. on Friday, December 6th, at the embassy."), [
    "resumed at 10:30 a.m. on Friday, December 6th, at the embassy.",
  ]);
  // "by" and "the" can open a date ("by the 5th"), so the window runs on to the first other word.
  assert.deepEqual(windows("He was freed three and a half years ago by the court."), [
    "freed three and a half years ago by the court.",
  ]);
  assert.deepEqual(windows("Sondland's appearance at Wednesday morning's hearing"), [
    "appearance at Wednesday morning's hearing",
  ]);
});

test("sentences without a date cue get no window; a lone year is no cue", () => {
  assert.deepEqual(windows("Russia and Belarus signed a treaty on energy."), []);
  assert.deepEqual(windows("The army left in 2023 with 1500 troops."), []);
  assert.deepEqual(windows("He gave money to the monument fund."), []);
});

test("words that look like dates to a loose scan wake nothing", () => {
  assert.deepEqual(windows("Moscow may respond; the march went on."), []);
  assert.deepEqual(windows("A 20-year-old man and his party's previous months were discussed."), []);
  assert.deepEqual(windows("Prices rose 2.5 percent to $238.99 after a 6-4 win in the 21st century."), []);
  assert.deepEqual(windows("Exports rose 4 percent in May and over the past decade."), [
    "percent in May and over the past decade.",
  ]);
});

test("numeric dates in the shapes chrono reads, and units with a number or 'this'/'last'", () => {
  assert.deepEqual(windows("Elections set for 12/2024 were delayed."), ["set for 12/2024 were"]);
  assert.deepEqual(windows("Troops left on 30.06.2025 at dawn."), ["left on 30.06.2025 at dawn."]);
  assert.deepEqual(windows("Troops left two years ago."), ["left two years ago."]);
  assert.deepEqual(windows("It grew this year."), ["grew this year."]);
});

test("cues close together share one window", () => {
  assert.deepEqual(windows("Between 5 March and 7 June 2024 the talks stalled."), [
    "Between 5 March and 7 June 2024 the talks",
  ]);
  assert.equal(windows("On Monday the minister met envoys, and on Friday he flew to Baku.").length, 2);
});

test("chrono finds the same dates in the windows as in the whole sentence", () => {
  const ref = new Date(2025, 7, 1, 12);
  const sentences = [
    "Azerbaijan said on Wednesday it had summoned the Russian envoy over the crash in December 2024.",
    "The talks, held from 5 to 7 December 2024 in Geneva, ended on Saturday, December 7, at 6:38 p.m. local time.",
    "Officials met last week and again yesterday; a deal is expected by March 3.",
    "The ceasefire agreed three weeks ago was broken on Monday morning near the border.",
    "In May, the ministry said, and on the 5th of June, 2025 the envoy returned.",
  ];
  const key = (r: chrono.ParsedResult, offset: number) =>
    `${offset + r.index}:${r.text}:${r.start.date().toISOString()}`;
  for (const s of sentences) {
    const whole = chrono.en.parse(s, ref, { forwardDate: false }).map((r) => key(r, 0));
    const parts = dateWindows(s).flatMap(([a, b]) =>
      chrono.en.parse(s.slice(a, b), ref, { forwardDate: false }).map((r) => key(r, a)),
    );
    assert.ok(whole.length > 0, s);
    assert.deepEqual(parts, whole, s);
  }
});
