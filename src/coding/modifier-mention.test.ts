// Mentions that are not parties of their own; sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("mentions the source owns", () => {
  it("'its troops' is what the source moves, not whom it acts on; the state left is the target", () => {
    assert.deepEqual(dyadsOf("Russia pulled its troops out of Moldova.", 3), ["RUS>MDA:087"]);
    assert.deepEqual(dyadsOf("Syria pulled its forces out of Lebanon on Sunday.", 3), ["SYR>LBN:087"]);
    assert.deepEqual(dyadsOf("Russia will pull its troops out of Moldova by the end of the year.", 2), ["RUS>MDA:03"]);
  });
  it("another state's troops after the verb stay its target", () => {
    assert.ok(dyadsOf("Russia attacked Georgian troops near Gori.", 2).includes("RUS>GEO:19"));
  });
});
