// Readouts name the sides of talks after the verb: "Talks were held in Minsk between X and Y". The lines
// "talks|meeting ... hold|take_place ... between $S" in data/cameo/patterns.txt code them as both sides' talks;
// talks still to come or not held stay what they were. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 2).sort();

describe("talks or a meeting held between two sides, named after the verb", () => {
  it("'talks were held in <place> between X and Y' is both sides' talks", () => {
    assert.deepEqual(dyads("Talks were held in Riyadh between Russian and Ukrainian delegations, officials said."), [
      "RUS>UKR:04",
      "UKR>RUS:04",
    ]);
    assert.deepEqual(dyads("Discussions were held in Dushanbe between Tajik and Afghan border officials."), [
      "AFG>TJK:04",
      "TJK>AFG:04",
    ]);
  });
  it("'a meeting took place in <place> on <day> between the ministers of X and Y' is their meeting", () => {
    assert.deepEqual(
      dyads("A meeting took place in Astana on Friday between the foreign ministers of Kazakhstan and Kyrgyzstan."),
      ["KAZ>KGZ:04", "KGZ>KAZ:04"],
    );
  });
  it("talks that may come, or were not held, are no talks held", () => {
    assert.deepEqual(dyads("Talks could be held in Istanbul between Russia and Ukraine."), []);
    assert.deepEqual(dyads("Talks have not yet been held between Serbia and Kosovo."), []);
    assert.deepEqual(dyads("Talks are scheduled to take place in Geneva next week between Armenia and Azerbaijan."), [
      "ARM>AZE:03",
      "AZE>ARM:03",
    ]);
  });
  it("a meeting held with no sides named, or a 'between' in another clause, gives nothing", () => {
    assert.deepEqual(dyads("A meeting was held on the sidelines of the summit."), []);
    assert.deepEqual(
      dyads("A meeting was held in Tashkent, and a rift between Uzbekistan and Tajikistan emerged."),
      [],
    );
  });
});
