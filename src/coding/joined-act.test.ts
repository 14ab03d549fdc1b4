// "joined X in doing Y" codes the act done alongside X, and no joining of X, on invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("joinedInAct", () => {
  it("the act joined in is the subject's own, on its own object; those joined get no event", () => {
    assert.deepEqual(dyadsOf("Finland joined Germany and France in condemning Russia.", 2), ["FIN>RUS:11"]);
    assert.deepEqual(dyadsOf("Poland joined the United States in imposing sanctions on Belarus.", 2), ["POL>BLR:16"]);
  });
  it("joining with no act after 'in' is still joining", () => {
    assert.deepEqual(dyadsOf("Finland joined NATO in spring.", 2), ["FIN>NATO:05"]);
    assert.deepEqual(dyadsOf("Finland joined NATO in 2023.", 2), ["FIN>NATO:05"]);
  });
  it("a negated joining leaves the act not done", () => {
    assert.deepEqual(dyadsOf("Turkey has not joined its allies in imposing sanctions on Russia.", 2), []);
  });
});

describe("joinsPeers", () => {
  it("joining states as one more of them is no accession to, or deal with, those states", () => {
    assert.deepEqual(
      dyadsOf(
        "Moldova became the ninth country to receive Romanian electricity, joining Bulgaria, Greece and Serbia.",
        2,
      ),
      [],
    );
    assert.deepEqual(dyadsOf("Ecuador joined Peru and Chile as the third buyer of the Korean howitzer.", 2), []);
  });
  it("joining an organisation, or states in an act, still codes", () => {
    assert.deepEqual(dyadsOf("Montenegro joined NATO in June.", 2), ["MNE>NATO:05"]);
    assert.deepEqual(dyadsOf("Finland joined Germany and France in condemning Russia.", 2), ["FIN>RUS:11"]);
  });
});
