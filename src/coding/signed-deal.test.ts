// A deal named as the subject of a passive signing is what was signed: one signing (057), no intent to agree beside it;
// and a deal whose name holds the tie it sets up ("Enhanced Partnership and Cooperation Agreement") is a deal signed.
// Invented sentences, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("signedDealSubject", () => {
  it("'an agreement was signed between X and Y' is a signing only", () => {
    assert.deepEqual(dyadsOf("An agreement was signed between Armenia and Iran on Monday.", 3), [
      "ARM>IRN:057",
      "IRN>ARM:057",
    ]);
    assert.deepEqual(dyadsOf("A memorandum of understanding was signed between Kazakhstan and Qatar.", 3), [
      "KAZ>QAT:057",
      "QAT>KAZ:057",
    ]);
  });

  it("a deal named with its sides before the verb still codes its signing", () => {
    assert.deepEqual(dyadsOf("An agreement between Armenia and Iran was signed on Monday.", 3), [
      "ARM>IRN:057",
      "IRN>ARM:057",
    ]);
  });

  it("a partnership agreement signed is a deal signed, not a partnership formed", () => {
    assert.deepEqual(dyadsOf("Kyrgyzstan and the EU signed an Enhanced Partnership and Cooperation Agreement.", 3), [
      "KGZ>EU:057",
      "EU>KGZ:057",
    ]);
    assert.deepEqual(dyadsOf("Armenia and the EU signed a Comprehensive and Enhanced Partnership Agreement.", 3), [
      "ARM>EU:057",
      "EU>ARM:057",
    ]);
  });
});
