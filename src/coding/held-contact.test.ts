// A contact the subject held with a named partner, set beside another act of the clause, is coded too: invented
// sentences, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 3).sort();

describe("heldContact", () => {
  it("a call or meeting with a named partner that sets the clause's act is a contact of its own", () => {
    assert.deepEqual(
      dyads("Georgia's prime minister praised the new rail link in a phone call with the Azerbaijani president."),
      ["AZE>GEO:041", "GEO>AZE:041", "GEO>AZE:051"],
    );
    assert.deepEqual(dyads("Qatar thanked Egypt during a phone call with Cairo's foreign minister."), [
      "EGY>QAT:041",
      "QAT>EGY:041",
      "QAT>EGY:051",
    ]);
    assert.deepEqual(
      dyads("The Kenyan president voiced support for the peace plan during talks with his Ethiopian counterpart."),
      ["ETH>KEN:046", "KEN>ETH:032", "KEN>ETH:046"],
    );
  });

  it("a contact that opens the sentence is the subject's too; one the act followed or one still ahead is its scene", () => {
    assert.deepEqual(dyads("In a phone call with Putin on Monday, Modi praised the deal."), [
      "IND>RUS:041",
      "IND>RUS:051",
      "RUS>IND:041",
    ]);
    assert.deepEqual(dyads("During talks with Zelensky, Erdogan voiced support for Ukraine."), [
      "TUR>UKR:032",
      "TUR>UKR:046",
      "UKR>TUR:046",
    ]);
    assert.deepEqual(dyads("Iraq agreed to expand trade after talks with Iran."), ["IRQ>IRN:031"]);
    assert.deepEqual(dyads("Iraq agreed to expand trade before talks with Iran."), ["IRQ>IRN:031"]);
    assert.deepEqual(dyads("Ahead of talks with Iran, Iraq agreed to expand trade."), []);
    // a contact hoped for or sought, opening the sentence, was not held
    assert.deepEqual(dyads("Hoping for a meeting with the Indian premier, Nepal sent its envoy to Delhi."), []);
    assert.deepEqual(dyads("Seeking talks with Doha, Bahrain sent an envoy."), []);
  });

  it("a meeting an opening 'Following' or 'After' names was held by the subject; discussions are contacts too", () => {
    assert.deepEqual(dyads("Following a meeting with the Jordanian king, the Iraqi envoy said trade would grow."), [
      "IRQ>JOR:040",
      "JOR>IRQ:040",
    ]);
    assert.deepEqual(dyads("After talks with Beijing, the Nepali foreign minister flew home."), [
      "CHN>NPL:046",
      "NPL>CHN:046",
    ]);
    assert.deepEqual(dyads("Peru's president raised the fishing dispute during discussions with Chilean officials."), [
      "CHL>PER:040",
      "PER>CHL:040",
    ]);
    // a party hyphened into a compound before the contact ("the Armenia-Azerbaijan border") is no subject
    assert.deepEqual(dyads("Turkey raised the Armenia-Azerbaijan border during talks with Russian officials."), [
      "RUS>TUR:046",
      "TUR>RUS:046",
    ]);
    // not opening the sentence, a meeting the act came after stays its scene; a clause of its own gives no one
    assert.deepEqual(dyads("The Iraqi envoy said trade would grow after a meeting with the Jordanian king."), []);
    assert.deepEqual(dyads("After a meeting with the Jordanian king was cancelled, Iraq recalled its envoy."), []);
  });

  it("talks the clause only takes part in, or is 'in', are not held beside its act", () => {
    assert.deepEqual(dyads("Serbia refused to take part in talks with Kosovo."), ["SRB>XKX:120"]);
    assert.deepEqual(dyads("Japan pledged new loans to Vietnam in talks with Hanoi's leaders."), ["JPN>VNM:033"]);
    // a meeting insisted or agreed on is wanted, not held; a call is set by "on"
    assert.deepEqual(dyads("Chile's president insisted on a meeting with his Bolivian counterpart."), ["CHL>BOL:100"]);
    assert.deepEqual(dyads("Peru thanked Ecuador on a phone call with the Ecuadorian foreign minister."), [
      "ECU>PER:041",
      "PER>ECU:041",
      "PER>ECU:051",
    ]);
  });
});
