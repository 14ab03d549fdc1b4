// What one sentence hands the next for its pronouns: a state named only as a place is no antecedent, and after a
// contact's partner the next "he" is the speaker. Invented sentences in wire style, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("carryOver", () => {
  it("a state named only as a place is never the next sentence's 'they'", () => {
    const met = "Armenian and Azerbaijani officials met in Yerevan on Monday.";
    const place = "They agreed to start at the junction of Armenia, Azerbaijan and Georgia.";
    const next = "They also discussed the draft rules.";
    assert.deepEqual(dyadsOf(`${met} ${place} ${next}`, 2).includes("ARM>GEO:04"), false);
    const border = "Work will begin on the Kazakh-Chinese border next month. They also discussed the draft rules.";
    assert.deepEqual(dyadsOf(border, 2), []);
    // A party named after 'between' is no place: "they" still takes both sides.
    const ties = "The talks confirmed the close ties between Uzbekistan and Azerbaijan. They also discussed trade.";
    assert.deepEqual(dyadsOf(ties, 2).sort(), ["AZE>UZB:04", "UZB>AZE:04"]);
  });

  it("after a meeting with a partner, the next 'he' is the speaker, 'we' still both", () => {
    const text =
      "During his meeting with Tajik Foreign Minister Sirojiddin Muhriddin, Jaishankar emphasized the need to counter " +
      "terrorism. He also met with Kazakhstan's Foreign Minister Murat Nurtleu.";
    const got = dyadsOf(text, 2);
    assert.ok(got.includes("IND>KAZ:04"), got.join(" "));
    assert.ok(!got.includes("TJK>KAZ:04"), got.join(" "));
  });
});
