// The code an act gets from who does it to whom (actor-roles.ts): invented sentences, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("armedForceCode", () => {
  it("a crowd besieging, blockading or torching an embassy or consulate riots (145); it lays no siege (191)", () => {
    assert.deepEqual(dyadsOf("Angry rioters torched the French consulate in Dakar.", 3), ["SEN>FRA:145"]);
    assert.deepEqual(dyadsOf("Demonstrators besieged the Turkish embassy in Athens.", 3), ["GRC>TUR:145"]);
    assert.deepEqual(dyadsOf("Protesters blockaded the Russian consulate in Lviv.", 3), ["UKR>RUS:145"]);
  });
  it("a crowd attacking an embassy or consulate riots (145); a crowd attacking people keeps the attack (180)", () => {
    assert.deepEqual(dyadsOf("An angry mob attacked the Chinese embassy in Islamabad.", 3), ["PAK>CHN:145"]);
    assert.deepEqual(dyadsOf("Rioters attacked the US consulate in Karachi.", 3), ["PAK>USA:145"]);
    assert.deepEqual(dyadsOf("Protesters in Nairobi attacked Chinese workers.", 3), ["KEN>CHN:180"]);
  });
  it("armed men storming a building assault it (18, or 19 by or against troops); a crowd storming one riots (145)", () => {
    assert.deepEqual(dyadsOf("Masked gunmen stormed a police station in Dagestan.", 3), ["RUS>RUS:180"]);
    assert.deepEqual(dyadsOf("Islamist militants stormed a hotel in Mogadishu.", 3), ["SOM>SOM:180"]);
    assert.deepEqual(dyadsOf("Militants ransacked a Nigerian police station in Kano.", 3), ["NGA>NGA:180"]);
    assert.deepEqual(dyadsOf("Rebels stormed a Malian army base near Gao.", 3), ["MLI>MLI:190"]);
    assert.deepEqual(dyadsOf("Russian troops stormed a Ukrainian village near Bakhmut.", 3), ["RUS>UKR:190"]);
    assert.deepEqual(dyadsOf("Hundreds of demonstrators stormed the Serbian parliament.", 3), ["SRB>SRB:145"]);
  });
});

describe("drawnFireCode", () => {
  it("fire drawn by or from armed men is gunfire (190); drawn by a plan or a state from a state it is criticism (111)", () => {
    assert.deepEqual(dyadsOf("Israeli troops drew fire from Hezbollah fighters near the border.", 3), ["LBN>ISR:190"]);
    assert.deepEqual(dyadsOf("A Ukrainian patrol drew fire from Russian forces.", 3), ["RUS>UKR:190"]);
    assert.deepEqual(dyadsOf("The Israeli plan drew fire from Turkey.", 3), ["TUR>ISR:111"]);
    assert.deepEqual(dyadsOf("Hungary drew sharp fire from Brussels over the law.", 3), ["EU>HUN:111"]);
  });
});

describe("leavingCode", () => {
  it("leaving a union or a treaty, or scrapping one, cuts ties (161); leaving a city is no act", () => {
    assert.deepEqual(dyadsOf("Mali left ECOWAS on Sunday.", 3), ["MLI>ECOWAS:161"]);
    assert.deepEqual(dyadsOf("Russia left the treaty with Norway.", 3), ["RUS>NOR:161"]);
    assert.deepEqual(dyadsOf("Washington quit the arms treaty with Moscow.", 3), ["USA>RUS:161"]);
    assert.deepEqual(dyadsOf("Macron left Kyiv on Tuesday.", 3), []);
    assert.deepEqual(dyadsOf("Putin left Moscow for Beijing.", 3), []);
  });
  it("a vow to leave, in a that-clause as after 'to', is a threat to halt involvement (136), no intent to cooperate", () => {
    assert.deepEqual(dyadsOf("The prime minister vowed that Britain would leave the European Union by March.", 3), [
      "GBR>EU:136",
    ]);
    assert.deepEqual(dyadsOf("Erdogan vowed that Turkey would quit NATO.", 3), ["TUR>NATO:136"]);
    assert.deepEqual(dyadsOf("Russia pledged to scrap the agreement with Norway.", 3), ["RUS>NOR:136"]);
    assert.deepEqual(dyadsOf("Serbia pledged that it would join the European Union.", 3), ["SRB>EU:032"]);
  });
});

describe("summonedCode", () => {
  it("summoning another state's envoy is an official protest (114), active or passive", () => {
    assert.deepEqual(dyadsOf("The Russian ambassador was summoned by the Polish foreign ministry.", 3), [
      "POL>RUS:114",
    ]);
    assert.deepEqual(dyadsOf("Russia's ambassador was summoned to the Polish foreign ministry.", 3), ["POL>RUS:114"]);
  });
  it("the envoys of several states, listed after the envoy noun, are each protested to", () => {
    assert.deepEqual(dyadsOf("Iran summoned the envoys of Britain, France and Germany over the sanctions.", 3), [
      "IRN>GBR:114",
      "IRN>FRA:114",
      "IRN>DEU:114",
    ]);
    // A state named after the list, as another act's object, is no envoy's.
    assert.deepEqual(dyadsOf("Iran summoned the envoys of Britain and France, and criticised Germany.", 3), [
      "IRN>GBR:114",
      "IRN>FRA:114",
      "IRN>DEU:110",
    ]);
  });
  it("summoning someone who is no envoy stays a meeting", () => {
    assert.deepEqual(dyadsOf("Macron summoned Scholz to Paris.", 2), ["FRA>DEU:04"]);
    // Envoys called in to be briefed hear no protest.
    assert.deepEqual(dyadsOf("Russia summoned Western diplomats for a briefing on the war.", 2), ["RUS>WEST:04"]);
  });
});
