// Classes of language found among the misses of real-page recall half R1 (scripts/audit-recall.ts), each checked on
// fresh invented sentences: what should code, and the near neighbours that should not code the same.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("real-page recall classes", () => {
  it("pressuring a party to act is a demand (10), pushing or lobbying it a request (02)", () => {
    assert.deepEqual(dyadsOf("The EU pressured Serbia to recognise Kosovo.", 2), ["EU>SRB:10"]);
    assert.deepEqual(dyadsOf("Washington is pressuring Ankara to drop the purchase.", 2), ["USA>TUR:10"]);
    assert.deepEqual(dyadsOf("Turkey was pressured by Russia to close the straits.", 2), ["RUS>TUR:10"]);
    assert.deepEqual(dyadsOf("France pushed Germany to sign the deal.", 2), ["FRA>DEU:02"]);
  });

  it("a bare attack by one state or its forces on another state or its forces is military force (19)", () => {
    assert.deepEqual(dyadsOf("The Russian assault on Ukraine has left thousands dead.", 2), ["RUS>UKR:19"]);
    assert.deepEqual(dyadsOf("Ethiopian forces attacked Eritrea on Monday.", 2), ["ETH>ERI:19"]);
    // on people, or by a person, an attack stays an assault (18)
    assert.deepEqual(dyadsOf("Russian troops attacked Ukrainian civilians.", 2), ["RUS>UKR:18"]);
    assert.deepEqual(dyadsOf("Eritrean soldiers attacked Ethiopian refugees near the border.", 2), ["ERI>ETH:18"]);
    // a people of the state named by a bare demonym before its noun is no state force
    assert.deepEqual(dyadsOf("Israeli settlers attacked a Palestinian village in the West Bank.", 2), ["ISR>PSE:18"]);
    assert.deepEqual(dyadsOf("Serbian nationalists attacked the Croatian embassy.", 2), ["SRB>HRV:18"]);
  });

  it("rejecting words that point back ('these accusations') is aimed at who said them in the sentence before", () => {
    const accused = "Iran and Iraq accused Kuwait of stealing oil.";
    assert.deepEqual(dyadsOf(`${accused} Kuwait rejected these accusations as lies.`, 2).slice(2), [
      "KWT>IRN:12",
      "KWT>IRQ:12",
    ]);
    assert.deepEqual(dyadsOf("Chile warned Peru over the border. Lima dismissed the warning.", 2), [
      "CHL>PER:13",
      "PER>CHL:12",
    ]);
    // not when the words said were of another kind, were said further back, or were never said
    assert.deepEqual(dyadsOf("Iran met Kuwait in Doha. Kuwait rejected these accusations.", 2), [
      "IRN>KWT:04",
      "KWT>IRN:04",
    ]);
    assert.deepEqual(dyadsOf(`${accused} Oil prices rose. Kuwait rejected the allegations.`, 2).slice(2), []);
    assert.deepEqual(dyadsOf("Kuwait dismissed the allegations.", 2), []);
    // a denial codes nothing; words with a named author are aimed at it, not at the sentence before
    assert.deepEqual(dyadsOf(`${accused} Kuwait denied the allegations.`, 2).slice(2), []);
    assert.deepEqual(dyadsOf(`${accused} Kuwait rejected the Saudi accusations.`, 2).slice(2), ["KWT>SAU:12"]);
  });

  it("balking at a party's demand, or at doing an act with it, refuses it (12)", () => {
    assert.deepEqual(dyadsOf("Ghana balked at the Nigerian demands.", 2), ["GHA>NGA:12"]);
    assert.deepEqual(dyadsOf("Ghana is balking at signing the trade deal with Togo.", 2), ["GHA>TGO:12"]);
    // looking at doing it is no refusal, and no act is refused with nobody named
    assert.deepEqual(dyadsOf("Ghana looked at signing the trade deal with Togo.", 2), ["GHA>TGO:05", "TGO>GHA:05"]);
    assert.deepEqual(dyadsOf("Ghana balked at the cost.", 2), []);
  });

  it("informing a party of something is a statement to it (010); a person informed is no party", () => {
    assert.deepEqual(dyadsOf("The Canadian government has informed the Dutch government of the arrest.", 3), [
      "CAN>NLD:010",
    ]);
    assert.deepEqual(dyadsOf("Kazakhstan briefed Russia on the results of the vote.", 3), ["KAZ>RUS:010"]);
    assert.deepEqual(dyadsOf("The French ambassador briefed reporters on the talks.", 3), []);
  });

  it("concessions required or sought of a party are demanded of it (10); made to it, they are yielded (08)", () => {
    assert.deepEqual(
      dyadsOf("Officials said Biden has decided that easing the embargo requires further concessions from Cuba.", 2),
      ["USA>CUB:10"],
    );
    assert.deepEqual(dyadsOf("Russia sought concessions from Kyiv in the talks.", 2), ["RUS>UKR:10"]);
    assert.deepEqual(dyadsOf("India wants major concessions from Pakistan on trade.", 2), ["IND>PAK:10"]);
    assert.deepEqual(dyadsOf("Greece made concessions to Turkey.", 2), ["GRC>TUR:08"]);
  });

  it("a demand named with its author that a response only supposes or denies still stands (10)", () => {
    assert.deepEqual(dyadsOf("If Moldova accepts Russia's demands, the gas will flow.", 2), ["RUS>MDA:10"]);
    assert.deepEqual(dyadsOf("Serbia will never bow to EU demands.", 2), ["EU>SRB:10"]);
    assert.deepEqual(dyadsOf("Greece would not accept the Turkish ultimatum, officials said.", 2), ["TUR>GRC:10"]);
    // a response said as done carries the pair itself, as the suites code it; conditions met are demands met
    assert.deepEqual(dyadsOf("Kenya rejected the Ugandan ultimatum.", 2), ["KEN>UGA:12"]);
    assert.deepEqual(dyadsOf("Greece met Turkey's conditions for talks.", 3), ["GRC>TUR:083"]);
    // nor is a demand in a wish or a plan a response to it
    assert.deepEqual(dyadsOf("If Moldova studies Russia's demands, talks may follow.", 2), []);
  });
});
