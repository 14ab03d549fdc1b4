// Whole families of news phrasing the pattern dictionary (data/cameo/patterns.txt) once lacked, each checked on
// sentences written for this test: what should code, and a near miss that should not code the same way.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 3);

describe("pattern families", () => {
  it("welcoming what a party decided, offered or asked for praises that party (051)", () => {
    assert.deepEqual(dyads("Azerbaijan welcomed a Turkish offer to mediate."), ["AZE>TUR:051"]);
    assert.deepEqual(dyads("Russia welcomed the decision by Serbia to stay neutral."), ["RUS>SRB:051"]);
    assert.deepEqual(dyads("Italy welcomed Egypt's offer to host the talks."), ["ITA>EGY:051"]);
    assert.deepEqual(dyads("Germany hailed the move by Poland to reopen the border."), ["DEU>POL:051"]);
    assert.deepEqual(dyads("Chile welcomed a step by Peru to cut tariffs."), ["CHL>PER:051"]);
    assert.deepEqual(dyads("Kenya welcomed a call by Ethiopia for talks."), ["KEN>ETH:051"]);
  });
  it("welcoming a person or a delegation is still a reception, not praise", () => {
    assert.deepEqual(dyads("Serbia welcomed Russian President Vladimir Putin."), ["SRB>RUS:040"]);
    assert.deepEqual(dyads("Russia welcomed the decision."), []);
  });
});
