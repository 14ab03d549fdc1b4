// A gathering named with its parties after it meets only if it took place and its parties are states.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("gathering parties: private people and counterfactual parties", () => {
  it("business people, students or artists from two states meeting are no meeting of the states", () => {
    assert.deepEqual(dyadsOf("The forum gathered investors from Kazakhstan and Uzbekistan.", 3), []);
    assert.deepEqual(dyadsOf("The conference gathered students from Kazakhstan and Uzbekistan.", 3), []);
    assert.deepEqual(dyadsOf("The forum brought together artists from Kazakhstan and Uzbekistan.", 3), []);
    // their officials still meet
    assert.deepEqual(dyadsOf("The forum brought together officials from Kazakhstan and Uzbekistan.", 3), [
      "KAZ>UZB:040",
      "UZB>KAZ:040",
    ]);
  });

  it("a party the talks 'would have included' did not meet; one they included did", () => {
    assert.deepEqual(dyadsOf("The talks were co-chaired by Norway and would have included Israel.", 3), []);
    assert.deepEqual(dyadsOf("The talks were co-chaired by Norway and included Israel.", 3), [
      "NOR>ISR:040",
      "ISR>NOR:040",
    ]);
  });
});
