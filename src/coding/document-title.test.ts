// A list item that only names a document reports no act; a sentence that tells what became of the document does.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("document titles", () => {
  it("an item naming a document, even with an infinitive in its title, is no intent to agree", () => {
    const text =
      "The ministers signed the following documents:\n" +
      "- Agreement between the Uzbek and Tajik Governments to arrange joint management of the border rivers;\n" +
      "- Memorandum of understanding between the foreign ministries of Uzbekistan and Tajikistan.";
    assert.ok(!dyadsOf(text, 3).some((d) => d.endsWith(":030")), dyadsOf(text, 3).join(" "));
  });

  it("a sentence that tells what became of a deal is still coded", () => {
    assert.deepEqual(dyadsOf("Agreement between Armenia and Azerbaijan reached after talks in Washington.", 2), [
      "ARM>AZE:03",
      "AZE>ARM:03",
    ]);
  });
});
