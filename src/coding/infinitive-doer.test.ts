// Who does a "to"-infinitive's act when the clause subject does not: invented sentences, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 2).sort();

describe("infinitiveDoer", () => {
  it("the object of a verb that makes it act does the infinitive's act", () => {
    assert.deepEqual(dyads("The border clash prompted Peru to recall its ambassador from Ecuador."), ["PER>ECU:16"]);
    assert.deepEqual(dyads("The shelling has led Armenia to demand the withdrawal of Azerbaijani troops."), [
      "ARM>AZE:10",
    ]);
    // denied, hedged, or a request ("pushed X to"): no act done by the object
    assert.deepEqual(dyads("The report did not prompt Peru to recall its ambassador from Ecuador."), []);
    assert.deepEqual(dyads("The clash could prompt Peru to recall its ambassador from Ecuador."), []);
    assert.deepEqual(dyads("France pushed Germany to sign the deal."), ["FRA>DEU:02"]);
  });

  it("a plan blocked is the blocker's rejection of its owner, whose planned act is not done", () => {
    // Session 23: the plan's act was coded as its owner's intent (EU>RUS 13); blocked, it will not happen, and the
    // news is the veto (opposedPlan, unasserted-act.ts; '120 block * plan|plans').
    assert.deepEqual(dyads("Slovakia blocked the EU's plan to end imports of Russian gas."), ["SVK>EU:12"]);
    assert.deepEqual(dyads("Slovakia blocked a plan by the EU to end imports of Russian gas."), ["SVK>EU:12"]);
    // A possessive written with the apostrophe alone is one too (parties.hasPossessive); before, Slovakia was the
    // owner of "the United States' plan".
    assert.deepEqual(dyads("Slovakia blocked the United States' plan to end imports of Russian gas."), ["SVK>USA:12"]);
    assert.deepEqual(dyads("Slovakia blocked the EU’s plan to end imports of Russian gas."), ["SVK>EU:12"]);
  });
});
