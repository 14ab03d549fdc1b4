// Where a party stands in its clause; sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("party positions", () => {
  it("the object after the particle of a governed verb is the target ('threatened to shoot down X')", () => {
    assert.deepEqual(dyadsOf("Iraq threatened to shoot down American planes patrolling the no-fly zone.", 2), [
      "IRQ>USA:13",
    ]);
    assert.deepEqual(dyadsOf("Serbia threatened to shut down Albanian schools.", 2), ["SRB>ALB:13"]);
  });
});

describe("a clause opened by a conjunction the tagger calls a preposition", () => {
  it("'after X and other leaders visited': the list with 'other' is the clause's subject, not a place", () => {
    assert.deepEqual(dyadsOf("Talks resumed after Tokayev and other Central Asian leaders visited Beijing.", 3), [
      "KAZ>CHN:042",
      "KGZ>CHN:042",
      "TJK>CHN:042",
      "TKM>CHN:042",
      "UZB>CHN:042",
    ]);
    assert.deepEqual(dyadsOf("Talks resumed after Tokayev visited Beijing.", 3), ["KAZ>CHN:042"]);
  });
});

describe("fronted years", () => {
  it("a name after 'In 2019' with no comma opens the clause, it is no place", () => {
    assert.deepEqual(dyadsOf("In 2018 Ethiopia signed a peace agreement with Eritrea.", 2), [
      "ETH>ERI:05",
      "ERI>ETH:05",
    ]);
    assert.deepEqual(dyadsOf("Since 2016 Turkish troops have occupied parts of Syria.", 2), ["TUR>SYR:19"]);
    // A name after "in" with no year between stays a place.
    assert.deepEqual(dyadsOf("In Ethiopia the Eritrean envoy signed a peace agreement.", 2), []);
  });
});

describe("absolute 'with' clauses", () => {
  it("', with X and Y condemning Z': the parties after 'with' are the subject of the '-ing' verb", () => {
    assert.deepEqual(dyadsOf("The vote split the region, with Chile and Peru condemning Bolivia's move.", 2), [
      "CHL>BOL:11",
      "PER>BOL:11",
    ]);
  });

  it("'with' after a noun, or before a noun, is a partner or a means, not a subject", () => {
    assert.deepEqual(dyadsOf("Chile signed a deal with Peru covering fishing rights.", 2), [
      "CHL>PER:05",
      "PER>CHL:05",
    ]);
  });
});
