// A protest lodged by a government is an official complaint; lodged by a crowd it is a demonstration.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const roots = (text: string) => dyadsOf(text, 2);

describe("a protest lodged by a crowd", () => {
  it("by protesters, a people or supporters: a demonstration (14), not an official complaint", () => {
    assert.deepEqual(roots("Protesters lodged a complaint with the Georgian government."), ["GEO>GEO:14"]);
    assert.deepEqual(roots("Thousands of Serbs lodged protests with the US embassy."), ["SRB>USA:14"]);
    assert.deepEqual(roots("Opposition supporters delivered a protest petition to the Georgian parliament."), [
      "GEO>GEO:14",
    ]);
  });
  it("outside an embassy: a demonstration aimed at the embassy's state", () => {
    assert.deepEqual(roots("Thousands of Serbs lodged protests outside the US embassy."), ["SRB>USA:14"]);
  });
  it("by a government or its envoy: an official complaint (114)", () => {
    assert.deepEqual(dyadsOf("Serbia lodged a protest with the US embassy."), ["SRB>USA:114"]);
    assert.deepEqual(dyadsOf("China lodged a protest with Japan."), ["CHN>JPN:114"]);
  });
  it("protested by a government, its capital or a leader: an official complaint, verb or noun", () => {
    assert.deepEqual(dyadsOf("Manila protested China's harassment of its fishermen."), ["PHL>CHN:114"]);
    assert.deepEqual(dyadsOf("It marked the fifth protest by Vietnam against Chinese actions near the Paracels."), [
      "VNM>CHN:114",
    ]);
    // A state's name set before the noun says where people protest: a demonstration, not a complaint.
    assert.deepEqual(dyadsOf("The Hong Kong protests against Beijing grew on Sunday."), ["HKG>CHN:140"]);
    assert.deepEqual(dyadsOf("Vietnam's protest against China was delivered on Monday."), ["VNM>CHN:114"]);
    // A people, a crowd or the opposition still demonstrates.
    assert.deepEqual(dyadsOf("Hundreds of Kenyans protested outside the Ugandan embassy in Nairobi."), ["KEN>UGA:141"]);
    assert.deepEqual(roots("Thousands of Georgians protested against the government."), ["GEO>GEO:14"]);
  });
});
