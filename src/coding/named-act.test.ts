// An act named with its agent and target as the object of a reaction ("condemned Russia's strikes on Ukraine") is
// coded beside the reaction; a hypothetical one ("any attack") or one with no party aimed at is not.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText, dyadsOf } from "../../test/code-text.ts";

describe("acts named inside a reaction", () => {
  it("a noun act with its possessive or demonym agent and its target is coded beside the condemnation", () => {
    assert.deepEqual(dyadsOf("Poland condemned Russia's drone strikes on Ukrainian cities on Sunday.", 2).sort(), [
      "POL>RUS:11",
      "RUS>UKR:19",
    ]);
    assert.deepEqual(dyadsOf("Manila protested China's detention of two Filipino fishermen.", 2).sort(), [
      "CHN>PHL:17",
      "PHL>CHN:11",
    ]);
  });

  it("the act keeps the date the sentence gives", () => {
    const events = codeText("Finland condemned the Russian airstrikes on Ukraine last week.");
    assert.deepEqual(events.map((e) => `${e.source}>${e.target}:${e.cameo.slice(0, 2)}@${e.when}`).sort(), [
      "FIN>RUS:11@2025-07",
      "RUS>UKR:19@2025-07",
    ]);
  });

  it("a decision to act, welcomed or slammed, is the owner's act on the party named", () => {
    assert.deepEqual(dyadsOf("Lithuania welcomed China's decision to lift sanctions on Lithuanian beef.", 2).sort(), [
      "CHN>LTU:08",
      "LTU>CHN:05",
    ]);
  });

  it("a hypothetical act, or one aimed at no party, gives only the reaction", () => {
    assert.deepEqual(dyadsOf("Germany condemned any Russian attack on Moldova.", 2), ["DEU>RUS:11"]);
    assert.deepEqual(dyadsOf("Britain protested Iran's seizure of the tanker.", 2), ["GBR>IRN:11"]);
    // A habit of condemning names no strike in particular.
    assert.deepEqual(dyadsOf("The EU has repeatedly condemned Russian strikes on Ukrainian civilians.", 2), [
      "EU>RUS:11",
    ]);
  });

  it("a head whose possessor is the party acted on names no agent", () => {
    // "057 accession ; pre=T": Finland joins; Moscow's condemnation is the only act, not a Finnish deed by Moscow.
    assert.deepEqual(dyadsOf("Moscow slammed Finland's accession to NATO on Monday.", 2), ["RUS>FIN:11"]);
    // "a resolution condemning": what a text judges is a reference (referenced-act.ts), not a reported act.
    const judged = dyadsOf("A UN resolution condemning Israel's strikes on Lebanon was adopted on Friday.", 2);
    assert.ok(!judged.includes("ISR>LBN:19"), judged.join(" "));
  });
});
