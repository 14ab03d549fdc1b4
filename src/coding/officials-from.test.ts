// Officials "from" a party stand for it ("ambassadors from the EU"); sentences invented.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("officials from a party", () => {
  it("officials from parties, as the object, make each party the target, not a place", () => {
    assert.deepEqual(dyadsOf("Ghana accused ambassadors from Togo and Benin of meddling in its election.", 2), [
      "GHA>TGO:11",
      "GHA>BEN:11",
    ]);
  });
  it("officials called home from a state still leave it", () => {
    assert.deepEqual(dyadsOf("Ghana recalled its ambassador from Togo on Friday.", 2), ["GHA>TGO:16"]);
  });
  it("a capitalised plural opening the sentence, read by the tagger as a name, is still the officials' noun", () => {
    assert.deepEqual(dyadsOf("Delegations from Ghana and Togo met in Lome on Monday.", 2), [
      "GHA>TGO:04",
      "TGO>GHA:04",
    ]);
  });
});
