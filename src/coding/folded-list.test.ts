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

describe("demonymsListedBefore", () => {
  it("demonyms listed before the folded noun share it, however long the list", () => {
    assert.deepEqual(dyadsOf("Slovakia closed the Czech and Austrian consulates.", 3), ["SVK>CZE:161", "SVK>AUT:161"]);
    assert.deepEqual(dyadsOf("Slovakia closed the Czech, Austrian, Polish and Hungarian consulates.", 3), [
      "SVK>CZE:161",
      "SVK>AUT:161",
      "SVK>POL:161",
      "SVK>HUN:161",
    ]);
  });

  it("a demonym not joined to the folded mention by 'and' or 'or' lists nothing", () => {
    assert.deepEqual(dyadsOf("Slovakia closed the Czech consulate.", 3), ["SVK>CZE:161"]);
    assert.deepEqual(dyadsOf("Slovakia closed its consulate after Czech and Austrian complaints.", 3), []);
  });
});
