// A party's belief about what another does or plans is no act of that other party (belief.ts).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const roots = (text: string) => dyadsOf(text, 2);

describe("belief", () => {
  it("what one party believes another plans or does is not coded as the other's act", () => {
    assert.deepEqual(
      roots("Yerevan voiced displeasure at the talks, believing that Paris and Berlin are planning to arm Baku."),
      [],
    );
    assert.deepEqual(roots("Diplomats in Riga believe that Russia plans to attack the Baltic states."), []);
    assert.deepEqual(roots("Beijing believes the United States is arming Taiwan."), []);
    assert.deepEqual(roots("Moldova thinks Russia is preparing to send troops to Transnistria."), []);
  });

  it("the believer's own act, a call on another, and a plan reported by its maker stay coded", () => {
    assert.deepEqual(
      roots("Poland expelled two Belarusian diplomats on Friday, believing that Minsk is planning provocations."),
      ["POL>BLR:16"],
    );
    assert.deepEqual(roots("Vietnam thinks the Philippines should talk to China about the reef, officials said."), [
      "VNM>PHL:10",
    ]);
    assert.deepEqual(roots("Lavrov said Russia plans to supply more gas to China."), ["RUS>CHN:03"]);
    assert.deepEqual(roots("Armenia, which believes in dialogue, signed a trade deal with Georgia on Monday."), [
      "ARM>GEO:05",
      "GEO>ARM:05",
    ]);
  });
});
