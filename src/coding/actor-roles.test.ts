// The code an act gets from who does it to whom (actor-roles.ts): invented sentences, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("armedForceCode", () => {
  it("armed men storming a building assault it (18, or 19 by or against troops); a crowd storming one riots (145)", () => {
    assert.deepEqual(dyadsOf("Masked gunmen stormed a police station in Dagestan.", 3), ["RUS>RUS:180"]);
    assert.deepEqual(dyadsOf("Islamist militants stormed a hotel in Mogadishu.", 3), ["SOM>SOM:180"]);
    assert.deepEqual(dyadsOf("Militants ransacked a Nigerian police station in Kano.", 3), ["NGA>NGA:180"]);
    assert.deepEqual(dyadsOf("Rebels stormed a Malian army base near Gao.", 3), ["MLI>MLI:190"]);
    assert.deepEqual(dyadsOf("Russian troops stormed a Ukrainian village near Bakhmut.", 3), ["RUS>UKR:190"]);
    assert.deepEqual(dyadsOf("Hundreds of demonstrators stormed the Serbian parliament.", 3), ["SRB>SRB:145"]);
  });
});
