// The aim given for an act ("..., seeking to mend ties", "in a bid to ease tensions") codes no act of its own; a
// sentence that says an actor seeks something still codes its intent. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("purposeTo", () => {
  it("a participle of purpose after a comma adds nothing to the act it serves", () => {
    assert.deepEqual(
      dyadsOf("Turkey's foreign minister met his Azerbaijani counterpart in Baku, seeking to expand trade.", 2),
      ["TUR>AZE:04", "AZE>TUR:04"],
    );
    assert.deepEqual(dyadsOf("Georgia's prime minister travelled to Beijing, hoping to deepen ties with China.", 2), [
      "GEO>CHN:04",
    ]);
  });
  it("'in a bid to' and 'in an effort to' give the act's aim, not a second act", () => {
    assert.deepEqual(dyadsOf("Erdogan phoned Putin on Monday in an effort to revive the grain deal.", 2), [
      "TUR>RUS:04",
    ]);
  });
  it("an actor that seeks or aims to act has stated an intent", () => {
    assert.deepEqual(dyadsOf("Armenia is seeking to deepen ties with France.", 2), ["ARM>FRA:03"]);
  });
  it("an actor past a purpose infinitive after a meeting is the aim's, not the meeting's partner", () => {
    assert.deepEqual(
      dyadsOf("The Kazakh and Uzbek presidents met in Tashkent to underline their solidarity with Tajikistan.", 2),
      ["KAZ>UZB:04", "UZB>KAZ:04"],
    );
    assert.deepEqual(dyadsOf("Putin met Xi in Beijing to discuss Ukraine.", 2), ["RUS>CHN:04", "CHN>RUS:04"]);
  });
  it("a party's efforts or attempt to act are a striving, not the act", () => {
    assert.deepEqual(dyadsOf("Georgia's attempt to improve relations with Russia angered the opposition.", 2), []);
    assert.deepEqual(
      dyadsOf("The purchase is part of Armenia's ongoing efforts to deepen military ties with France.", 2),
      [],
    );
    assert.deepEqual(dyadsOf("The EU welcomed Armenia's efforts to normalise relations with Turkey.", 2), [
      "EU>ARM:05",
    ]);
  });
  it("a deal tried for is not yet made", () => {
    assert.deepEqual(dyadsOf("Russia and Ukraine are trying to reach a deal on grain exports.", 2), []);
    assert.deepEqual(dyadsOf("Armenia and Azerbaijan reached a deal on the border.", 2), ["ARM>AZE:05", "AZE>ARM:05"]);
  });
  it("what sides work together to do is their aim, not an act done", () => {
    assert.deepEqual(dyadsOf("Hanoi and Vientiane are working together to strengthen their partnership."), []);
    assert.deepEqual(dyadsOf("Hanoi and Vientiane strengthened their partnership last year.", 2), [
      "VNM>LAO:06",
      "LAO>VNM:06",
    ]);
  });
});
