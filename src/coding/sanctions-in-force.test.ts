// Sanctions named as what someone evades, applies, delays or blocks are no imposing; invented sentences, should /
// should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("sanctionsInForce", () => {
  it("sanctions evaded, ignored, applied, held up or vetoed are not imposed in the sentence", () => {
    for (const text of [
      "Greek coast guards suspect the tanker is part of a fleet used to evade sanctions on Iranian oil.",
      "India has also ignored Western sanctions against Iran.",
      "Slovakia's veto against sanctions on Belarusian border guards angered Brussels.",
      "She addressed the implications of EU sanctions on Iran.",
      "Estonia has banned the transit of goods covered by EU sanctions against Belarus.",
    ])
      assert.deepEqual(dyadsOf(text, 3), [], text);
  });

  it("sanctions held up are refused (12), not imposed", () => {
    assert.deepEqual(dyadsOf("Fico had earlier held up the new EU sanctions by insisting on exemptions.", 3), [
      "SVK>EU:120",
    ]);
  });

  it("held-up sanctions are refused to the party imposing them, never to the state they bear on", () => {
    assert.deepEqual(dyadsOf("Greece stalled the European Union's sanctions on Belarus.", 3), ["GRC>EU:120"]);
    // No imposer named: the delay helps Belarus, it refuses Belarus nothing.
    assert.deepEqual(dyadsOf("Greece delayed the sanctions on Belarus by two weeks.", 3), []);
    assert.deepEqual(dyadsOf("Cyprus held up the sanctions package against Belarus for a month.", 3), []);
  });

  it("sanctions readied, adopted or announced still code", () => {
    assert.deepEqual(dyadsOf("The European Union readied new sanctions on Iran on Wednesday.", 3), ["EU>IRN:163"]);
    assert.deepEqual(dyadsOf("EU states adopted the 17th package of sanctions against Russia on Friday.", 3), [
      "EU>RUS:163",
    ]);
    assert.deepEqual(dyadsOf("Canada announced new sanctions against Venezuela on Monday.", 3), ["CAN>VEN:163"]);
  });
});
