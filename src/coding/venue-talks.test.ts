// Two states travelling to a third for talks meet each other there; the third is the venue: invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 3).sort();

describe("withVenueTalks", () => {
  it("two states' delegations arriving somewhere for talks meet each other, not the place's state", () => {
    assert.deepEqual(dyads("Sudanese and Chadian delegations arrived in Nairobi for talks on Monday."), [
      "SDN>TCD:040",
      "TCD>SDN:040",
    ]);
    assert.deepEqual(dyads("Serbian and Kosovar negotiators flew to Oslo for a new round of talks."), [
      "SRB>XKX:040",
      "XKX>SRB:040",
    ]);
  });

  it("one traveller, talks with someone named, or a journey for something else stays a visit", () => {
    assert.deepEqual(dyads("Erdogan flew to Baku for talks."), ["TUR>AZE:042"]);
    assert.deepEqual(dyads("Serbian and Kosovar leaders arrived in Brussels for talks with EU officials."), [
      "SRB>EU:042",
      "XKX>EU:042",
    ]);
    assert.deepEqual(dyads("Putin and Xi travelled to Astana for the summit."), ["CHN>KAZ:042", "RUS>KAZ:042"]);
  });
});
