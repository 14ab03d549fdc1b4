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

  it("a named act keeps the date its own noun phrase gives, and the reaction keeps its own", () => {
    const when = (text: string) =>
      codeText(text)
        .map((e) => `${e.source}>${e.target}:${e.cameo.slice(0, 2)}@${e.when}`)
        .sort();
    assert.deepEqual(when("Germany condemned the Oct. 7 Russian attack on Kyiv."), [
      "DEU>RUS:11@2025-08-01",
      "RUS>UKR:19@2024-10-07",
    ]);
    assert.deepEqual(when("Georgia condemned the 2008 Russian bombing of Gori."), [
      "GEO>RUS:11@2025-08-01",
      "RUS>GEO:19@2008",
    ]);
    assert.deepEqual(when("Kyiv condemned Russia's 2022 missile strikes on Kharkiv."), [
      "RUS>UKR:19@2022",
      "UKR>RUS:11@2025-08-01",
    ]);
  });

  it("a trade compound the tagger reads as a verb ('arms/VERB sales') is the named act, done by its own agent", () => {
    assert.deepEqual(dyadsOf("China condemned US arms sales to Taiwan.", 2).sort(), ["CHN>USA:11", "USA>TWN:07"]);
    // The verb itself still arms its object.
    assert.deepEqual(dyadsOf("Iran arms militias across the region.", 2), []);
  });

  it("praise of a release goes to whoever releases, not to those released", () => {
    assert.deepEqual(dyadsOf("Turkey praised Russia's release of Ukrainian prisoners.", 2), ["TUR>RUS:05"]);
    assert.deepEqual(dyadsOf("The EU welcomed the release of two Lithuanian activists by Belarus.", 2), ["EU>BLR:05"]);
    // "of" still names the agent of a decision.
    assert.deepEqual(dyadsOf("Kyiv welcomed the decision of Poland to send tanks.", 2)[0], "UKR>POL:05");
  });
});
