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
