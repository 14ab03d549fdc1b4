// The toll of a conflict told in a relative clause; sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("the toll of a conflict", () => {
  it("'fighting that has killed thousands' is no killing by the sentence's parties", () => {
    assert.deepEqual(
      dyadsOf("Rwanda and Congo signed a peace agreement to end fighting that has killed thousands.", 2),
      ["RWA>COD:05", "COD>RWA:05"],
    );
  });
  it("a strike or an offensive that killed is its agent's act", () => {
    assert.deepEqual(dyadsOf("Russia launched an offensive that killed hundreds of Ukrainian soldiers.", 2), [
      "RUS>UKR:19",
    ]);
  });
});
