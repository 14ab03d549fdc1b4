import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const find = (text: string) =>
  findActorMentions(text, [], { date: "2010-05-01" }).map((m) => [m.text, m.actor.code, m.actor.role ?? ""]);

test("a state word before a people's demonym places the people in that state", () => {
  assert.deepEqual(find("Bosnian Croats voted on Sunday."), [["Bosnian Croats", "BIH", "civilians"]]);
  assert.deepEqual(find("Bosnian Croat police closed the road."), [["Bosnian Croat police", "BIH", "police"]]);
  // Coordinated state words stay two actors.
  assert.deepEqual(find("Russian and Georgian diplomats met."), [
    ["Russian", "RUS", "government"],
    ["Georgian diplomats", "GEO", "government"],
  ]);
});

test("ethnic kin are not their kin state's actors: they take the sentence's other state", () => {
  assert.deepEqual(find("Ethnic Hungarians rallied in Slovakia."), [
    ["Ethnic Hungarians", "SVK", "civilians"],
    ["Slovakia", "SVK", ""],
  ]);
  // With no other state to belong to, the group is left out rather than given to Hungary.
  assert.deepEqual(find("Ethnic Hungarians rallied."), []);
});

test("pro-X groups belong to the sentence's other state and keep X as patron", () => {
  const ms = findActorMentions("Pro-Turkish militias shelled villages in Syria.", [], { date: "2020-05-01" });
  assert.deepEqual(
    ms.map((m) => [m.text, m.actor.code, m.actor.role, m.actor.patron]),
    [
      ["Pro-Turkish militias", "SYR", "rebels", "TUR"],
      ["Syria", "SYR", undefined, undefined],
    ],
  );
});

test("a group from a state is that state's; an adjective after 'in' is no place", () => {
  assert.deepEqual(find("Students from Nepal protested."), [["Students from Nepal", "NPL", "civilians"]]);
  // From a city as from a state; a city after a verb of leaving is only a place.
  assert.deepEqual(find("Journalists from Hamburg were detained."), [["Journalists from Hamburg", "DEU", "media"]]);
  assert.deepEqual(find("Russian troops withdrew from Kherson."), [["Russian troops", "RUS", "military"]]);
  // The owner's group that leaves a place is not from it.
  assert.deepEqual(find("Russia withdrew its troops from Kherson."), [["Russia", "RUS", ""]]);
  assert.deepEqual(find("The US pulled troops from Afghanistan."), [
    ["US", "USA", ""],
    ["Afghanistan", "AFG", ""],
  ]);
  assert.deepEqual(find("Chadian troops fought rioters in the Sudanese market."), [
    ["Chadian troops", "TCD", "military"],
    ["Sudanese", "SDN", ""],
  ]);
});

test("Kurdish armed groups take the state they fight in", () => {
  assert.deepEqual(find("PJAK rebels ambushed Iranian troops."), [
    ["PJAK", "IRN", "rebels"],
    ["Iranian troops", "IRN", "military"],
  ]);
  assert.deepEqual(find("The YPJ and the PYD rejected the deal."), [
    ["YPJ", "SYR", "rebels"],
    ["PYD", "SYR", "rebels"],
  ]);
  assert.deepEqual(find("Kurdish fighters attacked Turkish troops."), [
    ["Kurdish fighters", "TUR", "rebels"],
    ["Turkish troops", "TUR", "military"],
  ]);
  assert.deepEqual(find("Kurdish forces advanced in Syria."), [
    ["Kurdish forces", "SYR", "rebels"],
    ["Syria", "SYR", ""],
  ]);
});

test("a people named with the state it lives in is that state's: of after a people's plural, in after a minority", () => {
  assert.deepEqual(find("Greeks of southern Albania asked for schools in their language."), [
    ["Greeks", "ALB", "civilians"],
    ["Albania", "ALB", ""],
  ]);
  assert.deepEqual(find("The Polish minority in Lithuania complained to Vilnius."), [
    ["Polish minority", "LTU", "civilians"],
    ["Lithuania", "LTU", ""],
    ["Vilnius", "LTU", ""],
  ]);
  // An ethnic group's state after "in" wins over the other states its sentence names.
  assert.deepEqual(find("Ethnic Uzbeks in Kyrgyzstan fled to Uzbekistan and Kazakhstan.")[0], [
    "Ethnic Uzbeks",
    "KGZ",
    "civilians",
  ]);
  // Not a people's plural before "of", not a state after it, its own state, or a plural with "in" (nationals abroad).
  assert.deepEqual(find("Germans of all ages voted."), [["Germans", "DEU", ""]]);
  assert.deepEqual(find("Canadians of Indian descent voted.")[0], ["Canadians", "CAN", ""]);
  assert.deepEqual(find("Mexicans of Monterrey protested.")[0], ["Mexicans", "MEX", ""]);
  assert.deepEqual(find("Britons in Spain were told to register.")[0], ["Britons", "GBR", ""]);
  assert.deepEqual(find("The Polish government in Warsaw replied.")[0], ["Polish government", "POL", "government"]);
});

test("two state words joined by a hyphen are a pair before a thing, kin before a role or as a people", () => {
  assert.deepEqual(find("The Greek-Turkish border talks resumed."), [
    ["Greek", "GRC", ""],
    ["Turkish", "TUR", ""],
  ]);
  assert.deepEqual(find("The Ethiopian-Eritrean peace deal held."), [
    ["Ethiopian", "ETH", ""],
    ["Eritrean", "ERI", ""],
  ]);
  assert.deepEqual(find("Bosnian-Croat police closed the road."), [["Bosnian-Croat police", "BIH", "police"]]);
  assert.deepEqual(find("Bosnian-Croats voted on Sunday."), [["Bosnian-Croats", "BIH", "civilians"]]);
});
