// Targets read from places when no actor is named: a mission's host state. Sentences are invented, not from a suite.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 3);

describe("place targets", () => {
  it("aims closing a mission at the state of the city it sits in, not only of a capital", () => {
    assert.deepEqual(dyads("Russia shut its consulate in Istanbul last week."), ["RUS>TUR:161"]);
    assert.deepEqual(dyads("Lithuania closed its consulate in Kaliningrad."), ["LTU>RUS:161"]);
    assert.deepEqual(dyads("Moscow announced the closure of its consulate in Gdansk."), ["RUS>POL:161"]);
  });
  it("codes evacuating a mission or suspending its work as reducing relations with the host (161)", () => {
    assert.deepEqual(dyads("Germany evacuated its embassy in Kabul."), ["DEU>AFG:161"]);
    assert.deepEqual(dyads("The United States suspended operations at its embassy in Damascus."), ["USA>SYR:161"]);
  });
  it("aims opening a mission at its host state", () => {
    assert.deepEqual(dyads("Azerbaijan opened an embassy in Tel Aviv."), ["AZE>ISR:054"]);
    assert.deepEqual(dyads("Estonia opened a consulate in Kharkiv."), ["EST>UKR:054"]);
  });
  it("aims a retreat at the state of the place left, unless it is the source's own", () => {
    assert.deepEqual(dyads("Russia withdrew its troops from Kherson on Friday."), ["RUS>UKR:087"]);
    assert.deepEqual(dyads("Israel pulled its forces out of the Gaza Strip."), ["ISR>PSE:087"]);
    assert.deepEqual(dyads("Ukraine pulled its troops out of Avdiivka."), []);
    assert.deepEqual(dyads("Russia withdrew its troops from Belgorod after the raid."), []);
  });
  it("aims giving up ground at the state the ground lies in, and a promise of it too", () => {
    assert.deepEqual(dyads("Russia evacuated its positions in Kherson."), ["RUS>UKR:087"]);
    assert.deepEqual(dyads("Israel will evacuate all 21 settlements in the West Bank next year."), ["ISR>PSE:035"]);
    assert.deepEqual(dyads("Russia will withdraw its troops from Kherson."), ["RUS>UKR:035"]);
    assert.deepEqual(dyads("Israel built new settlements in the West Bank."), []);
  });
  it("takes no place as target for an act that goes nowhere", () => {
    assert.deepEqual(dyads("Russia criticised the plan at a meeting in Istanbul."), []);
  });
  it("aims an arrest or other coercion of people no one names at the state of the place abroad where it happens", () => {
    assert.deepEqual(dyads("Israeli troops arrested 20 people in Hebron."), ["ISR>PSE:173"]);
    // At home it stays inside the state.
    assert.ok(!dyads("Russian police detained dozens of protesters in Moscow.").some((d) => !d.startsWith("RUS>RUS")));
    // A named person, or a place in another verb's phrase, is not where the coercion lands.
    for (const s of [
      "British prosecutors charged Halloran with spying for leaking reports on the war in Syria.",
      "French police arrested Dupont after he visited Iraq.",
    ])
      assert.ok(!dyads(s).some((d) => /^(GBR|FRA)>(SYR|IRQ):17/.test(d)), s);
  });
});

describe("aid sent to a named town", () => {
  it("goes to the state the town is in", () => {
    assert.deepEqual(dyadsOf("Egypt delivered 30 tons of food aid to Benghazi on Monday.", 2), ["EGY>LBY:07"]);
    assert.deepEqual(dyadsOf("The United Nations shipped medicines to Jaffna.", 2), ["UN>LKA:07"]);
  });
  it("aid that is only in a place, or under fire there, goes to no one", () => {
    assert.deepEqual(dyadsOf("A Turkish aid convoy came under fire in Aleppo.", 2), []);
  });
  it("aims force at the state whose ground its adjective names, never at the source's own", () => {
    assert.deepEqual(dyads("Pakistan launched air raids on militant hideouts within Iranian territory."), [
      "PAK>IRN:195",
    ]);
    assert.deepEqual(dyads("Turkey carried out airstrikes inside Iraqi territory on Sunday."), ["TUR>IRQ:195"]);
    // Ground of the source's own state, or a gathering there, is no target.
    assert.deepEqual(dyads("Iran carried out airstrikes within Iranian territory."), []);
    assert.deepEqual(dyads("Pakistan held talks with tribal elders within Iranian territory."), []);
  });
  it("reads a run of acts or weapons ('a wave of', 'a new bout of') as the acts themselves", () => {
    assert.deepEqual(dyads("A new bout of Ukrainian shelling wounded five people in Kursk."), [
      "UKR>RUS:194",
      "UKR>RUS:180",
    ]);
    assert.deepEqual(dyads("A wave of Russian drones struck Odesa overnight."), ["RUS>UKR:190"]);
    assert.deepEqual(dyads("A barrage of Iranian missiles hit northern Israel."), ["IRN>ISR:190"]);
    // With no attacker named there is no event.
    assert.deepEqual(dyads("A series of explosions in Kyiv killed two people."), []);
  });
});
