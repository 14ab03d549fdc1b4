// A protest lodged by a government is an official complaint; lodged by a crowd it is a demonstration.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const roots = (text: string) => dyadsOf(text, 2);

describe("a protest lodged by a crowd", () => {
  it("by protesters, a people or supporters: a demonstration (14), not an official complaint", () => {
    assert.deepEqual(roots("Protesters lodged a complaint with the Georgian government."), ["GEO>GEO:14"]);
    assert.deepEqual(roots("Thousands of Serbs lodged protests with the US embassy."), ["SRB>USA:14"]);
    assert.deepEqual(roots("Opposition supporters delivered a protest petition to the Georgian parliament."), [
      "GEO>GEO:14",
    ]);
  });
  it("outside an embassy: a demonstration aimed at the embassy's state", () => {
    assert.deepEqual(roots("Thousands of Serbs lodged protests outside the US embassy."), ["SRB>USA:14"]);
  });
  it("by a government or its envoy: an official complaint (114)", () => {
    assert.deepEqual(dyadsOf("Serbia lodged a protest with the US embassy."), ["SRB>USA:114"]);
    assert.deepEqual(dyadsOf("China lodged a protest with Japan."), ["CHN>JPN:114"]);
  });
});
