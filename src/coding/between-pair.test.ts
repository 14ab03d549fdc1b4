// The sides of an act named after "between" (between-pair.ts); sentences invented.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("a noun act carried by a passive verb whose sides follow 'between'", () => {
  it("is both sides' act when the verb says it took place", () => {
    assert.deepEqual(dyadsOf("A gas deal was signed between Ghana and Togo.", 2), ["GHA>TGO:05", "TGO>GHA:05"]);
    assert.deepEqual(dyadsOf("Clashes were reported between Ethiopian and Eritrean troops.", 2), [
      "ETH>ERI:19",
      "ERI>ETH:19",
    ]);
  });
  it("is no act of theirs when the verb undoes it or only talks about it", () => {
    assert.deepEqual(dyadsOf("Trade was suspended between Ghana and Togo.", 2), []);
    assert.deepEqual(dyadsOf("Trade was halted between Ghana and Togo.", 2), []);
    assert.ok(!dyadsOf("A trade deal was discussed between Ghana and Togo.", 2).some((d) => d.endsWith(":06")));
  });
});
