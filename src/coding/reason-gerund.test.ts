// A gerund of reason after "for" is done by the party the main verb acts on: invented sentences, should / should not.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("reasonDoer", () => {
  it("the object before 'for ...ing' does the gerund's act, not the clause subject", () => {
    assert.deepEqual(dyadsOf("Moscow could retaliate against Finland for joining NATO.", 2), ["FIN>NATO:05"]);
    assert.deepEqual(dyadsOf("Brussels fined Poland for refusing to take in migrants from Belarus.", 2), [
      "EU>POL:17",
      "POL>BLR:12",
    ]);
  });

  it("a place before 'for' is where the main act happened, not the gerund's doer", () => {
    assert.deepEqual(dyadsOf("A Canadian priest was detained in Iran for cooperating with Israel.", 2), ["IRN>CAN:17"]);
  });

  it("a common-noun object of a judging verb did the gerund's act: no party, never the clause subject", () => {
    assert.deepEqual(dyadsOf("Canada sanctioned twelve individuals for supporting Iran's drone programme.", 2), []);
    assert.deepEqual(dyadsOf("Japan fined three trading firms for exporting machine tools to Russia.", 2), []);
    assert.deepEqual(dyadsOf("Britain blacklisted banks from third countries for cooperating with Belarus.", 2), []);
  });

  it("a judging verb with a party as its object, or a gerund of purpose, keeps its doer", () => {
    // The fine is a penalty on Iran (172), and the trade it is imposed for is Iran's own act.
    assert.deepEqual(dyadsOf("Japan fined Iran for exporting machine tools to Russia.", 2), [
      "JPN>IRN:17",
      "IRN>RUS:06",
    ]);
    assert.deepEqual(dyadsOf("The US sanctioned Iran for supplying drones to Russia.", 2), [
      "USA>IRN:16",
      "IRN>RUS:07",
    ]);
    // A word of blame's reason may be an old act: it stays the blame's.
    assert.deepEqual(dyadsOf("Sweden condemned Iran for executing a Swedish citizen.", 2), ["SWE>IRN:11"]);
    assert.deepEqual(dyadsOf("The EU allocated funds for supporting Moldova.", 2), ["EU>MDA:05"]);
  });

  it("a gerund joined to the reason's gerund by 'and' shares its doer", () => {
    assert.deepEqual(dyadsOf("Canada fined two banks for serving Iran and supporting Syria.", 2), []);
    assert.deepEqual(dyadsOf("The EU fined Hungary for refusing refugees and supporting Belarus.", 2), [
      "EU>HUN:17",
      "HUN>BLR:05",
    ]);
  });
});
