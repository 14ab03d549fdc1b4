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
  it("dated to a day, as live coverage tells the news, it stays an act; 'today' (nowadays) does not date it", () => {
    assert.deepEqual(dyadsOf(`${BODY}On Thursday, Ghana backs Togo's bid for the seat.`, 2), ["GHA>TGO:05"]);
    assert.deepEqual(dyadsOf(`${BODY}Today Ghana imports most of its rice from Vietnam.`, 2), []);
  });
  it("a possessive before the noun is no subject: 'Vietnam's imports from Thailand'", () => {
    assert.deepEqual(dyadsOf(`${BODY}Vietnam's imports from Thailand rose.`, 2), []);
  });
});

describe("presentRelative", () => {
  it("an act in the simple present opening a relative clause on a thing or a party describes it", () => {
    const deal = "Georgia ended a transit deal with Rosneft that allows Moscow to ship oil to Armenia.";
    assert.ok(!dyadsOf(deal, 2).includes("GEO>RUS:08"), "the deal allows, not Georgia");
    assert.deepEqual(dyadsOf("Serbia, which imports gas from Russia, signed a deal with Egypt.", 2), [
      "SRB>EGY:05",
      "EGY>SRB:05",
    ]);
  });
  it("the past in a relative clause is an act, and 'that' after a verb opens what was said", () => {
    assert.deepEqual(dyadsOf("Canada sanctioned the firm that sold drones to Iran.", 2), []);
    assert.deepEqual(dyadsOf("Serbia, which imported gas from Russia last year, signed a deal with Egypt.", 2), [
      "SRB>RUS:06",
      "SRB>EGY:05",
      "EGY>SRB:05",
    ]);
  });
  it("an accord's terms right after it are its parties' acts", () => {
    const text =
      "Kyrgyzstan's parliament ratified an agreement Wednesday that cedes to China 500 square kilometres of land.";
    assert.ok(dyadsOf(text, 2).includes("KGZ>CHN:08"));
  });
});
