// An institution "of" a party acts as that party does ("the defence ministries of X met"); sentences invented.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("institutions of a party", () => {
  it("delegations of two states' ministries, as the subject, are both states", () => {
    assert.deepEqual(dyadsOf("Delegations of the interior ministries of Kenya and Uganda met in Kampala.", 2), [
      "KEN>UGA:04",
      "UGA>KEN:04",
    ]);
  });
  it("a ministry with a capitalised name of its own, then 'of' its state, acts with the party joined to it", () => {
    assert.deepEqual(dyadsOf("The Department of Mines of Ghana and Rosatom signed a memorandum.", 2), [
      "GHA>RUS:05",
      "RUS>GHA:05",
    ]);
  });
  it("an institution after another preposition is no subject: the hackers are unnamed", () => {
    assert.deepEqual(dyadsOf("Hackers attacked the defence ministries of Estonia and Latvia.", 2), []);
  });
  it("'of' after a noun that names no institution is not looked through: the rivals are not the states", () => {
    assert.deepEqual(dyadsOf("The rivals of Kenya and Uganda signed a pact.", 2), []);
  });
  it("an institution of a bare role is not looked through: whose police the text does not name", () => {
    assert.deepEqual(
      dyadsOf("The Office of Police contacted the Russian border service and requested an explanation.", 2),
      [],
    );
  });
});
