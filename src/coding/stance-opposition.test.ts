// "Opposition" after a possessive as a stance, not a party (stance-opposition.ts).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText as codeOf, dyadsOf } from "../../test/code-text.ts";

describe("withoutStanceOpposition", () => {
  it("a state's own opposition as a stance is never the target of its own act", () => {
    assert.deepEqual(dyadsOf("Slovakia voiced its opposition to the plan.", 2), []);
    assert.deepEqual(dyadsOf("Bulgaria dropped its opposition.", 2), []);
  });
  it("dropping an opposition to a named party yields to that party (08)", () => {
    assert.deepEqual(dyadsOf("Bulgaria dropped its opposition to the membership of Albania.", 2), ["BGR>ALB:08"]);
  });
  it("a state's opposition to something, criticised, is the state's", () => {
    const [event] = codeOf("Iran's opposition to the deal drew criticism from Qatar.");
    assert.equal(`${event?.source}>${event?.target}`, "QAT>IRN");
    assert.equal(event?.targetActor?.role, undefined);
  });
  it("the political opposition stays a party: its leaders, or the opposition that speaks", () => {
    assert.deepEqual(dyadsOf("The Serbian government arrested its opposition leaders.", 2), ["SRB>SRB:17"]);
    // After a verb of force, with no stance object, the opposition is people.
    assert.deepEqual(dyadsOf("The Serbian government jailed its opposition and banned the media.", 2), ["SRB>SRB:17"]);
    assert.deepEqual(dyadsOf("Belarus arrested its opposition in a wave of raids.", 2), ["BLR>BLR:17"]);
    assert.deepEqual(dyadsOf("Belarus's opposition leader met the Polish president.", 2), ["BLR>POL:04", "POL>BLR:04"]);
  });
});
