// Source and target of one trigger; sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("a relative clause right after an actor", () => {
  it("has that actor as its subject, not the subject of the clause it hangs in", () => {
    const got = dyadsOf("Washington lifted sanctions on two Indian companies that had sold equipment to Iran.", 2);
    assert.ok(got.includes("USA>IND:08"), got.join(", "));
    assert.ok(!got.some((d) => d.startsWith("USA>IRN")), got.join(", "));
    // A bare present says what such actors do in general: no act, and no subject borrowed for it.
    assert.deepEqual(dyadsOf("The impunity for Iranian security forces who kill protesters raises fears."), []);
  });
});

describe("an actor that sponsors or brokers the act", () => {
  it("inside the trigger's phrase ('resumed UN-sponsored talks') is no party to it", () => {
    const got = dyadsOf("Israeli and Palestinian negotiators resumed UN-sponsored talks in Geneva.", 2);
    assert.ok(!got.some((d) => d.includes("UN")), got.join(", "));
    assert.ok(
      dyadsOf("Israeli and Palestinian negotiators resumed talks with the UN.", 2).some((d) => d.includes("UN")),
    );
    // A backed armed group acts and is fought on its own account, not its patron's; words about its status reach the
    // patron.
    assert.ok(!dyadsOf("Ukrainian troops attacked Kremlin-backed rebels.", 2).includes("UKR>RUS:19"));
    assert.ok(dyadsOf("Kyiv refused to recognise the Kremlin-backed rebels' referendum.", 2).includes("UKR>RUS:12"));
  });
});

describe("an act between two parties", () => {
  it("a noun or gerund act that opens its clause with 'between X and Y' is both sides' act", () => {
    assert.deepEqual(dyadsOf("Clashes between Indian and Pakistani troops were reported along the border.", 2), [
      "IND>PAK:19",
      "PAK>IND:19",
    ]);
    assert.deepEqual(dyadsOf("Fighting between Armenian and Azerbaijani forces continued overnight.", 2), [
      "ARM>AZE:19",
      "AZE>ARM:19",
    ]);
  });
  it("an adjective before the act, even one tagged as a name or a participle, or an opening phrase, keeps the pair", () => {
    for (const text of [
      "Fresh clashes between Armenia and Azerbaijan broke out on Monday.",
      "Renewed clashes between Armenia and Azerbaijan broke out on Monday.",
      "On Monday, fresh clashes between Armenia and Azerbaijan broke out.",
      "According to the ministry, clashes between Armenia and Azerbaijan broke out.",
    ])
      assert.deepEqual(dyadsOf(text, 2), ["ARM>AZE:19", "AZE>ARM:19"], text);
  });
  it("a verb after a subject is no participle: a denied or feared act between two parties is no act of theirs", () => {
    for (const text of [
      "Officials denied clashes between Armenian and Azerbaijani troops.",
      "Diplomats feared clashes between Serbia and Kosovo.",
      // The comma closes no opening phrase here: the act is what "feared" says of it.
      "Diplomats feared that, without a deal, clashes between Serbia and Kosovo would resume.",
    ])
      assert.deepEqual(dyadsOf(text, 2), [], text);
  });
  it("an act 'between X and Y' that is another party's object is that party's act only", () => {
    const got = dyadsOf("Norway brokered an accord between Israel and Jordan.", 2);
    assert.ok(!got.includes("ISR>JOR:03") && !got.includes("JOR>ISR:03"), JSON.stringify(got));
  });
});

describe("a mutual act whose sides are all in one slot after it", () => {
  it("with one side there, takes no other party of the sentence as the second", () => {
    assert.deepEqual(dyadsOf("The conference was attended by Ukraine, while Russia was not invited.", 2), []);
    assert.deepEqual(dyadsOf("The summit was attended by Georgia, whereas Armenia sent no one.", 2), []);
    assert.deepEqual(dyadsOf("The summit was attended by the leaders of Georgia and Armenia.", 2).sort(), [
      "ARM>GEO:04",
      "GEO>ARM:04",
    ]);
  });
});
