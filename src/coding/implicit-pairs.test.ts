// Acts whose source the sentence leaves unnamed; sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("protests against a state's flag", () => {
  it("burning a state's flag is a protest against it by the people of the place", () => {
    assert.deepEqual(dyadsOf("Protesters burned Israeli flags in Amman.", 2), ["JOR>ISR:14"]);
    assert.deepEqual(dyadsOf("Protesters set fire to the French flag outside the embassy in Niamey.", 2), [
      "NER>FRA:14",
    ]);
  });
  it("a flag waved is no protest", () => {
    assert.deepEqual(dyadsOf("Fans waved Turkish flags in Berlin."), []);
  });
});

describe("a protest where an envoy is summoned", () => {
  it("is the summoning government's, never a crowd's against its own government", () => {
    assert.deepEqual(dyadsOf("The Czech ministry said the envoy had been summoned to protest Minsk's decision."), []);
    assert.deepEqual(
      dyadsOf("The Latvian envoy was summoned to the Lithuanian Foreign Ministry, where he was protested.", 2),
      ["LTU>LVA:11"],
    );
  });
  it("a crowd named after the summoning still protests", () => {
    assert.deepEqual(dyadsOf("After the envoy was summoned, thousands protested in Sofia.", 2), ["BGR>BGR:14"]);
    // A crowd named by any noun is the protest's own subject, not the summoning government.
    assert.deepEqual(dyadsOf("After the envoy was summoned, students protested in Sofia.", 2), ["BGR>BGR:14"]);
  });
});
