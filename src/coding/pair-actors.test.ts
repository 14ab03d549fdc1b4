// Who the two sides of a pair are: a named group of states alone in a mutual act, a bare crowd at a foreign outpost.
// Sentences are made up, not from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText } from "../../test/code-text.ts";

const dyads = (text: string) => codeText(text).map((e) => `${e.source}>${e.target}:${e.cameo.slice(0, 2)}`);
const sorted = (text: string) => dyads(text).sort();

describe("a named group of states alone in a mutual act", () => {
  it("is a joint subject of its members, each with each other one", () => {
    assert.deepEqual(sorted("The two Koreas resumed negotiations on Friday."), ["KOR>PRK:04", "PRK>KOR:04"]);
    assert.deepEqual(sorted("The Baltic states concluded a military cooperation agreement."), [
      "EST>LTU:05",
      "EST>LVA:05",
      "LTU>EST:05",
      "LTU>LVA:05",
      "LVA>EST:05",
      "LVA>LTU:05",
    ]);
  });
  it("after 'between', is all the sides by itself", () => {
    assert.deepEqual(sorted("Clashes between the two Koreas broke out near the border."), ["KOR>PRK:19", "PRK>KOR:19"]);
    assert.deepEqual(sorted("A meeting between the South Caucasus states ended without a deal.").length, 6);
  });
  it("with a partner, meets the partner, not itself", () => {
    assert.deepEqual(sorted("The two Koreas held talks with Japan."), [
      "JPN>KOR:04",
      "JPN>PRK:04",
      "KOR>JPN:04",
      "PRK>JPN:04",
    ]);
  });
  it("in a one-sided act, codes nothing among its members", () => {
    assert.deepEqual(dyads("The Baltic states condemned the shelling."), []);
  });
});

describe("a bare crowd at a foreign outpost", () => {
  it("is of the state where it stands", () => {
    assert.deepEqual(dyads("Demonstrators besieged the Turkish embassy in Athens."), ["GRC>TUR:14"]);
    assert.deepEqual(dyads("Angry rioters torched the French consulate in Dakar."), ["SEN>FRA:14"]);
    assert.deepEqual(dyads("Hundreds of students rallied outside the Israeli embassy in Amman."), ["JOR>ISR:14"]);
  });
  it("with no place named, takes no state from the outpost", () => {
    assert.deepEqual(dyads("Demonstrators besieged the Turkish embassy."), []);
  });
  it("in its own country against its own government, codes as before", () => {
    assert.deepEqual(dyads("Protesters in Tbilisi demanded the resignation of the Georgian prime minister."), [
      "GEO>GEO:10",
    ]);
  });
});

describe("unnamed rebels joined to their own state", () => {
  it("stay that state's where the two sides meet abroad, not the venue's", () => {
    assert.deepEqual(sorted("Sierra Leone's government and rebels signed a peace accord in Lome on July 7."), [
      "SLE>SLE:05",
    ]);
    assert.deepEqual(sorted("Ivory Coast's government and rebels will meet in Lome next week for talks."), [
      "CIV>CIV:03",
    ]);
  });

  it("an armed group alone still takes the state of the place it strikes", () => {
    assert.deepEqual(sorted("Gunmen killed three French aid workers in Chechnya."), ["RUS>FRA:18"]);
  });
});

describe("a breakaway region and its parent state", () => {
  const sides = (text: string, published: string) =>
    codeText(text, published).map(
      (e) =>
        `${e.source}${e.sourceActor?.sector ? `/${e.sourceActor.sector}` : ""}>${e.target}${e.targetActor?.sector ? `/${e.targetActor.sector}` : ""}:${e.cameo.slice(0, 2)}`,
    );
  it("is two sides: the region (sector PRE) acting on its parent state is an event", () => {
    assert.deepEqual(sides("Abkhazia accused Georgia of preparing an attack.", "2025-06-01"), ["GEO/PRE>GEO:11"]);
    assert.deepEqual(sides("Transnistria's leader Krasnoselsky criticised Moldova.", "2024-03-01"), ["MDA/PRE>MDA:11"]);
    assert.deepEqual(sides("Gagloev accused Tbilisi of provocations.", "2024-03-01"), ["GEO/PRE>GEO:11"]);
  });
  it("sends an act about the region's status to its patron, and others to the region itself", () => {
    // Refusing to recognise a patron-made entity rejects its patron (issue #3); condemning its deeds is aimed at it.
    assert.deepEqual(sides("Georgia refused to recognise the independence of Abkhazia.", "2025-06-01"), ["GEO>RUS:12"]);
    assert.deepEqual(sides("Georgia accused Abkhazia of detaining its citizens.", "2025-06-01"), ["GEO>GEO/PRE:11"]);
  });
});

describe("a people's word and the person it names", () => {
  it("are one party: 'his Chinese counterpart, Wang Yi' is not China meeting China", () => {
    assert.deepEqual(
      sorted("The Brazilian minister and his Indian counterpart, Subrahmanyam Jaishankar, held talks in Delhi."),
      ["BRA>IND:04", "IND>BRA:04"],
    );
    assert.deepEqual(dyads("The talks came during a visit by his Chinese counterpart Wang Yi in March."), []);
  });
  it("are two parties when a verb stands between them", () => {
    assert.deepEqual(sorted("Chinese officials met Wang Yi in Beijing."), []);
  });
});

describe("the sentence before's subject, taken by a pronoun", () => {
  it("is never the state this sentence names by name as the object", () => {
    assert.deepEqual(dyads('The Chinese firm will run the port. "We thank China for the loan," an official said.'), []);
    assert.deepEqual(dyads('The Kenyan navy declined. "We do invite Kenya to our drills," the admiral said.'), []);
  });
  it("still acts on another state, or on a side of its own", () => {
    assert.deepEqual(
      dyads('Ghana met Brazil. "We will invite Togo to our drills," the minister said.').at(-1),
      "GHA>TGO:02",
    );
  });
});
