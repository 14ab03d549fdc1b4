// A person's name in the possessive before an actor says whose the actor is and takes no role: the actor after it is
// the subject. Invented sentences in wire style, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("a name in the possessive before an actor", () => {
  it("leaves the actor after it in subject position", () => {
    assert.deepEqual(dyadsOf("Abu Zorgan's Islamic State network threatened to attack France.", 2), ["IMG>FRA:13"]);
    assert.deepEqual(dyadsOf("Mahmoud bin Karim's Syrian forces shelled Turkish border posts.", 2), ["SYR>TUR:19"]);
    assert.deepEqual(dyadsOf("Petr Kolar's Czech government protested to Slovakia over the dam.", 2), ["CZE>SVK:11"]);
  });

  it("does not make a subject where the actor is still an object or a place", () => {
    assert.deepEqual(dyadsOf("Turkish police arrested Abu Zorgan's Syrian bodyguards.", 2), ["TUR>SYR:17"]);
    assert.deepEqual(dyadsOf("Anna Berg's Swedish novel about Russia won a prize.", 2), []);
    assert.deepEqual(dyadsOf("Officials visited Karim Nasser's Lebanese village near the border.", 2), []);
  });
});
