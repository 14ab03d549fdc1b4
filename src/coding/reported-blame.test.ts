import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";
import { isTriggerWord } from "./trigger-words.ts";

describe("reported blame", () => {
  it("a speaker naming a party as behind or responsible for a harm accuses it (112)", () => {
    assert.deepEqual(dyadsOf("Georgia said Russian agents were behind the bombing of the pipeline."), ["GEO>RUS:112"]);
    assert.deepEqual(dyadsOf("Chile said Bolivia was responsible for the deadly blast."), ["CHL>BOL:112"]);
    assert.deepEqual(dyadsOf("Kenya says Somalia is to blame for the border incident."), ["KEN>SOM:112"]);
    assert.deepEqual(dyadsOf("Peru has been behind the cyberattacks, Ecuador's foreign ministry said."), [
      "ECU>PER:112",
    ]);
  });

  it("no blame without a harm, with a hedge or a denial, or of the speaker itself", () => {
    // a duty or a good deed is no harm
    assert.deepEqual(dyadsOf("Chile said Bolivia was responsible for the security of the border."), []);
    assert.deepEqual(dyadsOf("Chile said Bolivia was behind the new trade plan."), []);
    assert.deepEqual(dyadsOf("Chile said Bolivia may be responsible for the blast."), []);
    assert.deepEqual(dyadsOf("Chile said Bolivia was not behind the blast."), []);
    assert.deepEqual(dyadsOf("The Bolivian government said Bolivia was not to blame for the blast."), []);
    // no speaker named: a narrative or an unnamed source makes no accusation
    assert.deepEqual(dyadsOf("Investigators said Bolivia was behind the blast."), []);
  });

  it("holding a party responsible or pointing the finger at it blames it (112)", () => {
    assert.deepEqual(dyadsOf("Norway held Sweden responsible for the collision."), ["NOR>SWE:112"]);
    assert.deepEqual(dyadsOf("Lithuania pointed the finger at Belarus over the migrant surge."), ["LTU>BLR:112"]);
    assert.deepEqual(dyadsOf("Norway held talks with Sweden."), ["NOR>SWE:040", "SWE>NOR:040"]);
  });

  it("the blame words let a paragraph through the event filter", () => {
    assert.ok(isTriggerWord("behind") && isTriggerWord("responsible") && isTriggerWord("blame"));
  });
});
