import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parsePoles, poleOf } from "./poles.ts";

describe("poles", () => {
  it("the EU pole is the Union, its members, the West and the E3; NATO and the Quad belong to no pole", () => {
    for (const actor of ["EU", "DEU", "FRA", "WEST", "E3"]) assert.equal(poleOf(actor), "EU", actor);
    for (const actor of ["NATO", "QUAD", "GBR", "KAZ"]) assert.equal(poleOf(actor), undefined, actor);
    assert.equal(poleOf("RUS"), "RUS");
    assert.equal(poleOf("TUR"), "TUR");
  });
  it("reads a --pole list, with DEU and WEST standing for the EU pole, and names a pole it does not know", () => {
    assert.deepEqual(parsePoles("rus, west"), ["RUS", "EU"]);
    assert.throws(() => parsePoles("RUS,NATO"), /unknown pole "NATO"/);
  });
});
