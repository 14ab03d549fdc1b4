// What a side says it is interested in is an intent (03), not the act itself; sentences are made up, not taken
// from the suites or the real-text sets.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("an act someone is interested in", () => {
  it("is an intent, as a gerund or as a noun", () => {
    assert.deepEqual(dyadsOf("Mongolia is interested in expanding cooperation with South Korea.", 2), ["MNG>KOR:03"]);
    assert.deepEqual(dyadsOf("Oman expressed interest in cooperation with India in shipbuilding.", 2), ["OMN>IND:03"]);
  });
  it("a denied interest is no intent; ties expanded are still expanded", () => {
    assert.deepEqual(dyadsOf("Mongolia is not interested in expanding cooperation with South Korea."), []);
    assert.deepEqual(dyadsOf("Mongolia and South Korea expanded cooperation in mining.", 2), [
      "MNG>KOR:06",
      "KOR>MNG:06",
    ]);
  });
  it("esteem for a partnership is no tie bound", () => {
    assert.deepEqual(dyadsOf("Mongolia attaches great importance to its partnership with South Korea."), []);
  });
});
