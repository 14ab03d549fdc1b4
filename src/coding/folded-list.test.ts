// Role mentions listed after a pattern's folded noun ("expelled two Latvian diplomats and one Estonian diplomat");
// sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("sameRoleListAfter", () => {
  it("the same people of other states, listed with 'and', are targets too", () => {
    assert.deepEqual(dyadsOf("Romania expelled two Hungarian diplomats and one Slovak diplomat.", 3), [
      "ROU>HUN:161",
      "ROU>SVK:161",
    ]);
    assert.deepEqual(dyadsOf("Poland expelled a Belarusian envoy, two Russian envoys and a Cuban envoy.", 3), [
      "POL>BLR:161",
      "POL>RUS:161",
      "POL>CUB:161",
    ]);
  });

  it("other people, or a list with no 'and', add nobody", () => {
    assert.deepEqual(dyadsOf("Romania expelled two Hungarian diplomats and three Slovak soldiers.", 3), [
      "ROU>HUN:161",
    ]);
  });

  it("people with a verb of their own start the next clause", () => {
    assert.deepEqual(dyadsOf("Romania expelled two Hungarian diplomats and Slovak diplomats protested.", 3), [
      "ROU>HUN:161",
    ]);
    assert.deepEqual(dyadsOf("Romania expelled two Hungarian diplomats, and Slovak diplomats left Bucharest.", 3), [
      "ROU>HUN:161",
    ]);
  });
});
