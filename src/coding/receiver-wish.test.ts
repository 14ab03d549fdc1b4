// A receiver's wish is no pledge by the giver (receiver-wish.ts): hoping is no act, asking is an appeal.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("receiverWish", () => {
  it("hoping or expecting to receive money, arms or aid from a party codes nothing", () => {
    assert.deepEqual(dyadsOf("Montenegro hopes to receive 30 million euros from the EU.", 3), []);
    assert.deepEqual(dyadsOf("Kyrgyzstan expects to receive 20 million dollars from the World Bank.", 3), []);
    assert.deepEqual(dyadsOf("Serbia plans to obtain weapons from China.", 3), []);
  });
  it("wanting or seeking to receive from a party is the receiver's appeal to it (02)", () => {
    assert.deepEqual(dyadsOf("Chad wants to receive economic assistance from Russia.", 2), ["TCD>RUS:02"]);
    assert.deepEqual(dyadsOf("Armenia seeks to obtain weapons from India.", 2), ["ARM>IND:02"]);
  });
  it("money, arms or aid received, or arranged to arrive, stay the giver's act", () => {
    assert.deepEqual(dyadsOf("Moldova has received 2 billion euros from the EU.", 2), ["EU>MDA:07"]);
    assert.deepEqual(dyadsOf("Armenia received weapons from India.", 2), ["IND>ARM:07"]);
    assert.deepEqual(dyadsOf("Ukraine will receive 2 billion dollars from the IMF next month.", 2), ["IMF>UKR:03"]);
  });
});
