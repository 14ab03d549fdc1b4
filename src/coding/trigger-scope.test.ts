// What a trigger's surroundings make of it: here, the aim of talks named by an infinitive. Sentences are made up.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const sorted = (text: string) => dyadsOf(text, 2).sort();

describe("the aim of talks or efforts", () => {
  it("is not done: only the talks are coded", () => {
    assert.deepEqual(
      sorted("Chile and Peru have been in talks with Bolivia for years to reach an agreement on water."),
      ["BOL>CHL:04", "BOL>PER:04", "CHL>BOL:04", "PER>BOL:04"],
    );
    assert.deepEqual(sorted("Hungary and China are in talks to sign a number of agreements on rail links."), [
      "CHN>HUN:04",
      "HUN>CHN:04",
    ]);
  });
  it("a deal reached is coded", () => {
    assert.deepEqual(sorted("Chile and Peru reached an agreement on water."), ["CHL>PER:03", "PER>CHL:03"]);
  });
  it("an attempt to act is no aim of talks: it was made", () => {
    assert.deepEqual(sorted("Rebels attempted to assassinate the Malian president."), ["MLI>MLI:18"]);
  });
});

describe("a past participle before the noun it qualifies", () => {
  it("describes a thing and reports no act", () => {
    assert.deepEqual(sorted("Georgia monitored the transit of sanctioned goods to Iran."), []);
    assert.deepEqual(sorted("The EU urged Armenia to stop the flow of sanctioned goods to Russia."), ["EU>ARM:02"]);
  });
  it("with a subject before it, is the act", () => {
    assert.deepEqual(sorted("Canada sanctioned three Iranian officials on Monday."), ["CAN>IRN:16"]);
    assert.deepEqual(sorted("The Baltic states have all expelled Belarusian diplomats this year.").length, 3);
  });
});

describe("a trigger word hyphened onto the word before it", () => {
  it("is half of a compound adjective, no act", () => {
    assert.deepEqual(
      sorted("The Argentine minister flew to Washington as the crisis-struck OPEC nation sought loans."),
      ["ARG>USA:04"],
    );
  });
});

describe("a participle before a named place or region", () => {
  it("qualifies it: 'the occupied Tskhinvali region' is no occupation told here", () => {
    assert.deepEqual(sorted("Russian border guards detained a Georgian man near the occupied Tskhinvali region."), [
      "RUS>GEO:17",
    ]);
    assert.deepEqual(
      sorted("Russian border guards detained a Georgian farmer near its eastern occupied Tskhinvali region."),
      ["RUS>GEO:17"],
    );
    // A finite verb before the region still occupies it.
    assert.deepEqual(sorted("Russia occupied the Tskhinvali region in 2008."), ["RUS>GEO:19"]);
  });
});
