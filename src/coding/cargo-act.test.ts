import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 2);

describe("carriedCargo: what a vessel or convoy carries is its sender's act", () => {
  it("the aid on a ship someone intercepts is not the interceptor's aid", () => {
    assert.deepEqual(dyads("Israeli forces intercepted a ship carrying aid to Gaza."), []);
  });
  it("a sender of the carrier, or the cargo's own agent, still gives it", () => {
    assert.deepEqual(dyads("Turkey sent a ship carrying aid to Gaza."), ["TUR>PSE:07"]);
    assert.deepEqual(dyads("A convoy carrying Turkish aid reached Gaza."), ["TUR>PSE:07"]);
  });
});
