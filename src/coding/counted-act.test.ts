// A noun act counted with an ordinal after a bare "was" or "is" restates an act; invented sentences, should / should
// not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("countedAct", () => {
  it("'It was X's fourth meeting with Y' restates a meeting: no event", () => {
    assert.deepEqual(dyadsOf("It was Vucic's fourth meeting with Putin since 2022.", 2), []);
    assert.deepEqual(dyadsOf("This was Scholz's second official visit to China in a month.", 2), []);
    const told = "Modi met Putin in Moscow on Monday. It was the 3rd meeting of Modi and Putin this year.";
    assert.deepEqual(dyadsOf(told, 2), ["IND>RUS:04", "RUS>IND:04"]);
  });

  it("'This is X's second visit' counts the visit the text reported before it: no second event", () => {
    assert.deepEqual(dyadsOf("This is Scholz's second visit to China this year.", 2), []);
    const told = "Scholz arrived in Beijing on Monday. It is his second visit to China this year.";
    assert.deepEqual(dyadsOf(told, 2), ["DEU>CHN:04"]);
  });

  it("a counted act that is done, or under way, still codes", () => {
    assert.deepEqual(dyadsOf("Erdogan held a third meeting with Putin in Sochi on Monday.", 2), [
      "TUR>RUS:04",
      "RUS>TUR:04",
    ]);
    assert.deepEqual(dyadsOf("Scholz is making his second visit to China this year.", 2), ["DEU>CHN:04"]);
  });

  it("an act marked 'earlier' or 'previous' refers back to one held before: no event", () => {
    const text =
      "Both sides reaffirmed their commitment to the agreements reached in earlier talks between Serbia and Kosovo.";
    assert.deepEqual(dyadsOf(text, 2), []);
    assert.deepEqual(dyadsOf("The previous talks between Armenia and Azerbaijan failed to produce a deal.", 2), []);
    // "earlier" as an adverb of the verb keeps the act
    assert.deepEqual(dyadsOf("Putin earlier met Erdogan in Sochi.", 2), ["RUS>TUR:04", "TUR>RUS:04"]);
    // a party's own earlier act that the news follows on is reported
    const follows = "The decision follows Georgia's previous accusations against Russia.";
    assert.deepEqual(dyadsOf(follows, 2), ["GEO>RUS:11"]);
  });

  it("'the previous day' or 'the previous night' dates a verb's act: it still codes", () => {
    assert.deepEqual(dyadsOf("The previous day Pakistan shelled Indian posts in Kashmir.", 2), ["PAK>IND:19"]);
    assert.deepEqual(dyadsOf("On the previous evening Lithuania expelled two Belarusian diplomats.", 2), [
      "LTU>BLR:16",
    ]);
  });

  it("'earlier' opening the sentence is an adverb of its verb: the act still codes", () => {
    assert.deepEqual(dyadsOf("Earlier Lithuania accused Belarus of sabotage.", 2), ["LTU>BLR:11"]);
  });
});
