// A criticism whose object points back to an act just done is aimed at its doer; sentences are made up.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const criticisms = (text: string) => dyadsOf(text, 2).filter((d) => d.endsWith(":11"));

describe("a criticism of an act just done", () => {
  it("is aimed at whoever did the act its object points back to", () => {
    assert.deepEqual(criticisms("Israeli jets struck targets in Lebanon. Jordan condemned the strikes."), [
      "JOR>ISR:11",
    ]);
    assert.deepEqual(criticisms("Georgia froze the deal with the EU. Brussels criticised the move."), ["EU>GEO:11"]);
  });
  it("an object that names its own doer or its own content is no pointer back", () => {
    assert.deepEqual(
      criticisms(
        "Turkey bombed Kurdish positions in Iraq. Iraq condemned the attack by Kurdish militants on a Turkish base.",
      ),
      [],
    );
    assert.deepEqual(
      criticisms("Russia invaded Ukraine in 2022. Three years later, Hungary criticised the decision to admit Sweden."),
      [],
    );
    assert.deepEqual(criticisms("Russia shelled Kharkiv. France condemned the move to expel its diplomats."), []);
  });
});
