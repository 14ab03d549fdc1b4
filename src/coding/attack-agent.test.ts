// The attacker named in the attack a passive harm happened in ("killed in a Russian missile strike"); invented.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("attacker of the attack a harm happened in", () => {
  it("the actor before the attack noun, or its weapon, is the doer", () => {
    assert.deepEqual(dyadsOf("Six Yemeni fishermen were killed in a Saudi air strike on Hodeidah.", 2), ["SAU>YEM:19"]);
    assert.deepEqual(dyadsOf("Two Armenian soldiers were wounded in Azerbaijani sniper fire.", 2), ["AZE>ARM:18"]);
    assert.deepEqual(dyadsOf("A Kosovar policeman was injured in Serbian shelling.", 2), ["SRB>XKX:18"]);
  });
  it("a harm in something that is no attack names no doer", () => {
    assert.deepEqual(dyadsOf("Two Yemeni workers were killed in a Saudi factory fire.", 2), []);
    assert.deepEqual(dyadsOf("Three Armenian tourists were injured in a Georgian bus crash.", 2), []);
  });
  it("a 'by' agent wins over the attack's modifier", () => {
    assert.deepEqual(dyadsOf("Six Yemeni fishermen were killed in a Saudi-led raid by Emirati troops.", 2), [
      "ARE>YEM:19",
    ]);
  });
});

describe("craft intercepted", () => {
  it("warplanes or ships intercepted by a party are its show of force at their state", () => {
    assert.deepEqual(dyadsOf("Two Syrian warplanes were intercepted by Turkish jets near the border.", 2), [
      "TUR>SYR:15",
    ]);
  });
  it("weapons in flight intercepted are defence, not force at the state that fired them", () => {
    assert.deepEqual(dyadsOf("Most of the Syrian rockets were intercepted by Turkish air defences.", 2), []);
  });
});

describe("weapons downed in a side's own report", () => {
  it("were downed by the side that reports it", () => {
    assert.deepEqual(
      dyadsOf("Russia's defence ministry said 44 Ukrainian drones were destroyed over the Kursk region.", 2),
      ["RUS>UKR:19"],
    );
    assert.deepEqual(dyadsOf("Kyiv said 29 Russian drones were shot down overnight.", 2), ["UKR>RUS:19"]);
  });
  it("not when the verb fires them, or no party reports it", () => {
    assert.deepEqual(dyadsOf("Flights were halted at Vnukovo after 12 drones were shot down near Moscow.", 2), []);
    assert.ok(!dyadsOf("Kyiv said Russian drones were launched from Kursk overnight.", 2).includes("UKR>RUS:19"));
    // Downed over a third state's ground: that state's air defence, not the reporter's.
    assert.deepEqual(dyadsOf("Moldova said Russian drones were shot down over Ukraine near its border.", 2), []);
  });
});
