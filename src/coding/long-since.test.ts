// A perfect kept up since a year long past is history; sentences are made up, published 2025-08-01.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText, dyadsOf } from "../../test/code-text.ts";

const dyads = (text: string) => dyadsOf(text, 2).sort();

describe("a perfect since a year long past", () => {
  it("tells a dyad's history, not an act the report dates", () => {
    assert.deepEqual(dyads("Eritrea and Ethiopia have fought over Badme since 1998."), []);
    assert.deepEqual(dyads("Sudan and South Sudan have clashed since their split at the end of the war in 2011."), []);
    assert.deepEqual(dyads("Armenia and Azerbaijan have clashed repeatedly since the 1990s."), []);
  });
  it("a count of acts whose latest is named tells of that act", () => {
    assert.deepEqual(
      dyads("Erdogan has met Aliyev 20 times since 2018, most recently at a summit in Baku on May 21."),
      ["AZE>TUR:04", "TUR>AZE:04"],
    );
    // with no latest named, the count is the dyad's history
    assert.deepEqual(dyads("Eritrea and Ethiopia have clashed several times since 1998."), []);
    // the latest dated years back is history too
    assert.deepEqual(dyads("India and Pakistan have fought four times since 1947, most recently in 1999."), []);
    assert.deepEqual(dyads("Russia has invaded its neighbours three times since 2008, the latest in 2022."), []);
  });
  it("a count's 'since' dates the first of the acts counted, not the latest the report tells", () => {
    const when = codeText(
      "Erdogan has met Aliyev 20 times since 2018, most recently at a summit in Baku on May 21.",
    ).map((e) => e.when);
    assert.deepEqual(when, ["2025-05-21", "2025-05-21"]);
  });
  it("since a recent date, or without the perfect, is the news", () => {
    assert.deepEqual(dyads("Turkey has attacked Kurdish militants in Iraq since 2023."), ["TUR>IRQ:18"]);
    assert.deepEqual(dyads("Eritrea and Ethiopia fought over Badme in 1998."), ["ERI>ETH:19", "ETH>ERI:19"]);
  });
});

describe("perfectTally: fighting counted in a perfect", () => {
  it("with no time named, it tells the dyad's history", () => {
    assert.deepEqual(dyads("Peru and Ecuador have clashed repeatedly over the border."), []);
    assert.deepEqual(dyads("Peru and Ecuador have fought three wars over the Amazon."), []);
    assert.deepEqual(dyads("Peru and Ecuador have clashed repeatedly, in October 1995 and after."), []);
  });
  it("a day, the weekend or a month of this year dates the bouts to the news", () => {
    assert.deepEqual(dyads("Peruvian and Ecuadorian troops have clashed repeatedly since Thursday."), [
      "ECU>PER:19",
      "PER>ECU:19",
    ]);
    assert.deepEqual(dyads("Peru and Ecuador have clashed several times over the weekend."), [
      "ECU>PER:19",
      "PER>ECU:19",
    ]);
    assert.deepEqual(dyads("Peru and Ecuador have clashed repeatedly since June."), ["ECU>PER:19", "PER>ECU:19"]);
  });
});
