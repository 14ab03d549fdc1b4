// Where an event happened: only a locative phrase places it; a capital that acts or is only named is no location.
// Sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText } from "../../test/code-text.ts";

function located(text: string): string[] {
  return codeText(text).map((e) => `${e.source}>${e.target}@${e.location?.name ?? "-"}`);
}

describe("event location", () => {
  it("takes the place after a locative preposition", () => {
    assert.deepEqual(located("Georgian police detained three Armenian citizens in Tbilisi on Monday."), [
      "GEO>ARM@Tbilisi",
    ]);
  });
  it("does not place an event where a capital acts or pressures", () => {
    for (const row of located("Despite angry protests from Yerevan, Azerbaijan expelled two Armenian diplomats."))
      assert.ok(!row.endsWith("@Yerevan"), row);
    for (const row of located("Georgia is deepening trade ties with the EU despite Moscow's pressure."))
      assert.ok(!row.endsWith("@Moscow"), row);
  });
  it("does not take a people named by their state for the place", () => {
    // "in" is a particle of "take in" here, and the phrase after it is the people, not where the act happened.
    for (const row of located("Hungary refused to take in refugees from Syria."))
      assert.ok(!row.includes("@refugees"), row);
    assert.deepEqual(located("Turkish police detained ten migrants from Syria in Izmir."), ["TUR>SYR@İzmir"]);
  });
});
