// A noun act aimed at a common noun after "against" takes no party further on as its target; sentences invented.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("commonNounObject", () => {
  it("'a key ally in the fight against militants' fights no state named later in the sentence", () => {
    assert.deepEqual(
      dyadsOf(
        "Niger, a key partner for France in the fight against jihadist militants, has moved closer to Russia.",
        2,
      ),
      [],
    );
  });
  it("a party named after 'against' is still the target", () => {
    assert.deepEqual(dyadsOf("France condemned the attack against Malian soldiers by Burkina Faso.", 2), [
      "FRA>BFA:11",
    ]);
  });
});
