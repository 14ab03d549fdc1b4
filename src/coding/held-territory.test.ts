// A visit by a state to ground it holds inside another state's borders visits no one (data/cameo/held-territories.txt):
// invented sentences, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";
import { annotate } from "../nlp/index.ts";
import { heldBy, holderOf, parseHeldTerritories } from "./held-territory.ts";

const dyads = (text: string) => dyadsOf(text, 3);

describe("heldBy", () => {
  it("a visit by the holder to a place in the territory it holds is no visit to the state around it", () => {
    assert.deepEqual(dyads("Putin flew to Sevastopol on Tuesday."), []);
    assert.deepEqual(dyads("Putin arrived in Crimea on Tuesday."), []);
    assert.deepEqual(dyads("Netanyahu arrived in the West Bank settlement of Ariel."), []);
    assert.deepEqual(dyads("Medvedev arrived in Sukhumi in Abkhazia."), []);
    assert.deepEqual(dyads("Erdogan arrived in Kyrenia on Tuesday."), []);
  });

  it("a visit by anyone else, a deployment, or a visit to the state's own ground keeps its target", () => {
    assert.deepEqual(dyads("Blinken visited a refugee camp in the West Bank."), ["USA>PSE:042"]);
    assert.deepEqual(dyads("Macron arrived in Kyiv."), ["FRA>UKR:042"]);
    assert.deepEqual(dyads("Putin arrived in Kherson."), ["RUS>UKR:042"]);
    assert.deepEqual(dyads("Russia deployed troops to Crimea."), ["RUS>UKR:074"]);
  });

  it("the Turkish-held north of Cyprus, however written, is the breakaway TRNC (CYP, sector PRE), no visit to Cyprus", () => {
    const north = (text: string) =>
      annotate({ id: "t", text, published: "2025-08-01", contentHash: "h", fingerprint: "f" }).actors.map(
        (m) => `${m.text}=${m.actor.code}/${m.actor.sector}`,
      );
    assert.deepEqual(north("Troops patrol northern Cyprus and North Cyprus."), [
      "northern Cyprus=CYP/PRE",
      "North Cyprus=CYP/PRE",
    ]);
    assert.deepEqual(dyads("Erdogan landed in northern Cyprus on Wednesday."), []);
    assert.deepEqual(dyads("The Turkish vice president toured North Cyprus last week."), []);
    assert.deepEqual(dyads("Turkey's defence minister arrived in Northern Cyprus."), []);
    // The Republic's government and Cyprus itself are still Cyprus; others' acts over the north go to its patron.
    assert.deepEqual(dyads("Erdogan visited Nicosia's government on Wednesday."), ["TUR>CYP:042"]);
    assert.deepEqual(dyads("Turkey threatened Cyprus on Wednesday."), ["TUR>CYP:130"]);
    assert.deepEqual(dyads("Greece accused Turkey over northern Cyprus."), ["GRC>TUR:112"]);
  });

  it("reads a place by its name, without accents, or inside the territory's frame", () => {
    const list = parseHeldTerritories("ABC DEF Northland|Gazimagusa ; box 10 11 20 21\n# a comment\n");
    const place = (name: string, lat?: number, lon?: number) => ({
      name,
      text: name,
      country: "DEF",
      lat,
      lon,
      start: 0,
      end: name.length,
      sentence: 0,
    });
    assert.equal(heldBy(place("Gazimağusa"), ["ABC"], list), true);
    assert.equal(heldBy(place("Smalltown", 10.5, 20.5), ["ABC"], list), true);
    assert.equal(heldBy(place("Smalltown", 12, 20.5), ["ABC"], list), false);
    assert.equal(heldBy(place("Northland"), ["XYZ"], list), false);
    assert.equal(holderOf(place("Northland"), list), "ABC");
    assert.equal(holderOf(place("Smalltown", 12, 20.5), list), undefined);
    assert.throws(() => parseHeldTerritories("ABC Northland"), /bad held-territory line/);
  });

  it("force by the state whose borders hold the territory falls on the holder; elsewhere on its own ground on no one", () => {
    assert.deepEqual(dyads("Ukrainian drones struck an airbase in Crimea."), ["UKR>RUS:190"]);
    assert.deepEqual(dyads("Ukrainian drones hit Sevastopol overnight."), ["UKR>RUS:190"]);
    assert.deepEqual(dyads("Ukrainian drones struck an airbase in Kherson."), []);
    assert.deepEqual(dyads("Russian missiles struck Kyiv."), ["RUS>UKR:190"]);
    // Coercion lands on people, not on ground: an arrest in Crimea by Ukraine names no one held by Russia.
    assert.deepEqual(dyads("Ukraine arrested two men in Crimea."), []);
  });
});
