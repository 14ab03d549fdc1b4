// Where an event happened (eventPlace). Sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText } from "../../test/code-text.ts";
import { fatalitiesNear } from "./event-details.ts";

function located(text: string): string[] {
  return codeText(text).map((e) => `${e.source}>${e.target}@${e.location?.name ?? "-"}/${e.location?.country ?? "-"}`);
}

describe("eventPlace", () => {
  it("takes the city, not the region after its comma that only says where the city lies", () => {
    assert.deepEqual(
      located("At a summit in Miami, Florida, the American president met Venezuelan opposition leaders."),
      ["USA>VEN@Miami/USA", "VEN>USA@Miami/USA"],
    );
    assert.deepEqual(located("The forum held in Toronto, Ontario, ended as Canada accused China of spying."), [
      "CAN>CHN@Toronto/CAN",
    ]);
  });
  it("controls: a city before its state's name, and a city named alone", () => {
    assert.deepEqual(
      located("Last week the talks held in Geneva, Switzerland, ended as Russia accused Ukraine of shelling."),
      ["RUS>UKR@Geneva/CHE"],
    );
    assert.deepEqual(located("At a summit in Ontario the Canadian premier met Chinese envoys."), [
      "CAN>CHN@Ontario/CAN",
      "CHN>CAN@Ontario/CAN",
    ]);
  });
});

describe("eventPlace of an act spoken of", () => {
  it("leaves the place of an act after 'of'/'for' and a gerund to that act", () => {
    assert.deepEqual(located("Azerbaijan accused Russia on Friday of shooting down its airliner near Aktau."), [
      "AZE>RUS@-/-",
    ]);
    assert.deepEqual(located("Ukraine thanked Turkey for hosting the talks in Istanbul."), ["UKR>TUR@-/-"]);
  });
  it("leaves the place of the next conjunct, after a comma and 'and', to that conjunct's act", () => {
    assert.deepEqual(
      located("The Pentagon rejected the Russian accusations as false, and sources in the Rukban camp told reporters."),
      ["USA>RUS@-/-"],
    );
    assert.deepEqual(
      located(
        "The Pentagon rejected the Russian accusations as “patently false,” and sources in the Rukban camp spoke.",
      ),
      ["USA>RUS@-/-"],
    );
  });
  it("leaves the place of the people an utterance is aimed at to them", () => {
    assert.deepEqual(located("Russia accused U.S. forces in southern Syria's al-Tanf of arming militants."), [
      "RUS>USA@-/-",
    ]);
    assert.deepEqual(located("Russia accused Ukrainian troops in the Donbas of shelling civilians."), ["RUS>UKR@-/-"]);
  });
  it("shows no town for an organisation's acronym ('at the UN' is not Un, India)", () => {
    assert.deepEqual(located("India and Pakistan criticised each other at the UN."), ["IND>PAK@-/-", "PAK>IND@-/-"]);
    assert.deepEqual(located("Azerbaijan accused Armenia at the UN in New York of lying."), ["AZE>ARM@New York/USA"]);
  });
  it("control: a state named alone, an act of force and a meeting keep the place", () => {
    assert.deepEqual(located("Georgia condemned Russia in Tbilisi on Monday."), ["GEO>RUS@Tbilisi/GEO"]);
    assert.deepEqual(located("Russian troops attacked Ukrainian forces in the Donbas."), ["RUS>UKR@Donbas/UKR"]);
    assert.deepEqual(located("Putin met Erdogan in Sochi."), ["RUS>TUR@Sochi/RUS", "TUR>RUS@Sochi/RUS"]);
  });
  it("control: the act itself keeps its place", () => {
    assert.deepEqual(
      located("In Baku, Aliyev met Erdogan, and the two leaders signed a gas deal.")[0],
      "AZE>TUR@Baku/AZE",
    );
    assert.deepEqual(located("Russian air defences shot down an Azerbaijani airliner near Aktau."), [
      "RUS>AZE@Aktau/KAZ",
    ]);
    assert.deepEqual(located("Turkey hosted Ukrainian negotiators in Istanbul."), ["TUR>UKR@Istanbul/TUR"]);
  });
});

describe("eventDate: a date in the clause that belongs to another act", () => {
  // 2025-08-01 is a Friday.
  const dated = (text: string) =>
    codeText(text, "2025-08-01").map((e) => `${e.source}>${e.target}:${e.when}/${e.whenFrom}`);
  it("leaves a date after another verb to that verb's act", () => {
    assert.deepEqual(dated("Beijing urged Washington to lift the tariffs imposed on September 1."), [
      "CHN>USA:2025-08-01/article",
    ]);
    assert.deepEqual(dated("Turkey urged Syria to hold elections next year."), ["TUR>SYR:2025-08-01/article"]);
    // A relative clause with no "that": a noun, a pronoun and its verb.
    assert.deepEqual(dated("Egypt called on Ethiopia to stop filling the dam it began building in 2011."), [
      "EGY>ETH:2025-08-01/article",
    ]);
  });
  it("leaves a date before a noun to the act the noun names", () => {
    assert.deepEqual(dated("Azerbaijan criticised Armenia's March 3 decision to close the border."), [
      "AZE>ARM:2025-08-01/article",
    ]);
    assert.deepEqual(dated("Russia launched the March 3 attack on Kharkiv."), ["RUS>UKR:2025-03-03/text"]);
  });
  it("controls: a past date after an infinitive, and a participle after a comma, date the act", () => {
    assert.deepEqual(dated("Azerbaijan and Armenia agreed to resume talks on Monday."), [
      "AZE>ARM:2025-07-28/text",
      "ARM>AZE:2025-07-28/text",
    ]);
    assert.deepEqual(dated("Russian forces shelled Kharkiv, killing 12 people on Tuesday."), [
      "RUS>UKR:2025-07-29/text",
    ]);
    assert.deepEqual(dated("Serbian protesters blocked a border crossing with Hungary on Tuesday."), [
      "SRB>HUN:2025-07-29/text",
    ]);
  });
});

describe("fatalitiesNear", () => {
  const deaths = (s: string) => fatalitiesNear(s, 0, s.length);
  it("reads numbers, number words and one victim named with 'a'", () => {
    assert.equal(deaths("shelled the town, killing at least 12 civilians"), 12);
    assert.equal(deaths("the strike killed 1,200 fighters"), 1200);
    assert.equal(deaths("killed a Kyrgyz soldier in a clash"), 1);
    assert.equal(deaths("five people were killed"), 5);
    assert.equal(deaths("leaving four civilians dead"), 4);
    assert.equal(deaths("killing an estimated 30 people"), 30);
    assert.equal(deaths("launched air strikes, killing over 10,000 Palestinians"), 10000);
    assert.equal(deaths("struck a convoy, killing at least 13, according to the WHO"), 13);
    // The killer named with "a" is not counted; the two men are.
    assert.equal(deaths("a Russian soldier killed two men"), 2);
  });
  it("takes the lowest figure a vague count commits to", () => {
    assert.equal(deaths("air strikes killed dozens of people"), 12);
    assert.equal(deaths("killing hundreds of civilians"), 100);
    assert.equal(deaths("the deaths of a dozen soldiers"), 12);
  });
  it("counts no deaths where none are stated", () => {
    assert.equal(deaths("leaving five people wounded"), undefined);
    assert.equal(deaths("Turkey deported 1,200 Syrian refugees"), undefined);
    assert.equal(deaths("wounding three soldiers"), undefined);
    assert.equal(deaths("killed a number of soldiers"), undefined);
  });
  it("counts one victim named with 'a' and a word for a person, and no thing killed", () => {
    assert.equal(deaths("Israeli troops killed a Palestinian teenager"), 1);
    assert.equal(deaths("the strike killed a 17-year-old boy"), 1);
    assert.equal(deaths("leaving a civilian dead"), 1);
    assert.equal(deaths("Russian strikes killed a plan for talks"), undefined);
    assert.equal(deaths("the veto killed a deal on grain exports"), undefined);
  });
  it("an event carries the count its sentence gives", () => {
    const fatalities = (text: string) => codeText(text).map((e) => `${e.source}>${e.target}:${e.fatalities ?? "-"}`);
    assert.deepEqual(fatalities("Israeli troops killed a Palestinian teenager in Jenin."), ["ISR>PSE:1"]);
    assert.deepEqual(fatalities("Russian strikes on Kyiv killed a plan for talks."), ["RUS>UKR:-"]);
  });
});
