// Acts Orbit missed in fresh invented wire sentences, fixed as classes of language: each should code, and its near
// neighbours should not code the same.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("wire recall classes", () => {
  it("a speech verb whose object opens with an article and a name names an act, not a report", () => {
    assert.deepEqual(dyadsOf("Lithuania declared a Russian diplomat persona non grata.", 3), ["LTU>RUS:166"]);
    // a clause after the name is still what was declared
    assert.deepEqual(dyadsOf("Iraq declared Kuwait would pay for its crimes.", 3), []);
  });

  it("tariffs raised on a party's goods sanction it (163); concerns raised about tariffs do not", () => {
    assert.deepEqual(dyadsOf("The United States raised tariffs on Chinese goods.", 3), ["USA>CHN:163"]);
    assert.deepEqual(dyadsOf("Washington doubled its tariffs on Mexican steel.", 3), ["USA>MEX:163"]);
    assert.deepEqual(dyadsOf("Canada raised concerns about US tariffs.", 3), ["CAN>USA:110"]);
  });

  it("strikes carried out or conducted in a state are air strikes on it (195)", () => {
    assert.deepEqual(dyadsOf("Pakistan carried out strikes inside Iran.", 3), ["PAK>IRN:195"]);
    assert.deepEqual(dyadsOf("Turkey conducted raids in northern Iraq.", 3), ["TUR>IRQ:195"]);
  });

  it("calling a party's act a mistake or a provocation denounces it (111); calling a party is a phone call", () => {
    assert.deepEqual(dyadsOf("Poland called Germany's decision a mistake.", 3), ["POL>DEU:111"]);
    assert.deepEqual(dyadsOf("Moscow called the Estonian move a provocation.", 3), ["RUS>EST:111"]);
    assert.deepEqual(dyadsOf("Erdogan called Putin after the attack.", 3), ["TUR>RUS:041"]);
  });

  it("condemning a party's act named with an 'of' phrase and its 'by' agent is aimed at that agent", () => {
    assert.deepEqual(dyadsOf("France condemned the killing of civilians by Russian forces.", 3), ["FRA>RUS:110"]);
    assert.deepEqual(dyadsOf("Germany criticised the detention of activists by Belarusian police.", 3), [
      "DEU>BLR:110",
    ]);
    // a party named in the "of" phrase is the act's victim, not whom the condemnation is aimed at
    assert.deepEqual(dyadsOf("Britain condemned the attack by Iran.", 3), ["GBR>IRN:110"]);
  });

  it("a party concerned, alarmed or outraged by another's act disapproves of it (110)", () => {
    assert.deepEqual(dyadsOf("The White House said it was deeply concerned by North Korea's missile launch.", 3), [
      "USA>PRK:110",
    ]);
    assert.deepEqual(dyadsOf("Kazakhstan is alarmed by Russia's moves.", 3), ["KAZ>RUS:110"]);
    assert.deepEqual(dyadsOf("Japan is troubled by the situation.", 3), []);
  });

  it("a fronted participle phrase is said of the speaker right after its comma", () => {
    assert.deepEqual(dyadsOf("After meeting Xi in Beijing, Lula said Brazil would join.", 3), [
      "BRA>CHN:040",
      "CHN>BRA:040",
    ]);
    assert.deepEqual(dyadsOf("Visiting Moscow on Monday, the Indian prime minister said ties were strong.", 3), [
      "IND>RUS:042",
    ]);
    // a clause of its own before the comma has its own subject; the speaker is no party of it
    assert.deepEqual(dyadsOf("After Russia attacked Ukraine, Germany said it would send aid.", 2), ["RUS>UKR:19"]);
  });

  it("a warning that the warner itself would act threatens the act's target (13); a forecast of another's does not", () => {
    assert.deepEqual(dyadsOf("Beijing warned that it would impose sanctions on Lithuania.", 3), ["CHN>LTU:132"]);
    assert.deepEqual(dyadsOf("Moscow warned it would target Ukrainian power plants.", 3), ["RUS>UKR:138"]);
    // a warning about what another party would do is no threat by the one warning
    assert.deepEqual(dyadsOf("Kenya warned that Somalia would impose sanctions on Ethiopia.", 3), []);
  });

  it("military targets struck in a named place that is no actor are force against the place's state (19)", () => {
    assert.deepEqual(dyadsOf("Israeli jets struck targets in Gaza overnight.", 2), ["ISR>PSE:19"]);
    assert.deepEqual(dyadsOf("Russian missiles hit military sites in Lviv.", 2), ["RUS>UKR:19"]);
    // at home, or with no place, the targets name no other state
    assert.deepEqual(dyadsOf("Nigerian jets bombed militant camps in Borno.", 2), []);
    assert.deepEqual(dyadsOf("The campaign hit its targets.", 2), []);
  });

  it("a party fenced by commas after 'along with' acts with the one before it; unfenced it does not", () => {
    assert.deepEqual(dyadsOf("Chile, along with Peru, condemned the Bolivian decision.", 2), [
      "CHL>BOL:11",
      "PER>BOL:11",
    ]);
    assert.deepEqual(dyadsOf("Chile, together with the United States, imposed sanctions on Cuba.", 2), [
      "CHL>CUB:16",
      "USA>CUB:16",
    ]);
    assert.deepEqual(dyadsOf("Serbia attacked Kosovo along with Albania.", 2), ["SRB>XKX:19"]);
  });

  it("revoking or cancelling a deal with a party cuts relations with it (161)", () => {
    assert.deepEqual(dyadsOf("Mali revoked its defence agreements with France.", 3), ["MLI>FRA:161"]);
    assert.deepEqual(dyadsOf("Chad cancelled the military pact with Sudan.", 3), ["TCD>SDN:161"]);
  });

  it("a seized drone or yacht is a seizure (171); a leader landing in a capital visits it (042)", () => {
    assert.deepEqual(dyadsOf("Iran's seizure of an American drone raised tensions.", 3), ["IRN>USA:171"]);
    assert.deepEqual(dyadsOf("The Chinese foreign minister landed in Canberra on Friday.", 3), ["CHN>AUS:042"]);
    assert.deepEqual(dyadsOf("The Chinese proposal landed in trouble.", 3), []);
  });

  it("describing or branding a party's act as wrong disapproves of it (110); a thing so described names no one", () => {
    assert.deepEqual(dyadsOf("Ireland described Israel's actions as disproportionate.", 3), ["IRL>ISR:110"]);
    assert.deepEqual(dyadsOf("Moscow branded the British sanctions illegal.", 3), ["RUS>GBR:110"]);
    assert.deepEqual(dyadsOf("Moscow described the talks as constructive.", 3), []);
    assert.deepEqual(dyadsOf("Moscow described the new rules as illegal.", 3), []);
  });

  it("aid withheld from a party is cut from it (162), even past a sum; it is no aid that party gives", () => {
    assert.deepEqual(dyadsOf("Washington withheld nearly $400 million in military aid from Kyiv.", 3), ["USA>UKR:162"]);
    assert.deepEqual(dyadsOf("Washington withheld military aid from Egypt.", 3), ["USA>EGY:162"]);
    assert.deepEqual(dyadsOf("Washington froze $50 million in aid to Egypt.", 3), ["USA>EGY:162"]);
  });

  it("a stated refusal to recognise or accept rejects (12); a standing non-recognition is no act", () => {
    assert.deepEqual(dyadsOf("Chile will not recognise the Bolivian referendum.", 2), ["CHL>BOL:12"]);
    assert.deepEqual(dyadsOf("Chile said it would not accept the Peruvian proposal.", 2), ["CHL>PER:12"]);
    assert.deepEqual(dyadsOf("Chile has not recognised the Bolivian referendum.", 2), []);
  });

  it("condemning an act done by a party, past a place it was done to, condemns that party (11)", () => {
    assert.deepEqual(dyadsOf("Tbilisi condemned the shelling of Gori by Russian troops.", 2), ["GEO>RUS:11"]);
    assert.deepEqual(dyadsOf("Chile condemned the attack on Arica by Bolivian rebels.", 2), ["CHL>BOL:11"]);
  });

  it("a future act on the condition of another party's act threatens that party (13)", () => {
    assert.deepEqual(dyadsOf("Egypt will retaliate if Ethiopia fills the dam.", 2), ["EGY>ETH:13"]);
  });

  it("a present verb between two parties is read as a verb; deported 'from' a state is expelled by it (17)", () => {
    assert.deepEqual(dyadsOf("Iran funds Hezbollah.", 2), ["IRN>LBN:07"]);
    assert.deepEqual(dyadsOf("Two Chilean citizens were deported from Peru.", 2), ["PER>CHL:17"]);
  });

  it("aid with no recipient named goes to the state a disaster in its sentence struck (07)", () => {
    assert.deepEqual(dyadsOf("An earthquake struck Ecuador, and Peru sent rescue supplies.", 2), ["PER>ECU:07"]);
    assert.deepEqual(dyadsOf("Floods swept through Bolivia, and Chile pledged $5 million in aid.", 2), ["CHL>BOL:03"]);
    // the giver's own disaster, or none, names no recipient
    assert.deepEqual(dyadsOf("Floods hit Chile, and Chile sent aid.", 2), []);
    assert.deepEqual(dyadsOf("Elections were held in Bolivia, and Chile sent aid.", 2), []);
    // a list with a comma before its "and" stays one party
    assert.deepEqual(dyadsOf("Chile, Peru, and Bolivia signed a pact.", 2).length, 6);
  });

  it("a call received from a party is its call to the one receiving it (041)", () => {
    assert.deepEqual(dyadsOf("The Chilean president received a phone call from his Peruvian counterpart.", 3), [
      "PER>CHL:041",
    ]);
    assert.deepEqual(dyadsOf("Chile received calls from investors.", 3), []);
  });
});
