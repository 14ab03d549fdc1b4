// Where a party stands in its clause; sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("party positions", () => {
  it("the object after the particle of a governed verb is the target ('threatened to shoot down X')", () => {
    assert.deepEqual(dyadsOf("Iraq threatened to shoot down American planes patrolling the no-fly zone.", 2), [
      "IRQ>USA:13",
    ]);
    assert.deepEqual(dyadsOf("Serbia threatened to shut down Albanian schools.", 2), ["SRB>ALB:13"]);
  });
});
