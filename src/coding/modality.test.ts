// Modality rules on invented sentences: negated intents, and readying force as a force posture.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text);

describe("modality", () => {
  it("an act a filing is for is not done when the filing was not made ('has not submitted a notification to')", () => {
    assert.deepEqual(dyadsOf("Armenia has not submitted an official notification to withdraw from the CSTO.", 3), []);
    assert.deepEqual(dyadsOf("Georgia has not filed an application to join NATO.", 3), []);
    assert.deepEqual(dyadsOf("Armenia submitted an official notification to withdraw from the CSTO.", 3), [
      "ARM>CSTO:161",
    ]);
  });

  it("'were unable to agree' did not agree, as 'failed to agree' did not; 'were able to agree' did", () => {
    assert.deepEqual(dyads("Kenya and Uganda were unable to agree on a border ceasefire."), []);
    assert.deepEqual(dyads("Serbia was unable to attend the talks with Kosovo in Brussels."), []);
    assert.deepEqual(dyads("Kenya and Uganda were able to agree on a border ceasefire."), [
      "KEN>UGA:030",
      "UGA>KEN:030",
    ]);
  });
  it("what a verb still to come would show ('will make it clear that X intends to') is a forecast, not reported", () => {
    assert.deepEqual(
      dyads("The visit will make it clear that India intends to deepen its partnership with Japan."),
      [],
    );
    assert.deepEqual(dyads("The deal could mean that Azerbaijan joins the Eurasian Economic Union."), []);
    assert.deepEqual(dyads("The visit showed that India intends to deepen its partnership with Japan."), [
      "IND>JPN:031",
    ]);
  });
  it("a headline's 'Putin to meet Xi' is 'is to meet': an intent (036) of the day it is told, not the meeting", () => {
    assert.deepEqual(dyads("Putin to meet Xi in Beijing next month"), ["RUS>CHN:036"]);
    assert.deepEqual(dyads("Kyrgyz President Japarov to visit Tashkent"), ["KGZ>UZB:036"]);
    // a subject then a verb is no headline's "to": "urged Erdogan to visit" asks, it promises nothing
    assert.deepEqual(dyads("The minister urged Erdogan to visit Baku."), []);
  });
  it("'have close economic ties', 'maintains military cooperation': a relationship held is no act", () => {
    assert.deepEqual(dyads("Bhutan and India have close economic ties."), []);
    assert.deepEqual(dyads("Turkey maintains strong military cooperation with Azerbaijan."), []);
    assert.deepEqual(dyads("Qatar has maintained close business ties with Russia."), []);
    assert.equal(dyads("Russia and China have strengthened their economic ties.").length, 2);
  });
  it("'have yet to agree', 'is yet to sign': not done so far", () => {
    assert.deepEqual(dyads("Croatia and Bosnia have yet to agree on their border."), []);
    assert.deepEqual(dyads("Serbia is yet to recognise Kosovo."), []);
    assert.equal(dyads("Croatia and Bosnia agreed on their border.").length, 2);
  });
  it("'diplomats fear the fighting could spread': a feared act, even with 'fear' read as a noun, is a guess", () => {
    assert.deepEqual(dyads("Western diplomats fear the fighting could spread to neighbouring Liberia."), []);
    assert.deepEqual(dyads("Analysts expect clashes between Sudan and Chad."), []);
    assert.equal(dyads("Clashes between Sudan and Chad killed ten soldiers.").length, 2);
  });
  it("'a ceasefire to allow talks': talks a ceasefire is meant to allow have not happened", () => {
    const got = dyads("Nepal's Maoist rebels announced a three-month ceasefire to allow talks with the government.");
    assert.ok(!got.some((d) => d.endsWith(":046")), got.join(", "));
    assert.ok(dyads("Nepal's Maoist rebels held talks with the government.").some((d) => d.startsWith("NPL>NPL:04")));
  });
  it("'rejected calls to mediate': what others are asked to do has not happened", () => {
    assert.deepEqual(dyads("India rejected calls to mediate between Russia and Ukraine."), []);
    assert.deepEqual(dyads("India agreed to mediate between Russia and Ukraine.").length, 2);
  });
  it("'the meeting was postponed', 'talks were called off': a noun act its own verb calls off did not happen", () => {
    assert.deepEqual(dyads("The meeting between Putin and Erdogan was postponed."), []);
    assert.deepEqual(dyads("Talks between Armenia and Azerbaijan were called off on Monday."), []);
    assert.equal(dyads("The meeting between Putin and Erdogan took place in Sochi.").length, 2);
    // the date it was set for lies between the noun and the verb that calls it off
    assert.deepEqual(dyads("Talks between Iran and Egypt set for Friday have been cancelled."), []);
    assert.equal(dyads("Talks between Iran and Egypt set for Friday went ahead in Muscat.").length, 2);
  });
  it("'is considering sanctions', 'a bid to join': an act weighed or striven for is an intent, not done", () => {
    assert.deepEqual(dyads("The European Union is considering new sanctions against Belarus."), ["EU>BLR:132"]);
    assert.deepEqual(dyads("Serbia pressed its bid to join the European Union."), ["SRB>EU:032"]);
    assert.deepEqual(dyads("The European Union imposed new sanctions against Belarus."), ["EU>BLR:163"]);
  });
  it("'has no plans to invade': a negated intent is no event at all", () => {
    assert.deepEqual(dyads("Turkey has no plans to invade Armenia."), []);
    assert.deepEqual(dyads("Turkey plans to invade Armenia."), ["TUR>ARM:138"]);
  });
  it("'prepared to (resume) shelling': readying force is a force posture (150), not a verbal threat", () => {
    assert.deepEqual(dyads("The Armenian army prepared to resume shelling Azerbaijani positions."), ["ARM>AZE:150"]);
    assert.deepEqual(dyads("Armenia is preparing to attack Azerbaijan."), ["ARM>AZE:150"]);
  });
  it("'an appeal for deploying troops': what is asked for has not happened", () => {
    const got = dyads("Armenia rejected a Russian appeal for deploying troops along its border with Azerbaijan.");
    assert.ok(!got.some((d) => d.includes(":15")), JSON.stringify(got));
  });
  it("what someone is allowed or ordered to do is not done; a gerund after 'considering' is an intent", () => {
    const got = dyads("Turkey said it would not allow Georgia to join NATO.");
    assert.ok(!got.some((d) => d.includes(">NATO:")), JSON.stringify(got));
    assert.deepEqual(dyads("Uzbekistan is considering joining the CSTO."), ["UZB>CSTO:032"]);
  });
  it("one actor blocking another's act is not the other easing it", () => {
    assert.deepEqual(dyads("Armenia blocked EU sanctions against Azerbaijan."), []);
    assert.deepEqual(dyads("The European Union lifted its sanctions on Armenia."), ["EU>ARM:085"]);
  });
  it("withholding permission ('would not allow X to', 'gave no permission') is a refusal aimed at X", () => {
    assert.deepEqual(dyads("Azerbaijan did not allow Armenian observers to enter the region."), ["AZE>ARM:124"]);
    assert.deepEqual(dyads("Azerbaijan allowed Armenian observers to enter the region."), ["AZE>ARM:080"]);
  });
  it("'denied accusations that ...', 'reports that ...': a claim's content is not asserted, nor the denier's act", () => {
    assert.deepEqual(dyads("The Georgian government denied accusations that it was moving closer to Russia."), []);
    assert.deepEqual(dyads("China denied allegations that it had hacked Australian networks."), []);
    assert.deepEqual(dyads("Turkey denied charges that it had supported Islamic State."), []);
  });
  it("'rejected criticism from X': turning down what a party said is a rejection aimed at it", () => {
    assert.deepEqual(dyads("Hungary rejected criticism from the European Union."), ["HUN>EU:120"]);
    assert.deepEqual(dyads("Iran rejected threats from Israel."), ["IRN>ISR:120"]);
  });
  it("'defied a ruling by X', 'ignored an order from X': whoever issued the rule is defied (128)", () => {
    assert.deepEqual(dyads("Serbia defied a ruling by the European Court of Human Rights."), ["SRB>ECHR:128"]);
    assert.deepEqual(dyads("Hungary ignored an order from the European Commission."), ["HUN>EU:128"]);
  });
  it("'talks on joining the EU': a gerund that is a noun's topic has not happened", () => {
    assert.deepEqual(dyads("Turkey resumed talks on joining the European Union."), []);
    assert.deepEqual(dyads("Sweden joined NATO in March."), ["SWE>NATO:057"]);
  });
  it("'froze talks with the EU': stopping a mutual act is one side's act", () => {
    assert.deepEqual(dyads("Georgia froze talks with the European Union."), ["GEO>EU:164"]);
  });
  it("'diplomats fear that Hungary will block': a guess at what another will do is no intent of theirs", () => {
    assert.deepEqual(dyads("Some diplomats fear that Hungary will block new sanctions against Russia."), []);
    assert.deepEqual(dyads("Analysts predict that China will send troops to Russia."), []);
  });
  it("'no plans by Azerbaijan to attack', 'any plans by X to': an intent noun with its agent before 'to'", () => {
    assert.deepEqual(dyads("Officials said they knew of no plans by Azerbaijan to attack Armenia."), []);
    assert.deepEqual(
      dyads("Officials said they had no information about any plans by Azerbaijan to attack Armenia."),
      [],
    );
  });
  it("'saw no reason to send', 'did too little to help': nothing to do, or a verdict, is no act", () => {
    assert.deepEqual(dyads("The Hungarian prime minister said he saw no reason to send weapons to Ukraine."), []);
    assert.deepEqual(dyads("Critics argue that Germany has done too little to help Ukraine."), []);
    assert.deepEqual(dyads("Germany sent tanks to help Ukraine.").length, 1);
  });
  it("'No EU member has voiced support', 'None of the Gulf states condemned': a subject that names no one", () => {
    assert.deepEqual(dyads("No NATO member has voiced support for Serbia's bid."), []);
    assert.deepEqual(dyads("None of the Gulf states condemned Israel."), []);
    // a "no" after the verb negates no subject
    assert.deepEqual(dyads("Qatar condemned Israel with no delay."), ["QAT>ISR:110"]);
  });
  it("'existing security alliances', 'extensive military cooperation': a bond held long is no act", () => {
    assert.deepEqual(dyads("Pashinyan said Armenia's existing security alliances with Russia were ineffective."), []);
    assert.deepEqual(
      dyads(
        "Kyrgyzstan and Kazakhstan have strong ties due to shared history as well as extensive military cooperation.",
      ),
      [],
    );
    assert.deepEqual(dyads("Armenia and France signed a new security alliance."), ["ARM>FRA:060", "FRA>ARM:060"]);
  });
  it("'may consider lifting the ban', 'are not scheduled for a meeting': the verb over a noun act keeps its mood", () => {
    assert.deepEqual(dyads("Georgia may consider lifting the ban on arms sales to Armenia."), []);
    assert.deepEqual(dyads("Georgia is considering lifting the ban on arms sales to Armenia."), ["GEO>ARM:035"]);
    assert.deepEqual(dyads("Putin and Erdogan are not scheduled for a separate meeting in Astana."), []);
    assert.deepEqual(dyads("Putin and Erdogan are scheduled for a separate meeting in Astana."), [
      "RUS>TUR:036",
      "TUR>RUS:036",
    ]);
  });
});

describe("an act in a report that goes unconfirmed is not asserted", () => {
  it("'Reports that X did Y could not be confirmed', 'remain unconfirmed': no event", () => {
    assert.deepEqual(dyadsOf("Reports that Chinese warships shelled Japan could not be independently verified."), []);
    assert.deepEqual(dyadsOf("Reports that Russia attacked Ukraine remain unconfirmed."), []);
  });
  it("a report confirmed is the act", () => {
    assert.deepEqual(dyadsOf("Reports that Chinese warships shelled Japan were confirmed by Tokyo.", 2), [
      "CHN>JPN:19",
    ]);
  });
});

describe("a writer's reading of a party's goal", () => {
  it("'aims to deepen', 'is seeking to strengthen' with no one quoted is no stated intent; quoted or particular, it is", () => {
    assert.deepEqual(dyadsOf("Beijing aims to deepen its cooperation with Kyrgyzstan in energy.", 2), []);
    assert.deepEqual(dyadsOf("Tokyo is seeking to strengthen security ties with Manila.", 2), []);
    assert.deepEqual(
      dyadsOf("Tokyo is seeking to strengthen security ties with Manila, the defence minister said.", 2),
      ["JPN>PHL:03"],
    );
    assert.deepEqual(dyadsOf("Moscow aims to boost trade with Tehran, Lavrov told reporters.", 2), ["RUS>IRN:03"]);
    assert.deepEqual(dyadsOf("Washington is seeking to expel Venezuela's envoy.", 2), ["USA>VEN:16"]);
  });
});

describe("modality: a verb whose object is denied with 'no'", () => {
  it("'held no talks', 'signed no deals' are no acts; 'no longer' is time, and the plain verb still codes", () => {
    assert.deepEqual(dyadsOf("NATO and Russia held no talks in May.", 2), []);
    assert.deepEqual(dyadsOf("Russia signed no new deals with Kazakhstan.", 2), []);
    assert.deepEqual(dyadsOf("NATO and Russia held talks in May.", 2), ["NATO>RUS:04", "RUS>NATO:04"]);
  });
});
