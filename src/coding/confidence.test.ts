// Confidence ranks an act stated plainly, in one clause, above the same act hedged, named by a noun, or with a party
// found outside its clause. Sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText } from "../../test/code-text.ts";

/** The confidence of the one event of `dyad` (and CAMEO root, when given) coded from `text`; fails when there is none. */
function trust(text: string, dyad: string, root = ""): number {
  const found = codeText(text).filter((e) => `${e.source}>${e.target}` === dyad && e.cameo.startsWith(root));
  assert.equal(
    found.length,
    1,
    `${dyad} in "${text}": ${JSON.stringify(codeText(text).map((e) => e.source + e.target))}`,
  );
  return found[0]!.confidence;
}

const PLAIN = "Russia expelled two Estonian diplomats.";

describe("confidence ordering", () => {
  it("puts a plain statement above the same act hedged", () => {
    const plain = trust(PLAIN, "RUS>EST");
    for (const hedged of [
      "Russia reportedly expelled two Estonian diplomats.",
      "Russia allegedly expelled two Estonian diplomats.",
      "Russia appears to have expelled two Estonian diplomats.",
      "According to unconfirmed reports, Russia expelled two Estonian diplomats.",
    ])
      assert.ok(trust(hedged, "RUS>EST") < plain, hedged);
  });
  it("puts a party named in the act's clause above one found in the sentence before", () => {
    const pronoun = trust(
      "Russia met Estonian officials on Monday. It later expelled two Estonian diplomats.",
      "RUS>EST",
      "16",
    );
    assert.ok(pronoun < trust(PLAIN, "RUS>EST"));
    assert.ok(
      trust("Azerbaijan recalled its envoy on Monday. It also accused Armenia of shelling.", "AZE>ARM") <
        trust("Azerbaijan accused Armenia of shelling.", "AZE>ARM"),
    );
  });
  it("puts a verb above a noun for the same act", () => {
    assert.ok(
      trust("Russia's expulsion of two Estonian diplomats angered Tallinn.", "RUS>EST") < trust(PLAIN, "RUS>EST"),
    );
  });
  it("keeps every confidence between 0 and 1", () => {
    for (const e of codeText("Russia reportedly shelled Kharkiv. It apparently also condemned Ukraine's attacks."))
      assert.ok(e.confidence > 0 && e.confidence < 1, String(e.confidence));
  });
});
