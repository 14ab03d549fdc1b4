import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const found = (t: string, date = "2024-06-01") =>
  findActorMentions(t, [], { date }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}`);

test("'Los Lobos' is Ecuador's gang only in a text that names Ecuador; the band is no actor", () => {
  assert.deepEqual(found("Los Lobos played two encores in Los Angeles on Friday."), []);
  assert.deepEqual(found("Los Lobos toured with Santana and thanked their fans."), []);
  assert.deepEqual(found("Ecuador said Los Lobos controlled the mines."), ["Ecuador=ECU/", "Los Lobos=ECU/rebels"]);
  // A city of the state, named only as a place, says which state the text is about.
  assert.deepEqual(found("Los Lobos gunmen stormed a prison in Guayaquil."), ["Los Lobos=ECU/rebels"]);
  // Its partner gang has no other meaning and needs no state.
  assert.deepEqual(found("Los Choneros attacked a rival gang."), ["Los Choneros=ECU/rebels"]);
});

test("a bare 'State Border Service' is Azerbaijan's only when the text names Azerbaijan", () => {
  assert.deepEqual(found("The State Border Service detained two men near the border with Georgia."), ["Georgia=GEO/"]);
  assert.deepEqual(found("Azerbaijan closed a crossing. The State Border Service detained two men."), [
    "Azerbaijan=AZE/",
    "State Border Service=AZE/military",
  ]);
  // Another state's service named with its state is that state's.
  assert.deepEqual(found("Turkmenistan's State Border Service detained two men."), [
    "Turkmenistan's State Border Service=TKM/military",
  ]);
});

test("'Nuer' fighters, a people of South Sudan and Ethiopia, take the state their text names, none when unnamed", () => {
  assert.deepEqual(found("Nuer fighters attacked a village."), []);
  assert.deepEqual(found("Ethiopian officials said Nuer militias attacked a village."), [
    "Ethiopian officials=ETH/government",
    "Nuer militias=ETH/rebels",
  ]);
  assert.deepEqual(found("In South Sudan, Nuer militias attacked a village."), [
    "South Sudan=SSD/",
    "Nuer militias=SSD/rebels",
  ]);
  assert.deepEqual(found("The Nuer White Army attacked a village."), ["Nuer White Army=SSD/rebels"]);
});

test("a state company's acronym, or a name shared with other things, is the company only where the text names its state", () => {
  // "CCTV" is also any security camera, "KEPCO" also Japan's Kansai Electric, "Baiterek" also Astana's tower.
  assert.deepEqual(found("CCTV footage showed the attack on the embassy."), []);
  assert.deepEqual(found("KEPCO signed a supply deal with Kazakhstan."), ["Kazakhstan=KAZ/"]);
  assert.deepEqual(found("Tourists gathered at Baiterek in the evening."), []);
  assert.deepEqual(found("South Korea's KEPCO signed a supply deal with Kazakhstan."), [
    "South Korea=KOR/",
    "KEPCO=KOR/business",
    "Kazakhstan=KAZ/",
  ]);
  // A city of the state named as a place is enough: "TASS" in a report from Belgorod.
  assert.deepEqual(found("TASS said drones hit Belgorod."), ["TASS=RUS/media"]);
  // Distinctive acronyms need no state either: "CNPC" and "VTB" are no one else's, unlike "NITC" or "EDF".
  assert.deepEqual(found("CNPC signed a gas deal with Turkmenistan."), ["CNPC=CHN/business", "Turkmenistan=TKM/"]);
  assert.deepEqual(found("NITC criticised the decision."), []);
  // Full names need no state: "Korea Electric Power Corporation" is no one else's.
  assert.deepEqual(found("Korea Electric Power Corporation signed a deal with Kazakhstan."), [
    "Korea Electric Power Corporation=KOR/business",
    "Kazakhstan=KAZ/",
  ]);
});
