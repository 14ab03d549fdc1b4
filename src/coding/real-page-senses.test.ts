// Senses of trigger words met on real news pages (the hand audit, docs/event-audit.md), in sentences written for this
// test: each line below gave a wrong code before its pattern in data/cameo/patterns.txt.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 3);

describe("real-page senses", () => {
  it("trade talks are a negotiation (046), not trade done (061)", () => {
    assert.deepEqual(dyads("Canada's president has brought his love of drama to trade talks with Brazil."), [
      "CAN>BRA:046",
      "BRA>CAN:046",
    ]);
    assert.deepEqual(dyads("Mexico is pursuing trade negotiations with Japan."), ["MEX>JPN:046", "JPN>MEX:046"]);
  });
  it("talks scuttled or torpedoed by one side are halted by it (164), not held", () => {
    assert.deepEqual(dyads("Kenya scuttled the talks with Ethiopia in May."), ["KEN>ETH:164"]);
    assert.deepEqual(dyads("Kenya torpedoed the negotiations with Ethiopia."), ["KEN>ETH:164"]);
  });
  it("an attack on a policy or an institution's independence is criticism (111), not force", () => {
    assert.deepEqual(
      dyads("The Indian premier launched a rabid attack against the independence of the Nepalese judiciary."),
      ["IND>NPL:111"],
    );
    assert.deepEqual(dyads("Ukraine's president attacked Russia's policy on grain."), ["UKR>RUS:111"]);
    assert.deepEqual(dyads("France launched an attack against Mali's rebels."), ["FRA>MLI:190"]);
  });
  it("a crowd gathering at a border or a square meets no one (no 040)", () => {
    assert.deepEqual(
      dyads("Syrians fleeing the war gathered at the border checkpoint, trying to cross over to Jordan."),
      [],
    );
    assert.deepEqual(dyads("Thousands of Afghans gathered at the border crossing with Iran."), []);
    assert.deepEqual(dyads("Ministers from Kenya gathered in Nairobi with Ethiopian officials."), ["KEN>ETH:046"]);
  });
});
