// Private travellers and sports crowds are no state's envoys; sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("sports crowds", () => {
  it("crowds acting on crowds or players: no act of either state", () => {
    assert.deepEqual(dyadsOf("Indian and Pakistani fans clashed outside the stadium in Ahmedabad.", 2), []);
    assert.deepEqual(dyadsOf("Russian fans attacked English fans in Marseille.", 2), []);
  });
  it("a crowd's attack on another state's embassy is still an attack on that state", () => {
    assert.deepEqual(dyadsOf("Serbian fans attacked the Albanian embassy in Belgrade.", 2), ["SRB>ALB:18"]);
  });
});
