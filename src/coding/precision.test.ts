// Precision mechanisms: words that look like acts but are not, and acts that are stopped rather than done.
// Sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text);

describe("coding precision", () => {
  it("codes the stopping of an act, not the act: 'ended mediation', 'lifted a blockade'", () => {
    assert.deepEqual(dyads("Georgian officials ended their mediation between Armenia and Azerbaijan."), [
      "GEO>ARM:165",
      "GEO>AZE:165",
    ]);
    assert.deepEqual(dyads("The Turkish navy lifted on Monday a week-long blockade of Cyprus."), ["TUR>CYP:081"]);
    assert.deepEqual(dyads("Kazakhstan suspended all aid to Kyrgyzstan."), ["KAZ>KGZ:162"]);
  });
  it("does not read weapons or a war as an act: 'nuclear missiles', 'war-torn'", () => {
    assert.deepEqual(
      dyads("Russian and American diplomats discussed limits on nuclear missiles in Geneva.").filter((d) =>
        d.endsWith(":194"),
      ),
      [],
    );
    assert.deepEqual(
      dyads("Turkey sent food to war-torn Syria.").filter((d) => d.includes(":19")),
      [],
    );
    assert.ok(dyads("Armenian troops fired rockets at Azerbaijan.").some((d) => d.startsWith("ARM>AZE:19")));
  });
});

describe("coding precision: promises and agents", () => {
  it("reads a promise not to act as a refusal: 'vowed not to'", () => {
    const got = dyads("Armenia vowed not to return the villages to Azerbaijan.");
    assert.ok(
      got.some((d) => d.startsWith("ARM>AZE:12")),
      JSON.stringify(got),
    );
    assert.ok(!got.some((d) => d.includes(":03")), JSON.stringify(got));
  });
  it("does not read 'crimes committed by X' as a promise, nor X as the agent of the noun before", () => {
    const got = dyads("Georgian prosecutors opened an inquiry into abuses committed by Russian soldiers.");
    assert.ok(!got.some((d) => d.startsWith("RUS>")), JSON.stringify(got));
    assert.ok(!got.some((d) => d.includes(":03")), JSON.stringify(got));
  });
});

describe("coding precision: places are not parties", () => {
  it("does not make a border neighbour a target, nor a place in the speaker's phrase a speaker", () => {
    const border = dyads("Armenian troops deployed along the border with Iran.");
    assert.ok(!border.some((d) => d.includes(">IRN")), JSON.stringify(border));
    const speaker = dyads("A charity working in Georgia said Russian and Turkish forces must leave.");
    assert.ok(!speaker.some((d) => d.startsWith("GEO>")), JSON.stringify(speaker));
  });
});
