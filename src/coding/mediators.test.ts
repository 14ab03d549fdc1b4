// A go-between named beside another party's act ("brokered by", "under the mediation of", "with X mediating",
// "through X's mediation", "X-brokered", "talks hosted by") mediates toward each side: invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 3).sort();

describe("withMediators", () => {
  it("a mediator named after the act mediates toward each side; the sides keep their act", () => {
    assert.deepEqual(dyads("Georgia and Armenia swapped detainees in an exchange brokered by Azerbaijan."), [
      "ARM>GEO:084",
      "AZE>ARM:045",
      "AZE>GEO:045",
      "GEO>ARM:084",
    ]);
    assert.deepEqual(dyads("Peru and Ecuador resumed border talks under the auspices of Brazil."), [
      "BRA>ECU:045",
      "BRA>PER:045",
      "ECU>PER:046",
      "PER>ECU:046",
    ]);
  });

  it("a mediator taken for the target of the act ('with X mediating') is no party to it", () => {
    assert.deepEqual(dyads("Chad and Sudan agreed to a truce, with Libya mediating."), [
      "LBY>SDN:045",
      "LBY>TCD:045",
      "SDN>TCD:030",
      "TCD>SDN:030",
    ]);
  });

  it("two mediators each mediate toward each side, never toward each other", () => {
    const got = dyads("Somalia and Kenya agreed to a deal mediated by Djibouti and Uganda.");
    assert.ok(got.includes("DJI>SOM:045") && got.includes("UGA>KEN:045"), got.join(" "));
    assert.ok(!got.some((d) => /^(DJI>UGA|UGA>DJI)/.test(d)), got.join(" "));
  });

  it("a name hyphened to a go-between's participle mediates too", () => {
    assert.deepEqual(dyads("Serbia and Kosovo agreed to an EU-brokered deal on number plates."), [
      "EU>SRB:045",
      "EU>XKX:045",
      "SRB>XKX:030",
      "XKX>SRB:030",
    ]);
  });

  it("a mediator named again only as a speaker still mediates", () => {
    const got = dyads(
      "Serbia and Kosovo signed an EU-brokered roadmap that EU envoy Lajcak said would end the dispute.",
    );
    assert.ok(got.includes("EU>SRB:045") && got.includes("EU>XKX:045"), got.join(" "));
  });

  it("a go-between of an act no sentence event codes mediates with no one of another act", () => {
    // The peace between Azerbaijan and Armenia is not coded here; the congratulation is not what was mediated.
    assert.deepEqual(
      dyads(
        "Tokayev congratulated Aliyev on the peace declaration with Armenia reached through the mediation of Qatar.",
      ),
      ["KAZ>AZE:051"],
    );
  });

  it("a mediation that is the object of an act, or a mediator named again as a side, reads no go-between", () => {
    assert.deepEqual(dyads("Israel rejected Egyptian mediation in the dispute."), ["ISR>EGY:120"]);
    assert.deepEqual(dyads("Putin and Erdogan met in Sochi for talks hosted by Russia."), [
      "RUS>TUR:040",
      "TUR>RUS:040",
    ]);
  });
});
