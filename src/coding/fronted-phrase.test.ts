// Phrases a sentence opens with ("After meeting X, Y ..."); sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("fronted phrases", () => {
  it("a gerund in the opening phrase is done by the subject after its comma", () => {
    assert.deepEqual(dyadsOf("After meeting Chinese leaders, the Russian president signed a border agreement.", 3), [
      "RUS>CHN:040",
      "CHN>RUS:040",
    ]);
    assert.deepEqual(
      dyadsOf("Before visiting Moscow, the Indian prime minister met Pakistani leaders in Islamabad.", 3),
      ["IND>RUS:042", "IND>PAK:040", "PAK>IND:040"],
    );
  });
  it("the 'with' partner of an opening phrase is the target of the subject's act that has none", () => {
    // The talks an opening "Following" names were held too (held-contact.ts).
    assert.deepEqual(dyadsOf("Following talks with Iran, Iraq agreed to release 200 prisoners of war.", 2), [
      "IRQ>IRN:04",
      "IRN>IRQ:04",
      "IRQ>IRN:03",
    ]);
    assert.deepEqual(
      dyadsOf("After two days of talks with Ethiopian officials, Sudan agreed to reopen the border.", 2),
      ["SDN>ETH:03"],
    );
  });
  it("an opening clause with a subject of its own, or a place, gives no partner", () => {
    assert.deepEqual(dyadsOf("After talks with Iran collapsed, Iraq condemned the attack.", 2), []);
    assert.deepEqual(dyadsOf("Following talks in Moscow, Belarus agreed to join the union.", 2), []);
    assert.deepEqual(dyadsOf("After talks with Iran collapsed, Iraq attacked Kuwait.", 2), ["IRQ>KWT:19"]);
  });
  it("a contact set beside an act still to come is no contact held", () => {
    assert.deepEqual(dyadsOf("Following a meeting with Putin next week, Modi will travel to Kyiv.", 2), ["IND>UKR:03"]);
    assert.deepEqual(dyadsOf("During talks with Erdogan, Putin is expected to raise the grain deal.", 2), []);
    // A modal keeps the act ahead as "will" does (the words awaited-occasion.ts reads); before, the meeting was held.
    assert.deepEqual(dyadsOf("After meeting Xi in Beijing, Lula could fly to Tokyo next week.", 2), []);
  });
  it("with no comma, the actors after the opening phrase's noun and before a finite verb are its subject", () => {
    assert.deepEqual(dyadsOf("During the talks the Omani and Yemeni envoys signed a prisoner accord.", 2), [
      "OMN>YEM:05",
      "YEM>OMN:05",
    ]);
    assert.deepEqual(dyadsOf("In a brief meeting the Danish delegation praised the Swedish hosts.", 2), ["DNK>SWE:05"]);
    // A name the noun modifies, with no verb after it, stays a name: "at the request of the Kenyan side".
    assert.deepEqual(dyadsOf("At the invitation the Kenyan minister.", 2), []);
  });
});
