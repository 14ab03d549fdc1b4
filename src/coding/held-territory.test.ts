// A visit by a state to ground it holds inside another state's borders visits no one (data/cameo/held-territories.txt):
// invented sentences, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText, dyadsOf } from "../../test/code-text.ts";
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
    const list = parseHeldTerritories("ABC DEF since 2001-05 Northland|Gazimagusa ; box 10 11 20 21\n# a comment\n");
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
    assert.equal(heldBy(place("Gazimağusa"), ["ABC"], undefined, list), true);
    assert.equal(heldBy(place("Smalltown", 10.5, 20.5), ["ABC"], undefined, list), true);
    assert.equal(heldBy(place("Smalltown", 12, 20.5), ["ABC"], undefined, list), false);
    assert.equal(heldBy(place("Northland"), ["XYZ"], undefined, list), false);
    assert.equal(holderOf(place("Northland"), undefined, list), "ABC");
    assert.equal(holderOf(place("Smalltown", 12, 20.5), undefined, list), undefined);
    // Held from the month taken: a date before it finds the ground its state's own; a bare year counts as held.
    assert.equal(holderOf(place("Northland"), "2001-05-02", list), "ABC");
    assert.equal(holderOf(place("Northland"), "2001", list), "ABC");
    assert.equal(holderOf(place("Northland"), "2001-04-30", list), undefined);
    assert.equal(heldBy(place("Northland"), ["ABC"], "1999", list), false);
    assert.throws(() => parseHeldTerritories("ABC Northland"), /bad held-territory line/);
    assert.throws(() => parseHeldTerritories("ABC DEF Northland"), /bad held-territory line/);
  });

  it("force by the state whose borders hold the territory falls on the holder; elsewhere on its own ground on no one", () => {
    assert.deepEqual(dyads("Ukrainian drones struck an airbase in Crimea."), ["UKR>RUS:190"]);
    assert.deepEqual(dyads("Ukrainian drones hit Sevastopol overnight."), ["UKR>RUS:190"]);
    assert.deepEqual(dyads("Ukrainian drones struck an airbase in Kherson."), []);
    assert.deepEqual(dyads("Russian missiles struck Kyiv."), ["RUS>UKR:190"]);
    // The holder's own force there stays aimed at the state whose borders hold the ground.
    assert.deepEqual(dyads("Russia struck an airbase in Crimea."), ["RUS>UKR:190"]);
    // Coercion lands on people, not on ground: an arrest in Crimea by Ukraine names no one held by Russia.
    assert.deepEqual(dyads("Ukraine arrested two men in Crimea."), []);
  });

  it("ground is held only from the month it was taken: an act dated before finds it its state's own", () => {
    const dated = (text: string, published: string) =>
      codeText(text, published).map((e) => `${e.source}>${e.target}:${e.cameo.slice(0, 3)}`);
    assert.deepEqual(dated("Putin flew to Sevastopol on Tuesday.", "2010-05-20"), ["RUS>UKR:042"]);
    assert.deepEqual(dated("Putin flew to Sevastopol on Tuesday.", "2016-05-20"), []);
    assert.deepEqual(dated("In 2010, Putin flew to Sevastopol.", "2016-05-20"), ["RUS>UKR:042"]);
    assert.deepEqual(dated("Ukrainian jets struck an airbase in Crimea.", "2013-06-01"), []);
    assert.deepEqual(dated("Ukrainian jets struck an airbase in Crimea.", "2023-06-01"), ["UKR>RUS:190"]);
    assert.deepEqual(dated("Ukrainian drones hit Mariupol.", "2022-03-10"), []);
    assert.deepEqual(dated("Ukrainian drones hit Mariupol.", "2023-03-10"), ["UKR>RUS:190"]);
    assert.deepEqual(dated("Russia struck an airbase in Crimea.", "2014-02-28"), ["RUS>UKR:190"]);
  });
});
