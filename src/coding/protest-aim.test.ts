// A protest whose purpose participle names another state is aimed at that state, not at the protesters' own
// government. Invented sentences in wire style, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("purposeAim", () => {
  it("aims a rally at the state its purpose names", () => {
    const withdraw =
      "Thousands of Moldovans rallied in Chisinau on Saturday demanding the withdrawal of Russian troops.";
    assert.deepEqual(dyadsOf(withdraw, 2), ["MDA>RUS:14"]);
    assert.deepEqual(dyadsOf("Students marched in Seoul demanding an apology from Japan.", 2), ["KOR>JPN:14"]);
    // Unnamed protesters are the place's people.
    assert.deepEqual(dyadsOf("Thousands demonstrated in Hong Kong demanding an end to Chinese rule.", 2), [
      "HKG>CHN:14",
    ]);
  });

  it("leaves the protesters' own government when the purpose names no other state as its aim", () => {
    assert.deepEqual(dyadsOf("Thousands of Serbs rallied in Belgrade demanding elections in Serbia.", 2), [
      "SRB>SRB:14",
    ]);
    assert.deepEqual(dyadsOf("Farmers protested in Warsaw demanding a ban on Ukrainian grain imports.", 2), [
      "POL>POL:14",
    ]);
    const later = "Thousands of Georgians rallied in Tbilisi demanding the government drop a law modelled on Russia's.";
    assert.deepEqual(dyadsOf(later, 2), ["GEO>GEO:14"]);
  });
});
