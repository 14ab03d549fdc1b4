// Talks by video are talks by phone with a picture: "spoke over video conference", "held a video call with Putin"
// (data/cameo/patterns.txt, 041 lines). Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 2).sort();

describe("talks by video link or video call", () => {
  it("a joint subject speaking over video, or a video call held with a party, is both sides' consultation", () => {
    assert.deepEqual(dyads("The deputy prime ministers of Armenia and Azerbaijan spoke over video conference."), [
      "ARM>AZE:04",
      "AZE>ARM:04",
    ]);
    assert.deepEqual(dyads("Modi held a video call with Putin on Friday."), ["IND>RUS:04", "RUS>IND:04"]);
  });
  it("speaking by video to a conference, or a call between teachers and students, is no contact between parties", () => {
    assert.deepEqual(dyads("The Indian minister spoke by video link to a conference in London."), []);
    assert.deepEqual(dyads("Teachers held a video call with students."), []);
  });
});
