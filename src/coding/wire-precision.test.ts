// Wire-style sentences written for this test (not from a suite): background clauses, asides, relative clauses,
// hedges and reported claims, each with the events it should give and no more.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 3);

describe("wire sentences: no act from a background clause lands on the main clause's parties", () => {
  it("a place in the main clause is not where an act in an 'after' clause hits", () => {
    assert.deepEqual(
      dyads(
        "Armenia's prime minister met his Georgian counterpart in Tbilisi on Monday, weeks after Azerbaijan launched an offensive in Nagorno-Karabakh.",
      ),
      ["ARM>GEO:040", "GEO>ARM:040"],
    );
    assert.deepEqual(
      dyads("The minister spoke in Tbilisi on Monday, days after Russian troops shelled villages near the border."),
      [],
    );
    assert.deepEqual(dyads("Turkish troops in Iraq shelled Kurdish villages."), ["TUR>IRQ:194"]);
  });
  it("a noun act called off past an aside between commas did not happen", () => {
    assert.deepEqual(
      dyads("The meeting between Erdogan and Putin, originally planned for August, was postponed indefinitely."),
      [],
    );
    assert.deepEqual(
      dyads("Talks between Armenia and Azerbaijan, which were due to start on Monday, have been cancelled."),
      [],
    );
    assert.deepEqual(dyads("The meeting between Erdogan and Putin, held in Sochi, produced a grain deal."), [
      "TUR>RUS:040",
      "RUS>TUR:040",
    ]);
  });
  it("a party inside a relative clause with its own subject is no target of the verb before it", () => {
    assert.deepEqual(dyads("Poland criticised a pipeline that Germany built with Russia."), []);
    assert.ok(
      !dyads("Protesters in Tbilisi rallied against a law that critics compare to Russia's foreign agents legislation.")
        .join()
        .includes("RUS"),
    );
  });
  it("a relative clause on a thing has that thing as its subject, not the main clause's subject", () => {
    assert.deepEqual(dyads("The EU condemned the attack that killed three Ukrainian soldiers."), []);
    assert.deepEqual(dyads("Russian soldiers who shelled the village were captured by Ukraine."), ["UKR>RUS:173"]);
    assert.deepEqual(dyads("Pashinyan, who met Putin last week, criticised Baku."), [
      "ARM>RUS:040",
      "RUS>ARM:040",
      "ARM>AZE:110",
    ]);
  });
  it("a present tense after a time conjunction has not happened yet", () => {
    assert.deepEqual(
      dyads("Erdogan and Putin are expected to discuss the grain corridor when they meet in Sochi."),
      [],
    );
    assert.deepEqual(dyads("Xi will raise the issue with Putin when he visits Moscow next week."), []);
    assert.deepEqual(dyads("After Russia invaded Ukraine, Finland applied to join NATO."), ["RUS>UKR:190"]);
  });
  it("a participle between a preposition and a place describes the place ('in occupied Kherson')", () => {
    assert.deepEqual(dyads("Russian forces have been accused of torturing civilians in occupied Kherson."), []);
    assert.deepEqual(dyads("Russian troops occupied Kherson in March 2022."), ["RUS>UKR:192"]);
  });
  it("the content of a demanded admission or guarantee is not asserted", () => {
    assert.deepEqual(dyads("Kyiv demanded an admission by Moscow that Russian troops killed Ukrainian prisoners."), [
      "UKR>RUS:100",
    ]);
    assert.deepEqual(dyads("Azerbaijan demanded guarantees that Armenia would withdraw its troops."), []);
  });
  it("an organisation naming what a listed group belongs to is no party ('Greece and Turkey, NATO allies, ...')", () => {
    assert.deepEqual(
      dyads("Greece and Turkey, NATO allies that have long quarrelled over Cyprus, agreed to hold talks next month."),
      ["GRC>TUR:036", "TUR>GRC:036"],
    );
    assert.deepEqual(dyads("Hungary and Slovakia, EU member states, opposed the new aid package for Ukraine."), [
      "HUN>UKR:110",
      "SVK>UKR:110",
    ]);
    assert.deepEqual(dyads("Russia, China and Iran held joint naval drills.").length, 6);
  });
  it("disapproving a hostile act is aimed at whoever did it, not at its victim", () => {
    assert.deepEqual(dyads("Turkey denounced the bombing of Gaza by Israel."), ["TUR>ISR:110"]);
    // The attack named with its agent and target is an act of its own (named-act.ts); the condemnation is Russia's.
    assert.deepEqual(dyads("Germany condemned the Russian attack on Kyiv."), ["DEU>RUS:110", "RUS>UKR:190"]);
    assert.deepEqual(dyads("France condemned the attack on Ukraine."), []);
    assert.deepEqual(dyads("Hungary opposed the sanctions against Russia."), []);
    assert.deepEqual(dyads("Ukraine condemned Russia for the attack on Kyiv."), ["UKR>RUS:110"]);
  });
  it("mediators of a truce mediate with the sides, not with each other", () => {
    assert.deepEqual(dyads("Israel and Hamas agreed to a temporary truce brokered by Qatar and Egypt."), [
      "ISR>PSE:030",
      "PSE>ISR:030",
      "QAT>ISR:045",
      "QAT>PSE:045",
      "EGY>ISR:045",
      "EGY>PSE:045",
    ]);
    assert.deepEqual(dyads("Armenia and Azerbaijan met in Brussels."), ["ARM>AZE:040", "AZE>ARM:040"]);
  });
  it("armour sent to a party is arms supply; brought to its border it is a show of force; troops sent to it are neither", () => {
    assert.deepEqual(dyads("Britain is sending Challenger tanks to Ukraine."), ["GBR>UKR:072"]);
    assert.deepEqual(dyads("Poland delivered T-72 tanks to Ukraine in April."), ["POL>UKR:072"]);
    assert.deepEqual(dyads("Russia sent tanks to its border with Ukraine."), ["RUS>UKR:154"]);
    // Troops sent to an ally's own soil threaten no one there (patterns.txt, 074 / ---).
    assert.deepEqual(dyads("The United States sent troops to Poland."), []);
  });
});

describe("wire sentences: what is coded and what is not", () => {
  // Each sentence with all the events it should give (3-digit codes).
  const cases: Array<[string, string[]]> = [
    [
      "The Kremlin on Tuesday rejected a Polish proposal to station NATO troops along the Belarusian border, calling it a provocation.",
      ["RUS>POL:127"],
    ],
    ["Amid rising tensions with Moscow, Finland said it would consider closing its eastern border.", []],
    ["If Iran enriches uranium beyond 60 percent, Israel could strike its nuclear facilities, analysts said.", []],
    [
      "The European Union, the United States and Britain condemned the arrest of the opposition leader in Minsk.",
      ["EU>BLR:110", "USA>BLR:110", "GBR>BLR:110"],
    ],
    [
      "Russia's foreign ministry summoned the Estonian ambassador after Tallinn expelled a Russian diplomat last week.",
      ["RUS>EST:114", "EST>RUS:161"],
    ],
    ["China denied reports that it had supplied drones to Russia for use in Ukraine.", []],
    [
      "Georgia's ruling party, which critics say has drifted toward Moscow, suspended accession talks with the EU until 2028.",
      ["GEO>EU:164"],
    ],
    ["Hungary, which has repeatedly blocked EU aid to Ukraine, said on Friday it would not veto the new package.", []],
    [
      "Moldova expelled a Russian diplomat on Monday over what it called interference in its elections.",
      ["MDA>RUS:161"],
    ],
    ["Azerbaijani police detained two Armenian citizens near the border, state media reported.", ["AZE>ARM:173"]],
    ["Lithuania, a staunch ally of Kyiv, pledged further military aid to Ukraine on Wednesday.", ["LTU>UKR:033"]],
    ["Belarus denied that its troops would take part in any attack on Ukraine.", []],
    ["France may recall its ambassador from Algeria, a French official told reporters.", []],
    ["Japan and South Korea urged North Korea to halt its missile tests.", ["JPN>PRK:020", "KOR>PRK:020"]],
    ["The Armenian government is expected to ask Russia to withdraw its border guards from Yerevan airport.", []],
    [
      "Poland, which hosts thousands of American soldiers, criticised Germany for its slow delivery of tanks to Ukraine.",
      ["POL>DEU:110"],
    ],
    [
      "Kazakh President Tokayev, who called in CSTO troops during the 2022 unrest, visited Moscow on Thursday.",
      ["KAZ>RUS:042"],
    ],
    [
      "Russia and China vetoed a UN Security Council resolution on Syria on Tuesday, the latest in a series of vetoes that have frustrated Western diplomats.",
      ["RUS>UN:129", "CHN>UN:129"],
    ],
    ["Iran supplied hundreds of drones to Russia last year, according to US intelligence officials.", ["IRN>RUS:072"]],
    [
      "Serbian President Vucic, who has maintained close ties with Moscow, met the EU envoy in Belgrade.",
      ["SRB>EU:040", "EU>SRB:040"],
    ],
    [
      "Moscow accused Washington of meddling in its internal affairs, a charge the State Department rejected.",
      ["RUS>USA:112"],
    ],
    [
      "Tajikistan and Kyrgyzstan traded accusations over the border clashes, each blaming the other.",
      ["TJK>KGZ:112", "KGZ>TJK:112"],
    ],
    ["India and Pakistan exchanged fire along the Line of Control overnight.", ["IND>PAK:190", "PAK>IND:190"]],
    ["US officials warned that China could provide weapons to Russia.", []],
    ["China's foreign ministry called the American accusations groundless.", []],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(dyads(text), expected));
});

describe("wire sentences: senses of trigger words that are no act", () => {
  const cases: Array<[string, string[]]> = [
    ["Kazakhstan needed the doubles match to beat the Netherlands 2-1.", []],
    ["Russia beat Croatia on Monday.", []],
    ["Two Palestinian prisoners were beaten by Israeli guards.", ["ISR>PSE:182"]],
    ["Russian police beat Chechen protesters in Moscow.", ["RUS>RUS:182"]],
    ["The storm caused significant disruptions across Britain.", []],
    ["It demonstrates the value of Ireland's data protection laws.", []],
    ["Thousands of Serbs demonstrated against the government in Belgrade.", ["SRB>SRB:141"]],
    ["The White House released the transcript of the president's call with his Ukrainian counterpart.", []],
    ["Israel released 30 Lebanese prisoners.", ["ISR>LBN:084"]],
    ["Biden took over as the administration's point man on Ukraine.", []],
    ["He warned that the United States' alliance with Israel could drag it into a war.", []],
    ["France and Germany formed an alliance against Britain.", ["FRA>DEU:060", "DEU>FRA:060"]],
    ["Kazakhstan partnered with China on the new railway.", ["KAZ>CHN:060", "CHN>KAZ:060"]],
    // Sanctions lifted "against X" are lifted for X: only cooperation itself is not done with whom it is against.
    ["The United States lifted sanctions against Pakistan.", ["USA>PAK:085"]],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(dyads(text), expected));
});

describe("wire sentences: an act named only as someone's claim is not done", () => {
  // Without claimedAct, "Armenia's claims of genocide" was ARM>TUR 200 and a claimed attack a real one.
  const cases: Array<[string, string[]]> = [
    // Denying a party's claims rejects that party (120); the act claimed is still no event.
    ["Turkey denied Armenia's claims of genocide.", ["TUR>ARM:120"]],
    ["Ukraine's claims of a Russian attack on Kharkiv were denied by Moscow.", []],
    // The allegation itself is still an accusation; only the attack it alleges is not an event.
    ["Azerbaijan denied Armenia's allegations of attacks on civilians.", ["ARM>AZE:112"]],
    // An act after other nouns is still done: "despite claims of a ceasefire" does not undo the attack.
    ["Russian troops attacked Kharkiv, despite claims of a ceasefire.", ["RUS>UKR:190"]],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(dyads(text), expected));
});
