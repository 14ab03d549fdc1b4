// Counts bounded by "at least", "more than", "up to" before the people an act is done to or by; sentences invented.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("count bounds", () => {
  it("a bounded count before the victims keeps them the passive's subject", () => {
    assert.deepEqual(dyadsOf("At least 14 Nigerien soldiers were killed by Malian militiamen.", 2), ["MLI>NER:19"]);
    assert.deepEqual(dyadsOf("More than 300 Afghan migrants were expelled by Iran last week.", 2), ["IRN>AFG:16"]);
  });
  it("a bounded count after a verb that must take an object is its object, not a passive", () => {
    assert.deepEqual(dyadsOf("Eritrean troops killed at least 40 Ethiopian farmers.", 2), ["ERI>ETH:19"]);
    assert.deepEqual(dyadsOf("Kenyan police detained up to 25 Somali traders.", 2), ["KEN>SOM:17"]);
  });
});
