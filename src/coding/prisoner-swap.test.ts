// Prisoners swapped between two sides are people each gives back (CAMEO 0841), not information shared (064);
// sentences are made up, not taken from the suites or the real-text sets.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("a prisoner swap", () => {
  it("is a release by each side, as a verb or as a noun", () => {
    assert.deepEqual(dyadsOf("Armenia and Azerbaijan exchanged 32 detainees on Monday.", 2), [
      "ARM>AZE:08",
      "AZE>ARM:08",
    ]);
    assert.deepEqual(dyadsOf("Moscow and Kyiv carried out a prisoner swap brokered by Qatar.", 2).slice(0, 2), [
      "RUS>UKR:08",
      "UKR>RUS:08",
    ]);
    assert.deepEqual(dyadsOf("Kyiv swapped 90 prisoners of war with Moscow on Friday.", 2), [
      "UKR>RUS:08",
      "RUS>UKR:08",
    ]);
  });
  it("information exchanged is still information shared", () => {
    assert.deepEqual(dyadsOf("Armenia and Georgia exchanged information on border crossings.", 2), [
      "ARM>GEO:06",
      "GEO>ARM:06",
    ]);
  });
  it("a person handed over to a state named first is judicial cooperation, not aid", () => {
    assert.deepEqual(dyadsOf("Latvia handed over to the Lithuanian authorities a suspect wanted for fraud.", 2), [
      "LVA>LTU:06",
    ]);
    assert.deepEqual(dyadsOf("Latvia handed over to Lithuania a batch of armoured vehicles.", 2), ["LVA>LTU:07"]);
  });
});
