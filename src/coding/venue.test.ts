// An organisation named as where an act was done ("at the UN") or whose own gathering the act happens at ("the Arab
// League summit") is no party to it: invented sentences, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 3).sort();

describe("isVenue", () => {
  it("an organisation after 'at' is where the act was done, not its target", () => {
    assert.deepEqual(dyads("India and Pakistan criticised each other at the United Nations."), [
      "IND>PAK:110",
      "PAK>IND:110",
    ]);
    assert.deepEqual(dyads("Armenia and Azerbaijan traded accusations at the OSCE."), ["ARM>AZE:112", "AZE>ARM:112"]);
  });

  it("a clash at a diplomatic venue is words, not force; a clash at a place is fighting", () => {
    assert.deepEqual(dyads("Russia and Ukraine clashed at the UN Security Council."), ["RUS>UKR:111", "UKR>RUS:111"]);
    assert.deepEqual(dyads("China and the US clashed during the talks."), ["CHN>USA:111", "USA>CHN:111"]);
    assert.deepEqual(dyads("Russia and Ukraine clashed at the border."), ["RUS>UKR:190", "UKR>RUS:190"]);
    assert.deepEqual(dyads("Armenian and Azerbaijani forces clashed on the border."), ["ARM>AZE:190", "AZE>ARM:190"]);
  });

  it("a place on or near a border is no act on the state across it; the border itself, or its villages, is", () => {
    assert.deepEqual(dyads("Ghana closed a school on the Togo border."), []);
    assert.deepEqual(dyads("Zambian police arrested smugglers on the Malawi border."), []);
    assert.deepEqual(dyads("Zambia closed its border with Malawi."), ["ZMB>MWI:160"]);
    assert.deepEqual(dyads("Kenya said Ugandan raids on Kenyan border villages continued."), ["UGA>KEN:195"]);
  });

  it("an organisation named as whom the act is aimed at or addressed to is still its target", () => {
    assert.deepEqual(dyads("Russia lashed out at NATO."), ["RUS>NATO:111"]);
    assert.deepEqual(dyads("Turkey hit out at the EU over migration."), ["TUR>EU:111"]);
    assert.deepEqual(dyads("Armenia appealed to the OSCE."), ["ARM>OSCE:020"]);
    assert.deepEqual(dyads("Armenia complained to the UN about Azerbaijan."), ["ARM>UN:114"]);
    // Balking or bristling at an organisation shies from it: "at" names what the verb resents, not a venue.
    assert.deepEqual(dyads("Hungary balked at the EU."), ["HUN>EU:120"]);
    assert.deepEqual(dyads("Hungary balked at the EU's plan."), ["HUN>EU:120"]);
  });
});

describe("a seat of power after 'at'", () => {
  it("is where the sides met or signed, not a third party", () => {
    assert.deepEqual(dyads("Rwanda and Congo signed a peace deal at the White House on Thursday."), [
      "COD>RWA:057",
      "RWA>COD:057",
    ]);
    assert.deepEqual(dyads("Egyptian and Sudanese envoys held talks at the Kremlin on Tuesday."), [
      "EGY>SDN:040",
      "SDN>EGY:040",
    ]);
  });

  it("names the hosts when the acting side is one party", () => {
    assert.deepEqual(dyads("The Kenyan president held talks at the White House on Friday."), [
      "KEN>USA:040",
      "USA>KEN:040",
    ]);
  });

  it("is still the target of an act aimed at it, and whom its possessive names", () => {
    assert.deepEqual(dyads("Tehran lashed out at the White House over the new tariffs."), ["IRN>USA:111"]);
    assert.deepEqual(dyads("Ukraine launched drones at the Kremlin."), ["UKR>RUS:194"]);
    assert.deepEqual(dyads("Hungary balked at the Kremlin's plan."), ["HUN>RUS:120"]);
  });
});

describe("organisationGathering", () => {
  it("an organisation's own summit is a venue: attending or addressing it meets no one", () => {
    assert.deepEqual(dyads("The Egyptian president is scheduled to address the Arab League summit on Tuesday."), []);
    assert.deepEqual(dyads("Russia criticised Ukraine at the summit of the SCO."), ["RUS>UKR:110"]);
  });

  it("a summit or meeting that names its partners is still a meeting between them", () => {
    assert.deepEqual(dyads("The EU summit with Turkey ended without a deal."), ["EU>TUR:044", "TUR>EU:044"]);
    assert.deepEqual(dyads("A meeting of NATO and Russia took place."), ["NATO>RUS:040", "RUS>NATO:040"]);
  });
});

describe("a meeting place is no party", () => {
  it("parties convening somewhere meet each other, not the state they meet in", () => {
    assert.deepEqual(dyads("Russian and US officials convened in Saudi Arabia on Tuesday."), [
      "RUS>USA:040",
      "USA>RUS:040",
    ]);
    assert.deepEqual(dyads("Iranian and British diplomats convened on Monday in Oman."), [
      "GBR>IRN:040",
      "IRN>GBR:040",
    ]);
  });

  it("a gathering attended in a place does not visit the place's state; travel to the state itself does", () => {
    assert.deepEqual(dyads("Putin and Erdogan attended the summit in Astana."), []);
    assert.deepEqual(dyads("The Armenian premier attended the talks in Abu Dhabi."), []);
    assert.deepEqual(dyads("Zelensky arrived in Saudi Arabia on Monday."), ["UKR>SAU:042"]);
    assert.deepEqual(dyads("Erdogan flew to Baku for the summit."), ["TUR>AZE:042"]);
    assert.deepEqual(dyads("Saudi Arabia hosted talks between Russian and US officials."), [
      "SAU>RUS:043",
      "SAU>USA:043",
    ]);
  });
});
