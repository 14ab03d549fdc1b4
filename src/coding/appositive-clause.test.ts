// The object of an act is not sought inside a comma-fenced phrase with a clause of its own, nor in the name of the
// gathering where the act took place: invented sentences, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("appositiveClause", () => {
  it("an actor in ', a move that angered X' or ', an attack X condemned' is that clause's, not the act's target", () => {
    assert.deepEqual(
      dyadsOf(
        "Iran launched three rockets into the desert, the latest in a string of tests that have worried Israel.",
        2,
      ),
      [],
    );
    assert.deepEqual(dyadsOf("Armenian forces shelled the village, a move that angered Russia.", 2), []);
    assert.deepEqual(dyadsOf("Armenian forces shelled the village, an attack Russia condemned.", 2), []);
  });

  it("an apposition with no verb of its own, or an object before it, leaves the target where it was", () => {
    assert.deepEqual(dyadsOf("Russia signed a deal with Iran, a close ally of Syria.", 2), [
      "RUS>IRN:05",
      "IRN>RUS:05",
    ]);
    assert.deepEqual(dyadsOf("Armenian forces shelled Azerbaijan, a move that angered Russia.", 2), ["ARM>AZE:19"]);
  });
});

describe("occasionMention", () => {
  it("the organisation named by a summit where parties met is no partner of the meeting", () => {
    assert.deepEqual(dyadsOf("Greek and Turkish leaders met on the sidelines of the NATO summit.", 2), [
      "GRC>TUR:04",
      "TUR>GRC:04",
    ]);
    assert.deepEqual(dyadsOf("Erdogan met Putin at the SCO summit.", 2), ["TUR>RUS:04", "RUS>TUR:04"]);
    // an organisation met with is a partner
    assert.deepEqual(dyadsOf("Georgia held talks with NATO in Brussels.", 2), ["GEO>NATO:04", "NATO>GEO:04"]);
  });
  it("a capitalised 'Summit' and a body named for its gathering ('the UN General Assembly') name the occasion too", () => {
    assert.deepEqual(dyadsOf("Greek and Turkish leaders met on the sidelines of the NATO Summit in Vilnius.", 2), [
      "GRC>TUR:04",
      "TUR>GRC:04",
    ]);
    assert.deepEqual(dyadsOf("Erdogan met Pezeshkian on the sidelines of the UN General Assembly.", 2), [
      "TUR>IRN:04",
      "IRN>TUR:04",
    ]);
    // the assembly that acts, or is asked to, is an actor
    assert.deepEqual(dyadsOf("The UN General Assembly condemned Russia.", 2), ["UN>RUS:11"]);
    assert.deepEqual(dyadsOf("Turkey asked the UN General Assembly to condemn the attack.", 2), ["TUR>UN:02"]);
  });
});
