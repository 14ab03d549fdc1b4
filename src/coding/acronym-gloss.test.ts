// "Kazakhstan and the European Union (EU) signed": a body's name with its initials in brackets is one party, and the
// bracket cuts no list off its verb. With it, a demand dated between its verb and "that" ("demanded today that X
// ease") still leaves what it demands undone. Invented sentences, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";
import { foldAcronymGlosses } from "./acronym-gloss.ts";
import type { Unit } from "./sentence-units.ts";

const dyads = (text: string) => dyadsOf(text, 3).sort();

describe("foldAcronymGlosses", () => {
  it("a listed body introduced with its initials keeps its place in the list", () => {
    assert.deepEqual(dyads("Uzbekistan and the European Union (EU) signed a trade deal on Friday."), [
      "EU>UZB:057",
      "UZB>EU:057",
    ]);
    assert.deepEqual(dyads("Moldova and the Organization for Security and Co-operation in Europe (OSCE) held talks."), [
      "MDA>OSCE:040",
      "OSCE>MDA:040",
    ]);
  });

  it("initials the gazetteer does not know are the name's own when their letters follow the name's", () => {
    assert.deepEqual(dyads("Uzbekistan and the Asian Development Bank (ADB) signed a loan deal on Friday."), [
      "ADB>UZB:057",
      "UZB>ADB:057",
    ]);
  });

  it("a bracket glossing the name in words, or naming another party, is left as it is", () => {
    const unit = (lower: string, code?: string, text = lower): Unit => ({
      start: 0,
      end: 0,
      lower: code ? "$actor" : lower,
      lemma: lower,
      pos: code ? "PROPN" : "PUNCT",
      clause: 0,
      ...(code
        ? { mention: { start: 0, end: 0, text, kind: "organisation" as const, actor: { code }, sentence: 0 } }
        : {}),
    });
    const gloss = [unit("hizbollah", "LBN", "Hizbollah"), unit("("), unit("party", "LBN", "Party of God"), unit(")")];
    foldAcronymGlosses(gloss);
    assert.equal(gloss.length, 4);
    const other = [unit("rosatom", "RUS", "Rosatom"), unit("("), unit("kz", "KAZ", "KZ"), unit(")")];
    foldAcronymGlosses(other);
    assert.equal(other.length, 4);
    const same = [unit("eu", "EU", "European Union"), unit("("), unit("eu", "EU", "EU"), unit(")")];
    foldAcronymGlosses(same);
    assert.equal(same.length, 1);
  });
});

describe("a demand dated before its 'that'", () => {
  it("codes the demand, not the act demanded", () => {
    assert.deepEqual(dyads("Washington demanded today that Israel lift restrictions on Gaza."), ["USA>ISR:100"]);
    assert.deepEqual(dyads("Russia demanded on Monday that Ukraine withdraw its troops from Kursk."), ["RUS>UKR:100"]);
  });
});
