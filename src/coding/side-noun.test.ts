// "The Azerbaijani side", "the Chinese side": a state's side is its government in diplomatic news. Invented
// sentences, should / should not code; with them the official protest lodged "over" a party's act.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 3).sort();

describe("foldSideNouns", () => {
  it("'the DEMONYM side' acts for its state, as subject or partner", () => {
    assert.deepEqual(dyads("The Armenian side criticised Turkey on Monday."), ["ARM>TUR:110"]);
    assert.deepEqual(dyads("Putin held talks with the Turkish side in Sochi."), ["RUS>TUR:040", "TUR>RUS:040"]);
  });

  it("a side of a border or a river is a place, not a government", () => {
    assert.deepEqual(dyads("Shells fell on the Russian side of the border."), []);
    assert.deepEqual(dyads("Refugees gathered on the Polish side of the river."), []);
  });
});

describe("an official protest over a party's act", () => {
  it("is aimed at that party, as a concern voiced over it is", () => {
    assert.deepEqual(dyads("The Georgian side lodged a protest over the Russian side's actions."), ["GEO>RUS:114"]);
    assert.deepEqual(dyads("Kazakhstan expressed its protest over Ukraine's attacks on the terminal."), [
      "KAZ>UKR:114",
    ]);
    assert.deepEqual(dyads("Poland raised concerns regarding Russia's drills."), ["POL>RUS:110"]);
  });

  it("a protest over something no party did names no target", () => {
    assert.deepEqual(dyads("Azerbaijan lodged a protest over the deaths in Yekaterinburg."), []);
  });
});
