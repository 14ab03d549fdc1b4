// A pattern's actor slot on invented sentences: a state named as a bloc's member ("NATO country Romania") fills it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("slotAt: a bloc's member named after the bloc", () => {
  it("'the airspace of NATO member X': the state is the target, not the bloc", () => {
    assert.deepEqual(dyadsOf("A Russian jet entered the airspace of NATO member Estonia.", 3), ["RUS>EST:150"]);
    assert.deepEqual(dyadsOf("Serbian drones entered the airspace of EU country Croatia.", 3), ["SRB>HRV:150"]);
  });

  it("a bloc named alone still fills the slot", () => {
    assert.deepEqual(dyadsOf("A Russian jet entered the airspace of NATO.", 3), ["RUS>NATO:150"]);
  });
});
