// Sentences in other languages, written for this test: English patterns must not read them ("die" is no death,
// "Protest gegen ..." no protest the coder can place). Each foreign line here gave an event before the check.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 2);

describe("real pages: a sentence in another language codes nothing", () => {
  it("German lines naming states or capitals give no event", () => {
    assert.deepEqual(
      dyads("Israel und die USA, die die Ausarbeitung eines neuen Abkommens ablehnen, stehen in der Kritik."),
      [],
    );
    assert.deepEqual(dyads("Protest gegen die Regierung in Wien"), []);
    assert.deepEqual(dyads("Protest gegen Russland in Berlin"), []);
  });
  it("English sentences quoting another language or naming a 'von der' still code", () => {
    assert.deepEqual(dyads("Germany criticised Russia for the attack on Ukraine."), ["DEU>RUS:11"]);
    assert.deepEqual(dyads("Ursula von der Leyen met the president of Ukraine in Kyiv on Monday."), ["EU>UKR:04"]);
    assert.deepEqual(dyads("Demonstrators protested against the government in Berlin, chanting 'Wir sind das Volk'."), [
      "DEU>DEU:14",
    ]);
  });
});
