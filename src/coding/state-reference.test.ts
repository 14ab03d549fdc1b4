// A state referred back to by a noun ("the country", "his government") as a clause subject; sentences invented.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("state references", () => {
  it("'the country' in a reported clause is the speaker's state, past a day between them", () => {
    assert.deepEqual(
      dyadsOf("The Danish prime minister said on Monday that the country had expelled a Russian envoy.", 2),
      ["DNK>RUS:16"],
    );
  });
  it("'his government' is the speaker's state when the sentence names several", () => {
    assert.deepEqual(dyadsOf("The Malian president said his government had recalled its ambassador from Algeria.", 2), [
      "MLI>DZA:16",
    ]);
  });
  it("a body that speaks is no state the noun can stand for", () => {
    assert.deepEqual(dyadsOf("The World Bank said the country had expelled two Chinese engineers.", 2), []);
    // An organisation's official is a person, yet speaks for no state.
    assert.deepEqual(dyadsOf("IMF chief Georgieva said the country had broken its promises to Zambia.", 2), []);
    assert.deepEqual(
      dyadsOf("UN Secretary-General Guterres said the nation had violated its truce with Lebanon.", 2),
      [],
    );
  });
  it("'the country' opening a sentence does not reach back to the previous one", () => {
    assert.deepEqual(
      dyadsOf("Cuba denied the charge. The country will not accept another envoy sent to probe US claims.", 2),
      [],
    );
  });
  it("the noun before a possessive is no subject", () => {
    assert.deepEqual(dyadsOf("Chile's president visited Peru, where the country's army chief greeted him.", 2), [
      "CHL>PER:04",
    ]);
  });
});
