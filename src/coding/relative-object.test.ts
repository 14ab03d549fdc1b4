// Relative clauses whose relative word stands for the verb's object; sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("object relative clauses", () => {
  it("'X, which Y accused of ...' is Y's act aimed at X", () => {
    assert.deepEqual(dyadsOf("Zambia, which Angola accused of supplying arms to the rebels, denied it.", 2), [
      "AGO>ZMB:11",
    ]);
    assert.ok(
      dyadsOf("Iraq, whom the United States accused of hiding weapons, invited inspectors back.", 2).includes(
        "USA>IRQ:11",
      ),
    );
    assert.deepEqual(
      dyadsOf("The Sudanese government, which Washington accuses of sponsoring terrorism, rejected the report.", 2),
      ["USA>SDN:11"],
    );
  });
  it("a verb with an object of its own is aimed at that object, not at the antecedent", () => {
    assert.deepEqual(dyadsOf("Zambia, which Angola accused Namibia of arming, denied the report.", 2), ["AGO>NAM:11"]);
  });
  it("a relative clause on a thing, or one whose relative word is its subject, gives no target", () => {
    assert.deepEqual(dyadsOf("The report, which Russia criticised on Monday, was published in Geneva.", 2), []);
    assert.deepEqual(dyadsOf("Zambia, which borders Angola, condemned the attack.", 2), []);
  });
  it("a comma and a preposition close a relative clause: the phrase after it is the main clause's", () => {
    assert.deepEqual(
      dyadsOf("The Kenyan president met the Ugandan army chief, who is fighting a rebel militia, in Mombasa.", 3),
      ["KEN>UGA:040", "UGA>KEN:040"],
    );
  });
});
