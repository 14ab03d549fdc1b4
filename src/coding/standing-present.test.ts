// A side taken or a trade kept up, told in the simple present in an article's body, is no act (standing-present.ts).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const BODY = "Talks resumed in the capital on Monday. ";

describe("standingPresent", () => {
  it("supports, backs, imports, buys in the body, told by the writer, code nothing", () => {
    assert.deepEqual(dyadsOf(`${BODY}Senegal supports the government of Guinea.`, 2), []);
    assert.deepEqual(dyadsOf(`${BODY}Vietnam imports gas from Thailand and Cambodia.`, 2), []);
    assert.deepEqual(dyadsOf(`${BODY}Qatar backs the rebels in Libya.`, 2), []);
    assert.deepEqual(dyadsOf(`${BODY}Serbia buys most of its gas from Russia.`, 2), []);
  });
  it("reported, in the past, or opening the article (a headline, a lede) it stays an act", () => {
    assert.deepEqual(dyadsOf(`${BODY}Senegal supports Guinea's bid, the minister said.`, 2), ["SEN>GIN:05"]);
    assert.deepEqual(dyadsOf(`${BODY}Vietnam imported gas from Thailand last year.`, 2), ["VNM>THA:06"]);
    assert.deepEqual(dyadsOf("Senegal backs Guinea.", 2), ["SEN>GIN:05"]);
  });
  it("a possessive before the noun is no subject: 'Vietnam's imports from Thailand'", () => {
    assert.deepEqual(dyadsOf(`${BODY}Vietnam's imports from Thailand rose.`, 2), []);
  });
});
