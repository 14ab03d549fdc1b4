// A second cooperative verb sharing its partner verb's subject and partner; sentences are made up.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("a coordinated cooperative verb borrows its partner", () => {
  it("'met X and signed a deal': the deal is with X, both ways", () => {
    assert.deepEqual(dyadsOf("Chile met Peru on Monday and signed a fishing accord.", 2), [
      "CHL>PER:04",
      "PER>CHL:04",
      "CHL>PER:05",
      "PER>CHL:05",
    ]);
    assert.deepEqual(dyadsOf("Kenya hosted Uganda and signed a rail deal.", 2), [
      "KEN>UGA:04",
      "KEN>UGA:05",
      "UGA>KEN:05",
    ]);
  });
  it("not from a hostile act, nor over a partner of its own or a new subject", () => {
    assert.deepEqual(dyadsOf("Chile criticised Peru and signed a fishing accord.", 2), ["CHL>PER:11"]);
    assert.deepEqual(dyadsOf("Chile met Peru and signed a fishing accord with Ecuador.", 2), [
      "CHL>PER:04",
      "PER>CHL:04",
      "CHL>ECU:05",
      "ECU>CHL:05",
    ]);
    assert.deepEqual(dyadsOf("Chile met Peru, and Bolivia signed a fishing accord.", 2), ["CHL>PER:04", "PER>CHL:04"]);
  });
});
