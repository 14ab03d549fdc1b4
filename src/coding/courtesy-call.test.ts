// "paid a courtesy call on the prime minister" is a visit of respect (042), not an appeal (020) as "called on" is.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("courtesy call", () => {
  it("a courtesy call paid on an official is a visit to their state", () => {
    const text = "The Kazakh ambassador paid a courtesy call on the Turkish foreign minister in Ankara on Monday.";
    assert.deepEqual(dyadsOf(text, 2), ["KAZ>TUR:04"]);
  });

  it("a call on a state to act is still an appeal", () => {
    assert.deepEqual(dyadsOf("The Turkish foreign minister called on Iraq to act against the militants.", 2), [
      "TUR>IRQ:02",
    ]);
  });
});
