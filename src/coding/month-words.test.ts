// The months "May" and "March" and dates between a saying verb and its "it"; sentences invented.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("month words", () => {
  it("'on 3 May' is a date, not a modal that makes the act hypothetical", () => {
    assert.deepEqual(dyadsOf("Estonia said on 3 May that it will open an embassy in Georgia.", 2), ["EST>GEO:03"]);
  });
  it("a date between the saying verb and 'it' leaves the speaker the pronoun's referent", () => {
    assert.deepEqual(dyadsOf("Moldova said on 14 June it would sign the accord with Romania.", 2), ["MDA>ROU:03"]);
    assert.deepEqual(dyadsOf("Moldova said on June 14, 2024 it would sign the accord with Romania.", 2), [
      "MDA>ROU:03",
    ]);
  });
  it("the modal 'may' still hedges the act", () => {
    assert.deepEqual(dyadsOf("Moldova may sign the accord with Romania.", 2), []);
    assert.deepEqual(dyadsOf("Moldova May Sign Accord With Romania", 2), []);
  });
  it("'in early March', 'set up last March' name a month, not a march", () => {
    assert.deepEqual(
      dyadsOf("In early March, Armenia's foreign minister accused Azerbaijan of shelling villages.", 2),
      ["ARM>AZE:11"],
    );
    assert.deepEqual(dyadsOf("Kazakhstan's nuclear agency, set up last March, signed a fuel deal with France.", 2), [
      "KAZ>FRA:05",
      "FRA>KAZ:05",
    ]);
  });
  it("the verb 'march' is still a protest", () => {
    assert.deepEqual(dyadsOf("Thousands of Georgians marched outside the Russian embassy in Tbilisi.", 2), [
      "GEO>RUS:14",
    ]);
  });
});
