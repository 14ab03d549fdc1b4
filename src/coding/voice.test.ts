// Voice around a trigger, checked on fresh invented sentences: what should code, and near neighbours that should not.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("a participle that carries a noun act names its doer", () => {
  it("a noun act with a carrying participle and its 'by' agent is that agent's act on the party after it", () => {
    assert.deepEqual(dyadsOf("The aid sent by Japan to Bangladesh arrived on Monday.", 3), ["JPN>BGD:070"]);
    assert.deepEqual(dyadsOf("The sanctions, imposed by the EU on Belarus in 2021, were extended.", 3), ["EU>BLR:163"]);
    assert.deepEqual(dyadsOf("The embargo imposed on Cuba by the United States remains.", 3), ["USA>CUB:163"]);
    assert.deepEqual(dyadsOf("The accusations levelled by India against Pakistan were rejected.", 3), ["IND>PAK:112"]);
    assert.deepEqual(dyadsOf("The attack, carried out by Russian drones on Kyiv, killed five.", 2), ["RUS>UKR:19"]);
  });

  it("a comma-fenced participle with a 'by' agent is a passive of the noun before the comma", () => {
    assert.deepEqual(dyadsOf("The treaty, signed by Armenia and Iran last year, covers energy.", 3), [
      "ARM>IRN:057",
      "IRN>ARM:057",
    ]);
    // a thing given goes to the party after the participle: the noun's own act, not the verb's
    assert.deepEqual(dyadsOf("The loan, granted by China to Pakistan in May, was repaid.", 3), ["CHN>PAK:071"]);
  });

  it("a participle naming another party's act on the noun makes no agent of the noun's act", () => {
    // the one who hosts or condemns an act does not do it
    assert.deepEqual(dyadsOf("Talks hosted by Kazakhstan between Armenia and Azerbaijan ended.", 3), []);
    assert.deepEqual(dyadsOf("The invasion, condemned by the United Nations, continued.", 3), []);
    // an agent with no party the act goes to is no event
    assert.deepEqual(dyadsOf("The sanctions imposed by the EU were extended.", 3), []);
  });

  it("a weapon of mass destruction is used only in an attack named right after it", () => {
    assert.deepEqual(dyadsOf("Iran's nuclear facilities were struck by Israel on Friday.", 2), ["ISR>IRN:19"]);
    assert.deepEqual(dyadsOf("Syria launched a chemical attack on Turkey.", 3), ["SYR>TUR:204"]);
  });

  it("a participle with a 'by' agent after a capitalised noun opening the sentence is a passive of that noun", () => {
    // the tagger reads "Civilians" as a name: the troops did the killing, not the civilians
    assert.deepEqual(dyadsOf("Civilians killed by Russian troops were buried in Bucha.", 2), ["RUS>UKR:19"]);
    assert.deepEqual(dyadsOf("Russia killed civilians in Bucha.", 2), ["RUS>UKR:19"]);
  });
});

describe("a 'by' before an amount measures the act and names no agent", () => {
  it("reads the object after 'by one hour' ('shortened by one hour the curfew')", () => {
    assert.deepEqual(dyadsOf("Israel shortened by two hours the curfew imposed on Palestinians in Hebron.", 3), [
      "ISR>PSE:081",
    ]);
  });
  it("keeps 'by one of the X' an agent", () => {
    assert.deepEqual(dyadsOf("Civilians killed by Russian troops were buried in Bucha.", 2), ["RUS>UKR:19"]);
  });
});

describe("a noun act with its target before a passive that carries it", () => {
  it("'New sanctions on Russia were imposed by Japan': the 'by' agent imposed them", () => {
    assert.deepEqual(dyadsOf("New sanctions on Russia were imposed by Japan.", 3), ["JPN>RUS:163"]);
    assert.deepEqual(dyadsOf("New sanctions against Russia were announced by Japan.", 3), ["JPN>RUS:163"]);
  });
  it("a passive that does not carry the act names no doer of it", () => {
    assert.deepEqual(dyadsOf("Sanctions on Russia were criticised by Hungary."), []);
  });
});

describe("an -ing form with a 'by' agent names the act, as a noun does", () => {
  it("the agent after 'by' does the act; the place or party named with it is hit", () => {
    assert.deepEqual(
      dyadsOf("Villagers reported casualties in northern Iraq after shelling by the Iranian military.", 2),
      ["IRN>IRQ:19"],
    );
    // the condemner is not the bomber (it was read as Chad bombing Libya)
    assert.deepEqual(dyadsOf("Chad condemned bombing by Libya on Friday.", 2), ["TCD>LBY:11"]);
    // a trigger's own -ing form too (it was read as Libya shelling Chad, and the condemnation was lost)
    assert.deepEqual(dyadsOf("Chad condemned shelling by Libyan forces.", 2), ["TCD>LBY:11"]);
  });

  it("a progressive verb stays a verb", () => {
    assert.deepEqual(dyadsOf("Iran is shelling Iraqi Kurdistan.", 2), ["IRN>IRQ:19"]);
  });
});

describe("relative clauses naming members", () => {
  it("the members a relative clause lists are no target of the act on the body", () => {
    assert.deepEqual(dyadsOf("Chad withdrew from a regional force that includes Cameroon and Nigeria.", 2), []);
    // A relative clause that acts keeps its target.
    assert.deepEqual(dyadsOf("Canada imposed sanctions that target Iranian banks.", 2), ["CAN>IRN:16"]);
  });
});

describe("a passive whose participle the report quotes", () => {
  it("'have been \\'downed\\'' is a passive: its subject suffers the act, a 'by' agent does it", () => {
    assert.deepEqual(dyadsOf("Two Latvian border guards were 'detained' by Belarusian troops on Monday.", 2), [
      "BLR>LVA:17",
    ]);
    // No agent: the drones' state is not the one that downed them, and the NATO country named after is not hit; the
    // side that reports another's drones downed downed them (attack-agent.ts, reportedDowner).
    assert.deepEqual(
      dyadsOf(
        "The Polish army says Belarusian drones have been 'downed', the first time the NATO country has engaged them.",
        2,
      ),
      ["POL>BLR:19"],
    );
  });
});

describe("a participle after a subordinator is passive", () => {
  it("'when accused by X' makes X the accuser of the main clause's subject", () => {
    assert.deepEqual(
      dyadsOf("Ankara has defended its purchase of Russian gas when accused by the EU of funding the war.", 3),
      ["EU>TUR:112"],
    );
    assert.deepEqual(
      dyadsOf("Serbia has staunchly defended its purchase of Chinese drones when criticised by Croatia.", 3),
      ["HRV>SRB:110"],
    );
  });

  it("the main clause keeps its own parties", () => {
    assert.deepEqual(dyadsOf("Armenia asked Russia for help when attacked by Azerbaijan.", 3), [
      "ARM>RUS:023",
      "AZE>ARM:190",
    ]);
    assert.deepEqual(dyadsOf("Turkey condemned Russia when its troops attacked Ukrainian ports.", 3), ["TUR>RUS:110"]);
  });
});

describe("a harm participle after a plain noun is a reduced relative on it", () => {
  it("'soldiers killed in combat' names no act between the clause's parties", () => {
    const text = "Uzbekistan and Tajikistan agreed to exchange the remains of 300 soldiers killed in combat.";
    // The remains agreed to be exchanged are given back (an intent to release, 035), not shared information (031).
    assert.deepEqual(dyadsOf(text, 3), ["UZB>TJK:035", "TJK>UZB:035"]);
  });

  it("a harm verb with its object is still the subject's act", () => {
    assert.deepEqual(dyadsOf("Israeli troops killed two Palestinians in Jenin.", 3), ["ISR>PSE:190"]);
  });
});

describe("a deal signed in an aside between dashes, or in a named place", () => {
  it("is signed by the parties after its 'by'", () => {
    const dashes =
      "The pact -- signed in Astana by Kazakh President Tokayev and his Uzbek counterpart -- ends the row.";
    assert.deepEqual(dyadsOf(dashes, 3).sort(), ["KAZ>UZB:057", "UZB>KAZ:057"]);
    const commas = "The deal, signed at Ashgabat by Turkmenistan and Iran on Monday, doubles gas swaps.";
    assert.deepEqual(dyadsOf(commas, 3).sort(), ["IRN>TKM:057", "TKM>IRN:057"]);
  });

  it("a deal only praised or criticised by a party after a place is no signing", () => {
    assert.deepEqual(dyadsOf("The deal -- criticised in Moscow by Russia -- ends the row.", 3), []);
  });
});
