// Deals that came to nothing; sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("a deal that came to nothing", () => {
  it("a deal that collapsed, fell through or fell apart before it was signed was never signed", () => {
    assert.deepEqual(dyadsOf("The deal between Russia and Ukraine collapsed before it was signed."), []);
    assert.deepEqual(dyadsOf("The grain deal between Russia and Turkey collapsed before it could be signed."), []);
    assert.deepEqual(dyadsOf("The agreement between Moldova and Romania fell through before signing."), []);
    assert.deepEqual(dyadsOf("A gas deal between Bulgaria and Turkey fell apart last year."), []);
  });
  it("a failed or aborted deal is no signing either", () => {
    assert.deepEqual(dyadsOf("The failed deal between Egypt and Ethiopia angered Cairo."), []);
  });
  it("talks that stalled or broke down were still held; a deal signed stays signed", () => {
    assert.deepEqual(dyadsOf("Talks between Armenia and Azerbaijan stalled before either side could sign.", 2), [
      "ARM>AZE:04",
      "AZE>ARM:04",
    ]);
    assert.deepEqual(dyadsOf("A gas deal between Bulgaria and Turkey was signed last year.", 2), [
      "BGR>TUR:05",
      "TUR>BGR:05",
    ]);
  });
});
