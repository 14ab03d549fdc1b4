// Time phrases built on another party's act; sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText, dyadsOf } from "../../test/code-text.ts";

describe("time phrases on another act", () => {
  it("the target inside 'after X's act of Y' is no partner of the main act", () => {
    assert.deepEqual(
      dyadsOf("Moldova and Romania signed a pact on Friday, a year after Russia's attack on Ukraine.", 2),
      ["MDA>ROU:05", "ROU>MDA:05"],
    );
    // With no agent of its own in the phrase, its partner stays the act's: "after talks with Iran".
    assert.deepEqual(dyadsOf("Armenia signed a gas deal after talks with Iran.", 2), ["ARM>IRN:05", "IRN>ARM:05"]);
  });
  it("'ahead of X's act with Y' dates the main act as 'before' does: Y is the later act's partner", () => {
    assert.deepEqual(dyadsOf("Modi and Ishiba discussed chip supplies ahead of Modi's talks with Putin.", 2), [
      "IND>JPN:04",
      "JPN>IND:04",
    ]);
  });
  it("an act named in a fronted time phrase takes no target from the main clause, nor gives it its date", () => {
    const events = codeText("Since Russia's invasion three years ago, Serbia and Russia have met twice.");
    assert.deepEqual(
      events.map((e) => `${e.source}>${e.target}:${e.cameo.slice(0, 2)}@${e.when}`),
      ["SRB>RUS:04@2025-08-01", "RUS>SRB:04@2025-08-01"],
    );
    // The phrase's own act keeps the phrase's date.
    assert.deepEqual(
      codeText("Russia invaded Ukraine in 2022.").map((e) => e.when),
      ["2022"],
    );
  });
});
