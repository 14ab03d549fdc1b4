// A gerund of reason after "for" is done by the party the main verb acts on: invented sentences, should / should not.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("reasonDoer", () => {
  it("the object before 'for ...ing' does the gerund's act, not the clause subject", () => {
    assert.deepEqual(dyadsOf("Moscow could retaliate against Finland for joining NATO.", 2), ["FIN>NATO:05"]);
    assert.deepEqual(dyadsOf("Brussels fined Poland for refusing to take in migrants from Belarus.", 2), [
      "POL>BLR:12",
    ]);
  });

  it("a place before 'for' is where the main act happened, not the gerund's doer", () => {
    assert.deepEqual(dyadsOf("A Canadian priest was detained in Iran for cooperating with Israel.", 2), ["IRN>CAN:17"]);
  });
});
