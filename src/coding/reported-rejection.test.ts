// Courses of action a speaker calls "out of the question"; sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("reported rejections: '<course> is out of the question'", () => {
  it("the speaker rejects the course, aimed at the party it concerns", () => {
    assert.deepEqual(dyadsOf("US officials said lifting the sanctions on Cuba is out of the question for now.", 3), [
      "USA>CUB:120",
    ]);
  });
  it("talks ruled out are a rejection of negotiation (125), with the speaker before or after", () => {
    assert.deepEqual(dyadsOf("Russia said talks with Ukraine were out of the question.", 3), ["RUS>UKR:125"]);
    assert.deepEqual(dyadsOf("Talks with Russia are out of the question, Zelensky said.", 3), ["UKR>RUS:125"]);
  });
  it("no speaker, no party concerned, or 'not out of the question': no rejection", () => {
    assert.deepEqual(dyadsOf("Talks with Russia are out of the question."), []);
    assert.deepEqual(dyadsOf("Talks are out of the question for now, the minister said."), []);
    assert.deepEqual(dyadsOf("Greece said a deal with Turkey was not out of the question."), []);
    assert.deepEqual(dyadsOf("Erdogan said talks with Assad would not be out of the question."), []);
    assert.deepEqual(dyadsOf("Erdogan said talks with Assad would be out of the question.", 3), ["TUR>SYR:125"]);
  });
});
