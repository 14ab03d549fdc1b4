import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 2);

describe("inPastRelative: an act in ', which ...' dated before the article is background", () => {
  it("a relative clause about an actor dated to a past year codes nothing", () => {
    assert.deepEqual(dyads("The United States, which invaded Iraq in 2003, has since withdrawn its troops."), []);
    assert.deepEqual(dyads("Iran, which seized a British tanker in 2019, denies it."), []);
    assert.deepEqual(dyads("Putin, who ordered the invasion of Ukraine three years ago, met Xi on Monday."), [
      "RUS>CHN:04",
      "CHN>RUS:04",
    ]);
  });
  it("a relative clause that reports this week's act is news and is kept", () => {
    assert.deepEqual(
      dyads("Russia, which expelled two British diplomats on Monday, also summoned the Estonian ambassador."),
      ["RUS>GBR:16", "RUS>EST:11"],
    );
  });
  it("the article's own year is no past year, and a clause not about an actor is left alone", () => {
    assert.deepEqual(dyads("Russia, which invaded Ukraine in 2025, expelled two Estonian diplomats."), [
      "RUS>UKR:19",
      "RUS>EST:16",
    ]);
    assert.deepEqual(dyads("Israel invaded Lebanon in 2006."), ["ISR>LBN:19"]);
  });
});
