// Cooperation named as a topic, an aim or a kind of partner is no material act; invented sentences, should / should
// not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("topicalTie", () => {
  it("cooperation talked about, hoped for or judged is not cooperation done", () => {
    for (const text of [
      "Armenia has never set any conditions regarding cooperation with Iran.",
      "Kazakhstan is one of the leading trade and investment partners of Turkmenistan.",
    ])
      assert.deepEqual(dyadsOf(text, 3), [], text);
  });

  it("the talk itself still codes, without a second cooperation event", () => {
    assert.deepEqual(
      dyadsOf("The Tajik and Iranian ministers exchanged views on ways to boost economic cooperation.", 2),
      ["TJK>IRN:04", "IRN>TJK:04"],
    );
    assert.deepEqual(dyadsOf("Uzbek and Kyrgyz officials discussed prospects for expanding trade cooperation.", 2), [
      "UZB>KGZ:04",
      "KGZ>UZB:04",
    ]);
  });

  it("cooperation done or agreed still codes", () => {
    assert.deepEqual(dyadsOf("Egypt and Greece announced the expansion of naval cooperation.", 2), [
      "EGY>GRC:06",
      "GRC>EGY:06",
    ]);
    assert.deepEqual(dyadsOf("Kyrgyzstan and China boosted trade cooperation last year.", 2), [
      "KGZ>CHN:06",
      "CHN>KGZ:06",
    ]);
    assert.deepEqual(dyadsOf("Russia and Belarus agreed to expand military cooperation.", 2), [
      "RUS>BLR:03",
      "BLR>RUS:03",
    ]);
  });
  it("a quoted topic word still makes the tie after it a topic", () => {
    const text =
      'The Omani sultan described his visit to Iran as "a prelude to building trust and opening new horizons" for bilateral cooperation.';
    assert.deepEqual(dyadsOf(text, 2), ["OMN>IRN:04"]);
  });
});
