// An act after a plan or an attempt that another party judges or blocks was not done, and the one judging it is not
// its agent (opposedPlan, unasserted-act.ts); a plan blocked is a rejection of its owner.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("plans and attempts opposed by another party", () => {
  it("the plan's act is not the act of whoever condemns or protests it", () => {
    assert.deepEqual(dyadsOf("China condemned any attempt to sell weapons to Taiwan.", 2), []);
    assert.deepEqual(dyadsOf("Beijing protested plans to sell F-16 jets to Taiwan.", 2), []);
  });

  it("a plan blocked is the blocker's rejection of its owner, and its act is not done", () => {
    assert.deepEqual(dyadsOf("Hungary blocked the EU's plan to end imports of Russian gas.", 2), ["HUN>EU:12"]);
  });

  it("a plan its owner announces or a decision taken still codes", () => {
    assert.deepEqual(dyadsOf("The EU announced plans to impose sanctions on Belarus.", 2), ["EU>BLR:16"]);
    assert.deepEqual(dyadsOf("Lithuania welcomed China's decision to lift sanctions on Lithuanian beef.", 2).sort(), [
      "CHN>LTU:08",
      "LTU>CHN:05",
    ]);
  });
});
