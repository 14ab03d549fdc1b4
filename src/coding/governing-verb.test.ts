// A governing verb's reach over infinitives coordinated under its "to" (sharedInfinitive), on invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("sharedInfinitive", () => {
  it("a threat over 'to A and B' makes B a threat too, not an act done", () => {
    assert.deepEqual(dyadsOf("Moscow threatened to suspend talks and withdraw its troops from Armenia.", 2), [
      "RUS>ARM:13",
    ]);
    assert.deepEqual(dyadsOf("Iran threatened to close the strait, expel inspectors or attack Israel.", 2), [
      "IRN>ISR:13",
    ]);
  });
  it("a plan over 'to A and B' is an intent for B as well", () => {
    assert.deepEqual(dyadsOf("Russia plans to end the talks and withdraw its peacekeepers from Armenia.", 2), [
      "RUS>ARM:03",
    ]);
  });
  it("a refusal over 'to A and B' spares B's target, as it spares A's", () => {
    const dyads = dyadsOf("Turkey refused to recognise the vote and expel the Swedish ambassador.", 2);
    assert.deepEqual(
      dyads.filter((d) => d.endsWith(":16")),
      [],
    );
  });
  it("a finite second verb has its own mood: 'suspended talks and withdrew' is done", () => {
    assert.deepEqual(dyadsOf("Russia suspended talks and withdrew its troops from Armenia.", 2), ["RUS>ARM:08"]);
    assert.deepEqual(dyadsOf("Russia threatened Armenia and withdrew its troops from Georgia.", 2), [
      "RUS>ARM:13",
      "RUS>GEO:08",
    ]);
  });
});
