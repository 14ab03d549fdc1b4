// Hedges of the kinds met on real news pages, in sentences written for this test: each hedged line gave an event
// before its rule; each control line still gives one.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 3);

describe("real-page hedges", () => {
  it("a question with a modal asserts nothing", () => {
    assert.deepEqual(dyads("How would Washington respond to a secret Chinese phone call to Iran's president?"), []);
    assert.deepEqual(dyads("What would Brussels say about a secret Hungarian phone call to Russia's president?"), []);
    assert.deepEqual(dyads("Hungary's prime minister held a secret phone call with Russia's president."), [
      "HUN>RUS:041",
      "RUS>HUN:041",
    ]);
  });
  it("an act listed with 'including' has the mood of the verb it is listed under", () => {
    assert.deepEqual(
      dyads(
        "Erdogan said Turkey could take a series of steps against Israel, including calling for a UN Security Council debate.",
      ),
      [],
    );
    assert.deepEqual(
      dyads("Turkey has taken steps against Israel, including calling for a UN Security Council debate."),
      ["TUR>UN:100"],
    );
  });
  it("a release or withdrawal after 'for' is a goal, unless someone is thanked for it", () => {
    assert.deepEqual(dyads("Qatar is in contact with Israel and Hamas for the release of Israeli hostages."), []);
    assert.deepEqual(dyads("France worked with Qatar for the release of French hostages held in Mali."), []);
    assert.deepEqual(dyads("Israel thanked Qatar for the release of Israeli hostages."), ["ISR>QAT:051"]);
  });
  it("'was due to visit' is scheduled, not done; 'due to the attack' gives a cause", () => {
    assert.deepEqual(dyads("US secretary of state Antony Blinken was due to visit Israel on Friday."), ["USA>ISR:036"]);
    assert.deepEqual(dyads("Flights were cancelled due to the attack by Russia on Ukraine."), ["RUS>UKR:190"]);
  });
  it("every act in the gerund phrase of 'accused of' is charged, not done", () => {
    assert.deepEqual(
      dyads("Russia has been accused of creating a crisis by blocking the delivery of aid to Syria."),
      [],
    );
    assert.deepEqual(dyads("Turkey was accused of stoking tensions by sending warships to Cyprus."), []);
    assert.deepEqual(dyads("Turkey, accused of backing rebels, sent troops to the border with Syria."), [
      "TUR>SYR:154",
    ]);
  });
  it("what people are arrested, jailed or deported for is held against them, not done", () => {
    const deported =
      "Some 60 Mexicans flew home on Friday after being deported for either violating visa norms or entering Canada.";
    assert.deepEqual(dyads(deported), []);
    assert.deepEqual(dyads("Dozens of Ukrainians were deported for violating Polish visa norms."), []);
    assert.deepEqual(dyads("Two Chinese nationals were arrested for spying on the United States."), []);
    assert.deepEqual(dyads("A Russian citizen was jailed for attacking a Georgian policeman."), []);
    // The fine itself is a penalty on Poland; what it is for is Poland's act.
    assert.deepEqual(dyads("Brussels fined Poland for refusing to take in migrants from Belarus."), [
      "EU>POL:172",
      "POL>BLR:121",
    ]);
    assert.deepEqual(dyads("Russia expelled two British diplomats for spying."), ["RUS>GBR:161"]);
  });
  it("'has to', 'needs to': a present obligation is not met; 'had to withdraw' was", () => {
    assert.deepEqual(dyads("Russia has to withdraw its troops from Georgia."), []);
    assert.deepEqual(dyads("Russia had to withdraw its troops from Georgia."), ["RUS>GEO:087"]);
  });
  it("a for-to infinitive ('waiting for Beijing to make concessions') is wished, not done", () => {
    assert.deepEqual(dyads("Washington is waiting for Beijing to make concessions to Taiwan."), []);
    assert.deepEqual(dyads("Western states are pushing for Damascus to allow the UN to deliver aid."), []);
    assert.deepEqual(dyads("The EU called for Russia to withdraw from Georgia."), ["EU>RUS:100"]);
  });
  it("what a deal requires has not been given", () => {
    assert.deepEqual(dyads("Washington decided that a deal requires concessions by Beijing."), []);
  });
  it("'and' between two adjectives stays in the noun's phrase, with its mood", () => {
    assert.deepEqual(dyads("The authorities must end this brutal and deadly crackdown in Iran."), []);
    assert.deepEqual(dyads("Iran launched a brutal and deadly crackdown on protesters."), ["IRN>IRN:175"]);
  });
  it("an act named after a noun that stops it ('the suspension of aid') is stopped", () => {
    assert.deepEqual(dyads("Germany announced the suspension of aid to Niger."), ["DEU>NER:162"]);
  });
  it("an act listed under a verb's infinitive of purpose has the mood of that verb", () => {
    assert.deepEqual(
      dyads(
        "The Palestinian negotiator said they might take a series of measures to oppose the plan, including calling for a UN Security Council debate.",
      ),
      [],
    );
  });
  it("an act only neared ('on the verge of a deal', 'were close to an agreement') is not done", () => {
    assert.deepEqual(dyads("Chile and Peru were on the verge of a deal in May."), []);
    assert.deepEqual(dyads("Chile and Peru were on the brink of a peace agreement in May."), []);
    assert.deepEqual(dyads("Kenya came close to a deal with Ethiopia last week."), []);
    assert.deepEqual(dyads("Kenya and Ethiopia were close to an agreement last week."), []);
    assert.deepEqual(dyads("Ghana signed a peace deal with Togo."), ["GHA>TGO:057", "TGO>GHA:057"]);
  });
  it("an act that 'has proved elusive' or 'remains elusive' was not reached", () => {
    assert.deepEqual(dyads("A peace deal between Sudan and Chad remains elusive."), []);
    assert.deepEqual(dyads("Signing a treaty with Norway has proved elusive for Sweden."), []);
    assert.deepEqual(dyads("Kenya and Ethiopia held talks in May, but a deal proved elusive."), [
      "KEN>ETH:040",
      "ETH>KEN:040",
    ]);
  });
  it("an act one looks ahead to ('outlook on', 'hopes for', 'optimism about') is not done", () => {
    assert.deepEqual(dyads("The tariffs were dampening Brazil's outlook on trade talks with Canada."), []);
    assert.deepEqual(dyads("Hopes for talks between Serbia and Kosovo faded."), []);
    assert.deepEqual(dyads("There is optimism about a peace deal between Sudan and Chad."), []);
    assert.deepEqual(dyads("Officials voiced concern over the attack by Russia on Ukraine."), ["RUS>UKR:190"]);
  });
  it("an act behind a noun of kind ('any sort of deal') or set as a goal ('goals for a pact') is not done", () => {
    assert.deepEqual(
      dyads(
        "By setting unrealistic goals, Canada makes the prospects for any sort of trade deal with Brazil more uncertain.",
      ),
      [],
    );
    assert.deepEqual(dyads("Canada has paired ambitious goals for a trade pact with Mexico with bigger threats."), []);
    assert.deepEqual(dyads("Chile set an ambitious goal for a trade deal with Peru."), []);
    assert.deepEqual(dyads("Peru's dreams of a border agreement with Chile faded."), []);
    assert.deepEqual(dyads("Brazilian shares rose on hopes of a Peru-Chile trade deal."), []);
    assert.deepEqual(dyads("Canada signed some kind of trade pact with Mexico."), ["CAN>MEX:057", "MEX>CAN:057"]);
  });
  it("an appeal said of the future ('was set to press', 'will ask') has not been made", () => {
    assert.deepEqual(dyads("Canada was set to press Mexico's president to agree to a ceasefire."), []);
    assert.deepEqual(dyads("Canada will ask Mexico to extradite the suspect."), []);
    assert.deepEqual(
      dyads("Canada was set to press Mexico's president to agree to pauses in fighting to allow aid into Haiti."),
      [],
    );
    assert.deepEqual(dyads("Canada urged Mexico to agree to a ceasefire."), ["CAN>MEX:020"]);
    assert.deepEqual(dyads("Kenya is set to visit Ethiopia."), ["KEN>ETH:036"]);
  });
  it("an act a party argues for (advocated, favoured, or backed when indefinite) is put forward, not done", () => {
    assert.deepEqual(dyads("The candidate was praised for supporting an end to U.S. military aid for Ukraine."), []);
    assert.deepEqual(dyads("Germany advocated the deployment of troops to Lithuania."), []);
    assert.deepEqual(dyads("Germany deployed troops to Lithuania."), ["DEU>LTU:074"]);
    assert.deepEqual(dyads("Canada proposed talks with Venezuela."), ["CAN>VEN:036"]);
    assert.deepEqual(dyads("Turkey backed the Azerbaijani offensive against Armenia."), ["TUR>AZE:051"]);
  });
  it("a poll's finding ('a poll shows most Georgians want', '60 percent of Armenians support') is an opinion", () => {
    assert.deepEqual(dyads("A fresh poll shows that most Georgians want the government to cut ties with Russia."), []);
    assert.deepEqual(dyads("Some 60 percent of Armenians support closer ties with Russia."), []);
    assert.deepEqual(dyads("Russia, which supplies 40 percent of Europe's gas, cut supplies to Moldova."), [
      "RUS>MDA:160",
    ]);
    assert.deepEqual(dyads("After a Chinese survey ship entered its waters, Vietnam protested to China."), [
      "VNM>CHN:114",
    ]);
  });
});

describe("a noun act that is the subject of a modal verb", () => {
  it("a hope or a guess about where talks or a deal will lead asserts no act", () => {
    assert.deepEqual(dyads("Chile and Peru said they were optimistic that talks with Bolivia would bear fruit."), []);
    assert.deepEqual(dyads("Chile hopes that talks with Bolivia on their shared river will succeed."), []);
  });
  it("a done act judged, or one going on, still codes", () => {
    assert.deepEqual(dyads("Russia's attack on Kyiv could have killed hundreds."), ["RUS>UKR:190"]);
    assert.deepEqual(dyads("Chile said Russian strikes on Ukraine will continue."), ["RUS>UKR:190"]);
  });
  it("a particular act, its doer named before it, is done whatever its effects may be; 'a' names none", () => {
    assert.deepEqual(dyads("Peru's strikes on Bolivian ports could push grain prices higher."), ["PER>BOL:190"]);
    assert.deepEqual(dyads("The Chilean ban on Argentine beef may cost Buenos Aires millions."), ["CHL>ARG:163"]);
    assert.deepEqual(dyads("A Chilean invasion of Peru would trigger sanctions, Bolivia warned."), []);
  });
});
