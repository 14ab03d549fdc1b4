// Which actors a sentence joins into one side ("A and B"); sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("actorGroups", () => {
  it("a possessive after the 'by' agent of one act opens a second act with its own agent", () => {
    assert.deepEqual(
      dyadsOf(
        "It followed the bombing of Armenia by Azerbaijan and then Armenia's assault on Azerbaijani villagers.",
        3,
      ),
      ["AZE>ARM:195", "ARM>AZE:180"],
    );
    assert.deepEqual(
      dyadsOf(
        "The vote follows the shelling of Kyiv by the separatist group Wagner and then Ukraine's raid on Belgorod.",
        2,
      ),
      ["UKR>RUS:19"],
    );
  });

  it("organisations an appositive says the party belongs to ('Latvia, a NATO and EU member,') are no parties", () => {
    assert.deepEqual(dyadsOf("Latvia, a NATO and EU member, accused Minsk of hybrid attacks.", 2), ["LVA>BLR:11"]);
    // Without the comma that opens the appositive the organisations are the subject.
    assert.deepEqual(dyadsOf("NATO and EU members condemned Russia.", 2), ["NATO>RUS:11", "EU>RUS:11"]);
  });

  it("'the EU member', 'the NATO ally': one unnamed member, not the organisation", () => {
    assert.deepEqual(dyadsOf("The NATO ally condemned Russia.", 2), []);
    assert.deepEqual(
      dyadsOf("Minsk warned that the expulsions would be a grave violation of international law by the EU member.", 2),
      [],
    );
    assert.deepEqual(dyadsOf("The EU condemned Russia.", 2), ["EU>RUS:11"]);
  });

  it("a possessive list with no 'by' before it is one joint possessor", () => {
    assert.deepEqual(dyadsOf("Russia and China's joint statement condemned Japan.", 2), ["RUS>JPN:11", "CHN>JPN:11"]);
  });

  it("an ampersand joins parties as 'and' does (headlines, feed titles)", () => {
    assert.deepEqual(dyadsOf("Armenia & Azerbaijan held talks in Washington.", 2), ["ARM>AZE:04", "AZE>ARM:04"]);
    assert.deepEqual(dyadsOf("Turkey condemned Russia & Iran.", 2), ["TUR>RUS:11", "TUR>IRN:11"]);
  });
  it("an 'along with' aside may name its parties through their tie, and list several", () => {
    assert.deepEqual(
      dyadsOf("Ghana, along with its regional partners Togo and Benin, recalled their envoys from Mali.", 2),
      ["GHA>MLI:16", "TGO>MLI:16", "BEN>MLI:16"],
    );
    // Unfenced at the sentence's end, the companions may be the object's: no joint act.
    assert.deepEqual(dyadsOf("Ghana recalled its envoy from Mali, along with its partners Togo and Benin.", 2), [
      "GHA>MLI:16",
    ]);
  });
});

describe("a list closed by 'and', then a comma", () => {
  it("ends at the 'and': the name after the comma opens the next phrase", () => {
    assert.deepEqual(dyadsOf("After clashes between Armenia and Azerbaijan, Russia urged restraint.", 2), [
      "ARM>AZE:19",
      "AZE>ARM:19",
    ]);
  });
  it("still runs on through commas before its 'and', and takes an appositive naming its last member", () => {
    assert.equal(dyadsOf("Russia, Belarus, and Kazakhstan signed a customs accord.", 2).length, 6);
    assert.deepEqual(
      dyadsOf("The Brazilian minister and his Indian counterpart, Subrahmanyam Jaishankar, held talks.", 2),
      ["BRA>IND:04", "IND>BRA:04"],
    );
  });
});
