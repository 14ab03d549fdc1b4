import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";
import { findPlaces } from "./places.ts";
import { namesState } from "./places-region-choice.ts";
import { tokenize } from "./tokenize.ts";

function places(text: string): string[] {
  return findPlaces(text, tokenize(text).sentences).map((p) => `${p.text}=${p.name}/${p.country}`);
}

test("a region named alone beats a smaller namesake city of another state", () => {
  assert.deepEqual(places("Truckers blocked a highway in Ontario on Tuesday."), ["Ontario=Ontario/CAN"]);
  // Essex, Maryland (39,000) is smaller than the 200,000 that keeps a city over a region.
  assert.deepEqual(places("Hundreds queued for fuel in Essex."), ["Essex=Essex/GBR"]);
});

test("the text naming the region's state picks the region, naming the city's state the city", () => {
  assert.deepEqual(places("Indonesian police detained two Australian surfers in Bali."), ["Bali=Bali/IDN"]);
  assert.deepEqual(places("A gunman opened fire in Ontario, police in California said."), [
    "Ontario=Ontario/USA",
    "California=California/USA",
  ]);
  assert.deepEqual(places("A US court in Ontario heard the case."), ["Ontario=Ontario/USA"]);
});

test("a region named like an English word needs its state named: Kent near London, Delta with Nigerian troops", () => {
  assert.deepEqual(places("Storms flooded farms in Kent, south-east of London."), [
    "Kent=Kent/GBR",
    "London=London/GBR",
  ]);
  assert.deepEqual(places("Storms flooded farms in Kent."), ["Kent=Kent/USA"]);
  assert.deepEqual(places("Nigerian troops freed hostages in Delta on Sunday."), ["Delta=Delta/NGA"]);
  assert.deepEqual(places("The ferry docked in Delta."), ["Delta=Delta/CAN"]);
});

test("a large namesake city stays the city when the text names neither state", () => {
  // Bari, Italy (277,000) over Somalia's Bari region; Portland, Oregon over Jamaica's parish.
  assert.deepEqual(places("Protesters gathered in Bari on Sunday."), ["Bari=Bari/ITA"]);
  assert.deepEqual(places("A rally was held in Portland."), ["Portland=Portland/USA"]);
});

test("controls: English words, a name inside a longer name and a city in its own region's state do not change", () => {
  assert.deepEqual(places("She grew up in Reading before moving."), []);
  // Somalia's Bay region, the Philippine town Bay: neither is "the Bay of Pigs".
  assert.deepEqual(places("Cuban exiles landed in the Bay of Pigs in 1961."), []);
  assert.deepEqual(places("Talks were held in Geneva of all places."), ["Geneva=Geneva/CHE"]);
  assert.deepEqual(places("Voters queued in Quebec."), ["Quebec=Québec/CAN"]);
  assert.deepEqual(places("Talks were held in Victoria, Canada."), ["Victoria, Canada=Victoria/CAN"]);
});

test("a state is named by its name, people, capital or a distinctive region, not by the region asked about", () => {
  assert.ok(namesState("Indonesian officials said", "IDN"));
  assert.ok(namesState("officials in Jakarta said", "IDN"));
  assert.ok(namesState("police in California said", "USA"));
  assert.ok(!namesState("police in Helmand said", "AFG", "Helmand"));
  assert.ok(!namesState("Indonesiana", "IDN"));
  // A region's English name (CLDR) names its state ("Bavaria": Germany), but not one a listed region of another state
  // holds ("Kurdistan" is Iraq's region, not Iran's Kordestan province).
  assert.ok(namesState("floods in Bavaria", "DEU"));
  assert.ok(!namesState("oil from Kurdistan", "IRN"));
});

test("a region name several states give goes to the state the text names, or to one that far outweighs the rest", () => {
  assert.deepEqual(places("Pakistani police raided homes in Punjab."), ["Punjab=Punjab/PAK"]);
  assert.deepEqual(places("Indian farmers blocked roads in Punjab."), ["Punjab=Punjab/IND"]);
  // India and Pakistan are close enough that the text must say which.
  assert.deepEqual(places("Farmers blocked roads in Punjab."), []);
  // The US far outweighs Uruguay; a text about Cuba means the Cuban town.
  assert.deepEqual(places("Russian troops shelled a village in Florida on Monday."), ["Florida=Florida/USA"]);
  assert.deepEqual(places("Cuban police detained farmers in Florida, a town in Camaguey."), [
    "Florida=Florida/CUB",
    "Camaguey=Camagüey/CUB",
  ]);
  assert.deepEqual(places("Storms struck homes in Tennessee, Montana and Missouri."), [
    "Tennessee=Tennessee/USA",
    "Montana=Montana/USA",
    "Missouri=Missouri/USA",
  ]);
});

test("a role phrase at a city named like another state's region takes the state the place finder gives the place", () => {
  // The actor gazetteer's city list follows the region choice (scripts/build-gazetteer-region-cities.ts).
  const actors = (text: string) =>
    findActorMentions(text, [], { date: "2024-05-01" }).map((m) => `${m.text}=${m.actor.code}`);
  const text = "Riot police in Ontario fired tear gas at truckers.";
  assert.deepEqual(actors(text), ["Riot police in Ontario=CAN"]);
  assert.deepEqual(places(text), ["Ontario=Ontario/CAN"]);
  // Florida, Cuba (63,000) gave way to the US state the place finder picks.
  assert.deepEqual(actors("Police in Florida detained three migrants."), ["Police in Florida=USA"]);
  // The sentence naming the city's state still makes it the city's, as it does the place.
  assert.deepEqual(actors("Police in Ontario, California, questioned two American students."), [
    "Police in Ontario=USA",
    "American students=USA",
  ]);
  // Controls: cities of 200,000+ stay the city's (Portland over Jamaica's parish, Santa Ana over El Salvador's).
  assert.deepEqual(actors("Police in Portland detained three migrants."), ["Police in Portland=USA"]);
  assert.deepEqual(actors("Police in Santa Ana detained three migrants."), ["Police in Santa Ana=USA"]);
  assert.deepEqual(places("Dockworkers went on strike in Bari."), ["Bari=Bari/ITA"]);
});
