// Demands made by reporting what another party is obliged to do, in sentences written for this test.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 3);

describe("reported demands", () => {
  it("'said X has to', 'needs to', 'is going to have to' demand of X as 'must' does", () => {
    assert.deepEqual(dyads("Russia said Sudan must return the helicopter."), ["RUS>SDN:100"]);
    assert.deepEqual(dyads("Russia said Sudan has to return the helicopter."), ["RUS>SDN:100"]);
    assert.deepEqual(dyads("Russia said Sudan needs to pay for the damage."), ["RUS>SDN:100"]);
    assert.deepEqual(dyads("Brazil said on Tuesday that Peru is going to have to make a deal it likes."), [
      "BRA>PER:100",
    ]);
    assert.deepEqual(dyads("Germany told Iran it has to free the sailors."), ["DEU>IRN:100"]);
  });
  it("an obligation no one reports, or one already met ('had to'), demands nothing", () => {
    assert.deepEqual(dyads("Sudan has to return the helicopter to Russia."), []);
    assert.deepEqual(dyads("Russia had to withdraw its troops from Georgia."), ["RUS>GEO:087"]);
  });
});

describe("reported demands in quotation marks", () => {
  it("a quotation opening between the party and its obligation keeps the demand", () => {
    assert.deepEqual(dyadsOf('Trump said on Tuesday that China "must make a deal."', 3), ["USA>CHN:100"]);
    assert.deepEqual(dyadsOf("Trump said China “is going to have to” stop its threats.", 3), ["USA>CHN:100"]);
  });
});
