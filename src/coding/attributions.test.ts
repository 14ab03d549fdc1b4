// Speech verbs that report and speech verbs that act, on invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("markAttributions: a speech verb with a noun object is the act", () => {
  it("'declared X persona non grata, the ministry said': the trailing speaker does not make it a report", () => {
    assert.deepEqual(dyadsOf("Riga has declared a Belarusian envoy persona non grata, the Latvian ministry said.", 3), [
      "LVA>BLR:166",
    ]);
    assert.deepEqual(dyadsOf("Latvia announced new sanctions on Belarus, Latvian officials said.", 3), ["LVA>BLR:163"]);
  });

  it("'added three Russian banks to its sanctions list': 'add' with a noun object adds, it does not report", () => {
    assert.deepEqual(dyadsOf("Britain added three Russian banks to its sanctions list on Monday.", 3), ["GBR>RUS:163"]);
    // "added" before a clause or a quote still reports what follows
    assert.deepEqual(dyadsOf("Peskov added the talks with Turkey had been useful.", 3), []);
    assert.deepEqual(dyadsOf("Lavrov added that Turkey must stop supplying drones to Ukraine.", 2), ["RUS>TUR:10"]);
  });

  it("a clause after the speech verb is still what was reported", () => {
    assert.deepEqual(dyadsOf("Latvia declared that Belarus had attacked Lithuania, the ministry said.", 2), [
      "BLR>LTU:19",
    ]);
  });

  it("a relative clause on the object, or 'through a joint statement' before it, leaves the object the act", () => {
    assert.deepEqual(
      dyadsOf(
        "Ghana announced the recall of its ambassador from Burkina Faso, which it accuses of harbouring rebels.",
        3,
      ),
      ["GHA>BFA:161"],
    );
    assert.deepEqual(dyadsOf("Chad announced through a joint statement the recall of its envoy from Sudan.", 3), [
      "TCD>SDN:161",
    ]);
  });
});

describe("markAttributions: the host an envoy is posted to is no speaker", () => {
  it("'the Russian ambassador to Israel said his country …': his country is the envoy's", () => {
    assert.deepEqual(
      dyadsOf("The Russian ambassador to Israel said his country condemned Israel's strikes on Iran.", 2),
      // The strikes named inside the condemnation are coded beside it (5331a2d).
      ["RUS>ISR:11", "ISR>IRN:19"],
    );
    // The host stays the one who summons an envoy posted to it.
    assert.deepEqual(dyadsOf("Japan's ambassador to South Korea was summoned on Friday.", 2), ["KOR>JPN:11"]);
  });

  it("an envoy's host and own name before the saying verb are the envoy's title: the reference is still theirs", () => {
    assert.deepEqual(dyadsOf("Russian Ambassador to Israel Anatoly Viktorov said his country would support Iran.", 2), [
      "RUS>IRN:03",
    ]);
    assert.deepEqual(
      dyadsOf("Kazakh Ambassador to China Shahrat Nuryshev said his government would support Beijing's bid.", 2),
      ["KAZ>CHN:03"],
    );
  });
});

describe("markAttributions: a comma after the subject's aside", () => {
  it("a comma closing an aside on the subject is no postposed report: the speech verb's object is the act", () => {
    assert.deepEqual(dyadsOf("Latvia, in a statement, announced new sanctions on Belarus.", 3), ["LVA>BLR:163"]);
    assert.deepEqual(dyadsOf("Latvia, a close partner of Estonia, announced the expulsion of a Belarusian envoy.", 2), [
      "LVA>BLR:16",
    ]);
    // A report before the comma keeps the speaker after the verb.
    assert.deepEqual(dyadsOf("Belarus expelled a Latvian envoy, announced the Belarusian ministry.", 2), [
      "BLR>LVA:16",
    ]);
  });
});

describe("markAttributions: a speaker's participial aside before 'said'", () => {
  it("', writing on Telegram, said …': the clause after 'said' is the report, not attribution", () => {
    assert.deepEqual(
      dyadsOf("Gladkov, writing on Telegram, said a barrage of Ukrainian shelling wounded four people in Belgorod.", 3),
      ["UKR>RUS:194", "UKR>RUS:180"],
    );
    assert.deepEqual(
      dyadsOf(
        "The governor, writing on his Telegram channel, said a wave of Ukrainian drone strikes damaged homes in Kursk.",
        3,
      ),
      ["UKR>RUS:195"],
    );
  });

  it("a trailing ', writing on Telegram, the governor said' stays attribution", () => {
    assert.deepEqual(dyadsOf("Russia attacked Ukraine, writing on Telegram, Zelensky said.", 3), ["RUS>UKR:190"]);
  });
});
