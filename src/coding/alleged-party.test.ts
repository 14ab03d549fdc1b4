// Alleging something of a party accuses it; sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("a party alleged of is accused (112)", () => {
  it("'X alleged that Y ...' with no hostile act in the clause accuses Y", () => {
    // Before, only a hostile act in the clause ("had shelled") made an accusation; these coded nothing.
    assert.deepEqual(dyadsOf("Baku alleged that Yerevan was aware of the plot.", 3), ["AZE>ARM:112"]);
    assert.deepEqual(dyadsOf("Georgia has alleged that Russia supported the separatists.", 3), ["GEO>RUS:112"]);
    assert.deepEqual(dyadsOf("Tbilisi alleged on Tuesday that Moscow was financing the protests.", 3), ["GEO>RUS:112"]);
    assert.deepEqual(dyadsOf("Kyiv alleged that Minsk and Moscow had coordinated the drills.", 3), [
      "UKR>BLR:112",
      "UKR>RUS:112",
    ]);
  });
  it("the speaker may close the sentence: 'Y ..., X alleged'", () => {
    assert.deepEqual(dyadsOf("Lithuania sheltered the plotters, Minsk alleged.", 3), ["BLR>LTU:112"]);
  });
  it("no accusation without a party on both sides, of one's own side, or when the alleging is denied", () => {
    assert.deepEqual(dyadsOf("A report released in the capital alleged that France was aware of the plans.", 3), []);
    assert.deepEqual(dyadsOf("Baku alleged that the protesters had been paid.", 3), []);
    assert.deepEqual(dyadsOf("Moscow alleged that Russian diplomats were harassed.", 3), []);
    assert.deepEqual(dyadsOf("Baku did not allege that Armenia was involved.", 3), []);
    // A passive clause's subject suffers the act: Ukraine is not accused of being supplied.
    assert.deepEqual(dyadsOf("Moscow alleged that Ukraine had been supplied with British cruise missiles.", 3), []);
    assert.deepEqual(dyadsOf("Tehran alleged that Iraq was pressured into signing the deal.", 3), []);
    assert.deepEqual(dyadsOf("Baku alleged that Armenia was being financed through foreign foundations.", 3), []);
    // A participle of taking part still accuses its subject.
    assert.deepEqual(dyadsOf("Baku alleged that Armenia was involved in the plot.", 3), ["AZE>ARM:112"]);
    // "alleged" before a noun hedges the noun's act; it accuses no one.
    assert.deepEqual(dyadsOf("Kyiv denied the alleged Ukrainian drone attack.", 3), []);
  });
});
