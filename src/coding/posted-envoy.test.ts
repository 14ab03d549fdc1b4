// An ambassador's arrival, or an arrival dated years back, is a posting or residence, not a visit: invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 3);

describe("postedArrival", () => {
  it("an ambassador arriving in a capital takes up a post there", () => {
    assert.deepEqual(dyads("The Indian ambassador, who arrived in Tokyo last year, speaks fluent Japanese."), []);
    assert.deepEqual(dyads("The new Brazilian ambassador arrived in Lisbon on Monday."), []);
  });

  it("an arrival dated a year or more before the article is where someone serves now", () => {
    // dyadsOf dates its texts 2025-08-01.
    assert.deepEqual(dyads("The Turkish envoy, who arrived in Baku in 2019, praised Azerbaijan."), ["TUR>AZE:051"]);
    assert.deepEqual(dyads("The Egyptian delegation arrived in Khartoum two years ago."), []);
  });

  it("a minister or an envoy arriving now is still a visit", () => {
    assert.deepEqual(dyads("The Indian foreign minister arrived in Tokyo on Monday."), ["IND>JPN:042"]);
    assert.deepEqual(dyads("The Turkish envoy arrived in Baku in 2025."), ["TUR>AZE:042"]);
  });
});

describe("envoyHost", () => {
  it("an envoy posted to a state and summoned with no one named: the host summoned", () => {
    assert.deepEqual(dyads("Mexico's ambassador to Ecuador was summoned on Tuesday."), ["ECU>MEX:114"]);
    assert.deepEqual(dyads("The Ecuadorian envoy to Mexico has been summoned to the foreign ministry."), [
      "MEX>ECU:114",
    ]);
  });

  it("a named summoner wins; an envoy with no post, or another act, gives the host nothing", () => {
    assert.deepEqual(dyads("Mexico's ambassador to Ecuador was summoned by Peru."), ["PER>MEX:114"]);
    assert.deepEqual(dyads("The Mexican ambassador was summoned on Tuesday."), []);
    assert.deepEqual(dyads("Mexico's ambassador to Ecuador was praised on Tuesday."), []);
  });

  it("an envoy summoned home or for consultations is recalled by the state that posted them, not summoned by the host", () => {
    assert.deepEqual(dyads("Mexico's ambassador to Ecuador was summoned home on Tuesday."), []);
    assert.deepEqual(dyads("The Ecuadorian envoy to Mexico has been summoned for consultations."), []);
    assert.deepEqual(dyads("Mexico's ambassador to Ecuador was summoned back after the raid."), []);
  });
});

describe("diplomats ordered to leave (gov=T)", () => {
  it("diplomats ordered to leave a state are expelled by it; other people told to leave are not", () => {
    assert.deepEqual(dyads("Three Cuban diplomats were ordered to leave Panama."), ["PAN>CUB:161"]);
    assert.deepEqual(dyads("Thousands of Haitian workers were ordered to leave Panama."), []);
  });
});
