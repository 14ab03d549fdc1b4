// "credited X with a deed" praises X (051); the noun "credit" and crediting money stay a loan (071).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("credited with", () => {
  it("crediting a party with a deed is praise, however long its name", () => {
    assert.deepEqual(dyadsOf("Erdogan credited Qatar with brokering the prisoner exchange.", 3), ["TUR>QAT:051"]);
    assert.deepEqual(dyadsOf("Tokayev credited Uzbekistan's leadership with a decisive role in the water deal.", 3), [
      "KAZ>UZB:051",
    ]);
    const far =
      "Aliyev credited the Georgian prime minister's visit to Baku, along with several other high-level exchanges, " +
      "with reviving trade between the two neighbours.";
    assert.deepEqual(dyadsOf(far, 3), ["AZE>GEO:051"]);
  });

  it("credit as money stays a loan", () => {
    assert.deepEqual(dyadsOf("China extended a new credit line to Pakistan on Monday.", 3), ["CHN>PAK:071"]);
    assert.deepEqual(dyadsOf("Japan credited Vietnam with 2 billion dollars for the metro line.", 3), ["JPN>VNM:071"]);
  });
});
