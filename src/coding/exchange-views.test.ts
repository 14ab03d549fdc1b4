// Trading views with a party is consulting it, whatever the readout calls the views: "exchanged perspectives on
// regional developments", "exchanged thoughts on Syria" (data/cameo/patterns.txt, 040 exchange). Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 2).sort();

describe("exchanging perspectives or thoughts", () => {
  it("is both sides' consultation, with a joint subject or a 'with' partner", () => {
    assert.deepEqual(dyads("The Turkish and Greek foreign ministers exchanged perspectives on the Aegean."), [
      "GRC>TUR:04",
      "TUR>GRC:04",
    ]);
    assert.deepEqual(dyads("Fidan exchanged thoughts on Syria with Lavrov."), ["RUS>TUR:04", "TUR>RUS:04"]);
  });
  it("is no consultation between analysts, nor one still to come", () => {
    assert.deepEqual(dyads("Analysts exchanged thoughts on Russia's economy."), []);
    assert.deepEqual(dyads("Fidan and Lavrov will exchange perspectives on Syria next week."), [
      "RUS>TUR:03",
      "TUR>RUS:03",
    ]);
  });
});
