import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText } from "../../test/code-text.ts";
import { spokenAct } from "./spoken-date.ts";

// 2025-08-01 is a Friday.
const dated = (text: string) => codeText(text, "2025-08-01").map((e) => `${e.source}>${e.target}:${e.cameo}@${e.when}`);

describe("spokenAct", () => {
  it("reads statements, intents, demands, charges, threats and protests as said, and force as done", () => {
    assert.deepEqual(spokenAct("112", "asserted"), { future: false });
    assert.deepEqual(spokenAct("036", "future"), { future: true });
    assert.deepEqual(spokenAct("138", "future"), { future: true });
    assert.equal(spokenAct("173", "asserted"), undefined);
    assert.equal(spokenAct("150", "future"), undefined);
  });
});

describe("a spoken act is dated by its saying, not by what it speaks of", () => {
  it("a future act coded as its intent leaves the plan's date to the plan", () => {
    assert.deepEqual(dated("Mongolia will host the Chinese foreign minister in March 2026."), [
      "MNG>CHN:036@2025-08-01",
    ]);
    assert.deepEqual(dated("Peru will sign a fisheries agreement with Chile next year."), ["PER>CHL:032@2025-08-01"]);
  });
  it("a date after the gerund a statement is about is that act's", () => {
    assert.deepEqual(dated("Moldova accused Russia of backing separatists since 1992."), ["MDA>RUS:112@2025-08-01"]);
    assert.deepEqual(dated("Kenya thanked Uganda for hosting the refugees in 2019."), ["KEN>UGA:051@2025-08-01"]);
  });
  it("with no date of its own, a statement takes the day a verb of saying gives", () => {
    assert.deepEqual(dated("Qatar will mediate talks between Sudan and Chad in 2026, an official said on Wednesday."), [
      "QAT>SDN:036@2025-07-30",
      "QAT>TCD:036@2025-07-30",
    ]);
    // A done act is not dated by the day it was reported.
    assert.deepEqual(dated("Russian troops shelled Kharkiv, Ukrainian officials said on Monday."), [
      "RUS>UKR:194@2025-08-01",
    ]);
  });
  it("controls: a date before the complement dates the statement; a done act keeps its date", () => {
    assert.deepEqual(dated("Moldova on Tuesday accused Russia of backing separatists since 1992."), [
      "MDA>RUS:112@2025-07-29",
    ]);
    assert.deepEqual(dated("Tajikistan on Tuesday pledged to sign a border treaty with Kyrgyzstan in 2026."), [
      "TJK>KGZ:032@2025-07-29",
    ]);
    assert.deepEqual(dated("Azerbaijan detained two Iranian citizens in March 2024."), ["AZE>IRN:173@2024-03"]);
  });
});
