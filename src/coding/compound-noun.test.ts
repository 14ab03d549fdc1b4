// A verb-tagged plural good before a trade noun is the compound's noun; other verbs stay verbs.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("trade compounds", () => {
  it("reads 'arms sales' as a noun compound", () => {
    assert.deepEqual(dyadsOf("China condemned US arms sales to Taiwan.", 2).sort(), ["CHN>USA:11", "USA>TWN:07"]);
  });
  it("keeps a present-tense verb before a trade noun a verb: 'bans imports', 'sends supplies'", () => {
    assert.deepEqual(dyadsOf("Ukraine bans imports from Russia.", 2), ["UKR>RUS:16"]);
    assert.deepEqual(dyadsOf("Turkey sends supplies to Syria.", 2), ["TUR>SYR:07"]);
    assert.deepEqual(dyadsOf("China restricts exports of gallium to the United States.", 2), ["CHN>USA:16"]);
  });
});
