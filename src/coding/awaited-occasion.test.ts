// Meetings named as the occasion something is done before ("ahead of talks", "on the eve of the visit"); sentences
// are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("a meeting still to come", () => {
  it("'ahead of talks between X and Y' is their intent to meet, not talks held", () => {
    assert.deepEqual(dyadsOf("Oil prices edged higher ahead of talks between Saudi Arabia and Iran in Baghdad."), [
      "SAU>IRN:036",
      "IRN>SAU:036",
    ]);
    assert.deepEqual(dyadsOf("Before the meeting between Macron and Scholz, French officials played down a rift."), [
      "FRA>DEU:036",
      "DEU>FRA:036",
    ]);
  });
  it("'in the run-up to talks between X and Y': talks the tagger reads as a verb are still to come", () => {
    assert.deepEqual(
      dyadsOf("In the run-up to talks between India and Pakistan, Chinese diplomats were cautious.", 2),
      ["IND>PAK:03", "PAK>IND:03"],
    );
  });
  it("'in the run-up to X's visit to Y' is a plan, not a visit", () => {
    assert.deepEqual(dyadsOf("In the run-up to Erdogan's visit to Baghdad, Iraqi officials met Kurdish leaders."), [
      "TUR>IRQ:036",
    ]);
  });
  it("talks held after, during or before something else are still held", () => {
    // "before meeting" tells two acts in the order they were done.
    assert.deepEqual(dyadsOf("The Indian prime minister spoke to reporters before meeting the Japanese premier.", 2), [
      "IND>JPN:04",
      "JPN>IND:04",
    ]);
    assert.deepEqual(
      dyadsOf("After talks between Armenia and Georgia in Tbilisi, the two sides issued a statement.", 2),
      ["ARM>GEO:04", "GEO>ARM:04"],
    );
    assert.deepEqual(dyadsOf("The talks between Egypt and Ethiopia, held ahead of the rainy season, ended.", 2), [
      "EGY>ETH:04",
      "ETH>EGY:04",
    ]);
  });
  it("an act other than a meeting named before another is kept as the clause says", () => {
    assert.deepEqual(dyadsOf("Ahead of the vote, Poland criticised Hungary.", 2), ["POL>HUN:11"]);
  });
  it("a meeting whose own phrase says it is to come is planned: 'next round', 'forthcoming', 'scheduled for'", () => {
    assert.deepEqual(dyadsOf("The envoys agreed on the next round of talks between Serbia and Kosovo.", 2), [
      "SRB>XKX:03",
      "XKX>SRB:03",
    ]);
    assert.deepEqual(dyadsOf("Officials stressed the importance of the forthcoming Kazakh-Uzbek summit.", 2), [
      "KAZ>UZB:03",
      "UZB>KAZ:03",
    ]);
    assert.deepEqual(dyadsOf("The visit of the Georgian premier to Baku, scheduled for May, was also discussed.", 2), [
      "GEO>AZE:03",
    ]);
  });
  it("'the next day' and an occasion's length narrate talks held", () => {
    assert.deepEqual(dyadsOf("The next day, talks between Armenia and Georgia resumed in Tbilisi.", 2), [
      "ARM>GEO:04",
      "GEO>ARM:04",
    ]);
    assert.deepEqual(dyadsOf("The talks between Egypt and Sudan, expected to last two days, opened on Monday.", 2), [
      "EGY>SDN:04",
      "SDN>EGY:04",
    ]);
  });
  it("an occasion marked as expected that its clause says came in a past form was held; one still to come was not", () => {
    assert.deepEqual(dyadsOf("The expected meeting between Xi and Modi was held in Kazan on Wednesday.", 2), [
      "CHN>IND:04",
      "IND>CHN:04",
    ]);
    assert.deepEqual(dyadsOf("Talks between Russia and Ukraine, set for Sunday, will go ahead in Istanbul.", 2), [
      "RUS>UKR:03",
      "UKR>RUS:03",
    ]);
  });
  it("a meeting the report told as held is no plan when something is said to come before it", () => {
    const text =
      "The Polish and Czech premiers held talks in Ostrava on Friday. Before the meeting between Poland and the Czech Republic, the premiers toured a steel plant.";
    assert.deepEqual(dyadsOf(text, 2), ["POL>CZE:04", "CZE>POL:04"]);
  });
});
