// "Estonia said Russia had expelled two of its diplomats": the possessive in a reported hostile act names the
// speaker as its target. Invented sentences, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 3);

describe("speakerPossessive", () => {
  it("a hostile act on 'its' or 'their' people, reported by another state, is aimed at the speaker", () => {
    assert.deepEqual(dyads("Estonia said Russia had expelled two of its diplomats."), ["RUS>EST:161"]);
    assert.deepEqual(dyads("Poland said Belarus had detained two of its citizens."), ["BLR>POL:173"]);
    assert.deepEqual(dyads("Azerbaijan said Armenian forces had fired on its positions."), ["ARM>AZE:190"]);
  });

  it("'its own', a co-operative act, or no speaker leave the possessive with the doer", () => {
    assert.deepEqual(dyads("Ukraine said Russia had shelled its own towns."), []);
    assert.deepEqual(dyads("Estonia said Russia had withdrawn its troops."), []);
    assert.deepEqual(dyads("Russia expelled two of its diplomats."), []);
    // A watchdog has no citizens: "its" is Myanmar's.
    assert.deepEqual(dyads("Human Rights Watch said Myanmar's military had killed its citizens."), []);
  });

  it("'his' or 'her' before a noun act, with no other party since the speaker, names the speaker as its doer", () => {
    assert.deepEqual(
      dyads("The Kenyan president said his talks with Ethiopia's prime minister had been constructive."),
      ["KEN>ETH:046", "ETH>KEN:046"],
    );
    assert.deepEqual(dyads("Armenia's foreign minister said her visit to Paris had opened new doors."), [
      "ARM>FRA:042",
    ]);
    // a meeting put off was not held; another party between speaker and pronoun owns the act
    assert.deepEqual(dyads("The Russian president said his meeting with Erdogan had been postponed."), []);
    assert.deepEqual(dyads("The Kenyan president said Ethiopia's prime minister had cancelled his visit to Nairobi."), [
      "ETH>KEN:125",
    ]);
  });
});
