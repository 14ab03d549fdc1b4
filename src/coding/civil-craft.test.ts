// Civilian craft and civilian people entering a state's airspace or waters show no force (civil-craft.ts, civ=no).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("civilDoer", () => {
  it("an airliner, a passenger or cargo flight, fishing boats, ferries or migrants entering code nothing", () => {
    assert.deepEqual(dyadsOf("A Russian airliner bound for Antalya entered Estonian airspace.", 3), []);
    assert.deepEqual(dyadsOf("Vietnamese fishing trawlers sailed into Philippine waters.", 3), []);
    assert.deepEqual(dyadsOf("A Qatar Airways cargo flight entered the airspace of Iran.", 3), []);
    assert.deepEqual(dyadsOf("A passenger plane from Azerbaijan entered Russian airspace.", 3), []);
    assert.deepEqual(dyadsOf("Greek ferries sailed into Turkish waters during the storm.", 3), []);
    assert.deepEqual(dyadsOf("Syrian migrants entered Turkish territorial waters on a dinghy.", 3), []);
  });
  it("drones, helicopters, fighters, balloons, coast guard ships and warships still show force (150)", () => {
    assert.deepEqual(dyadsOf("Russian military helicopters entered Finnish airspace.", 3), ["RUS>FIN:150"]);
    assert.deepEqual(dyadsOf("Two Belarusian drones entered Lithuanian airspace.", 3), ["BLR>LTU:150"]);
    assert.deepEqual(dyadsOf("An Iranian spy balloon entered Azerbaijani airspace.", 3), ["IRN>AZE:150"]);
    assert.deepEqual(dyadsOf("A Chinese coast guard ship sailed into the territorial waters of the Philippines.", 3), [
      "CHN>PHL:150",
    ]);
    assert.deepEqual(dyadsOf("A Russian warship sailed into Norwegian waters.", 3), ["RUS>NOR:150"]);
    assert.deepEqual(dyadsOf("Russian Su-27 fighter jets violated Swedish airspace.", 3), ["RUS>SWE:150"]);
  });
  it("a civil word beside an armed one keeps the act: a military cargo plane is armed forces", () => {
    assert.deepEqual(dyadsOf("A Russian military cargo plane entered Polish airspace.", 3), ["RUS>POL:150"]);
  });
});
