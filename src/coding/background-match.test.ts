// Background triggers: an act the sentence only refers to is not coded, while the same act reported is.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 2);

describe("background matches", () => {
  it("an attack referred to ('in light of') is no event; the same attack as the subject's act is", () => {
    assert.deepEqual(dyads("The ministers met in light of Iran's attacks on Israel."), []);
    assert.deepEqual(dyads("Iran's attacks on Israel angered the ministers."), ["IRN>ISR:19"]);
  });
  it("talks named as the period around the main act are not a second act; the main act stays", () => {
    assert.deepEqual(
      dyads("Armenia and Azerbaijan held talks during a period of negotiations between Serbia and Kosovo."),
      ["ARM>AZE:04", "AZE>ARM:04"],
    );
    assert.deepEqual(dyads("Serbia and Kosovo held negotiations."), ["SRB>XKX:04", "XKX>SRB:04"]);
  });
});

describe("appositiveParticiple", () => {
  it("a participle between commas after a party, dated in a year, says how it came to be: no act", () => {
    assert.deepEqual(
      dyads("The Eurasian Economic Union, established in 2015, includes Russia, Belarus and Armenia."),
      [],
    );
    assert.deepEqual(dyads("The alliance, formed in 1999 by Russia and Belarus, held drills on Friday."), []);
  });
  it("the sentence's own act still counts, and a participle that is the act's own clause is no appositive", () => {
    assert.deepEqual(dyads("Russia, angered by the decision, expelled two Estonian diplomats."), ["RUS>EST:16"]);
    assert.deepEqual(dyads("Russia established diplomatic relations with Burkina Faso on Monday."), [
      "RUS>BFA:05",
      "BFA>RUS:05",
    ]);
  });
});
