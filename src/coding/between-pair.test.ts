// The sides of an act named after "between" (between-pair.ts); sentences invented.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("a noun act carried by a passive verb whose sides follow 'between'", () => {
  it("is both sides' act when the verb says it took place", () => {
    assert.deepEqual(dyadsOf("A gas deal was signed between Ghana and Togo.", 2), ["GHA>TGO:05", "TGO>GHA:05"]);
    assert.deepEqual(dyadsOf("Clashes were reported between Ethiopian and Eritrean troops.", 2), [
      "ETH>ERI:19",
      "ERI>ETH:19",
    ]);
  });
  it("is no act of theirs when the verb undoes it or only talks about it", () => {
    assert.deepEqual(dyadsOf("Trade was suspended between Ghana and Togo.", 2), []);
    assert.deepEqual(dyadsOf("Trade was halted between Ghana and Togo.", 2), []);
    assert.ok(!dyadsOf("A trade deal was discussed between Ghana and Togo.", 2).some((d) => d.endsWith(":06")));
  });
});

describe("a deal between named sides, then signed", () => {
  it("is the sides' signing, each with each, unless it is not or not yet signed", () => {
    assert.deepEqual(dyadsOf("An agreement on visa-free travel between Georgia and China was signed on Tuesday.", 2), [
      "GEO>CHN:05",
      "CHN>GEO:05",
    ]);
    assert.equal(dyadsOf("A treaty between Kazakhstan, Kyrgyzstan and China was signed in Astana.", 2).length, 6);
    assert.deepEqual(dyadsOf("A draft agreement between Armenia and Azerbaijan has not yet been signed.", 2), []);
    assert.deepEqual(dyadsOf("An accord between Kazakhstan and Turkmenistan will be signed next month.", 2), [
      "KAZ>TKM:03",
      "TKM>KAZ:03",
    ]);
  });
  it("an act named after an occasion's preposition took place", () => {
    assert.deepEqual(
      dyadsOf("Rahmon spoke after a telephone conversation between the Tajik and Russian presidents.", 2),
      ["TJK>RUS:04", "RUS>TJK:04"],
    );
  });
});

describe("an act that took place between named sides", () => {
  it("is both sides' act, past a place or time phrase before 'between'", () => {
    assert.deepEqual(dyadsOf("Negotiations took place in Ankara between Turkmenistan and Turkey on Friday.", 2), [
      "TKM>TUR:04",
      "TUR>TKM:04",
    ]);
    assert.deepEqual(dyadsOf("The clashes took place near the border, Armenia said.", 2), []);
    assert.deepEqual(dyadsOf("Talks took place in the Turkish capital between Russian and Ukrainian envoys.", 2), [
      "RUS>UKR:04",
      "UKR>RUS:04",
    ]);
  });
  it("names no sides where 'between' is the place noun's before it", () => {
    // The sides of a border or a front line are not the doers of what took place there.
    assert.deepEqual(dyadsOf("The shelling took place near the border between Russia and Ukraine.", 2), []);
    assert.deepEqual(dyadsOf("Clashes took place along the front line between Armenia and Azerbaijan.", 2), []);
  });
});

describe("a verb's object named by two hyphened sides", () => {
  it("reaches both sides when the noun is a dealing between them", () => {
    assert.deepEqual(dyadsOf("Kazakhstan hosted Armenian-Azerbaijani peace talks in Almaty.", 2), [
      "KAZ>ARM:04",
      "KAZ>AZE:04",
    ]);
    assert.deepEqual(dyadsOf("Belarus joined the Russian-Chinese consultations on Monday.", 2), [
      "BLR>RUS:04",
      "BLR>CHN:04",
    ]);
  });
  it("leaves the second side out when the noun is no dealing", () => {
    assert.ok(!dyadsOf("Hungary hosted a Russian-Ukrainian art exhibition in Budapest.", 2).includes("HUN>UKR:04"));
  });
});
