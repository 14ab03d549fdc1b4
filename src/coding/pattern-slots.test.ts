// A pattern's actor slot on invented sentences: a state named as a bloc's member ("NATO country Romania") fills it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("slotAt: a bloc's member named after the bloc", () => {
  it("'the airspace of NATO member X': the state is the target, not the bloc", () => {
    assert.deepEqual(dyadsOf("A Russian jet entered the airspace of NATO member Estonia.", 3), ["RUS>EST:150"]);
    assert.deepEqual(dyadsOf("Serbian drones entered the airspace of EU country Croatia.", 3), ["SRB>HRV:150"]);
  });

  it("a bloc named alone still fills the slot", () => {
    assert.deepEqual(dyadsOf("A Russian jet entered the airspace of NATO.", 3), ["RUS>NATO:150"]);
  });
});

describe("slotAt: a list closed by 'and' ends at the next clause's subject", () => {
  it("'before the meeting between X and Y, Z said': Z is no party of the meeting", () => {
    assert.deepEqual(dyadsOf("Before the meeting between Aliyev and Pashinyan, Macron spoke to reporters in Paris."), [
      "AZE>ARM:036",
      "ARM>AZE:036",
    ]);
    assert.deepEqual(
      dyadsOf(
        "Ahead of talks between Serbia and Kosovo, the German foreign minister urged both sides to compromise.",
        2,
      ),
      ["SRB>XKX:03", "XKX>SRB:03"],
    );
  });

  it("a list that goes on past its comma still joins every party", () => {
    assert.deepEqual(dyadsOf("Before the meeting between Aliyev, Pashinyan and Macron, aides met in Paris.", 2), [
      "AZE>ARM:03",
      "AZE>FRA:03",
      "ARM>AZE:03",
      "ARM>FRA:03",
      "FRA>AZE:03",
      "FRA>ARM:03",
    ]);
    assert.deepEqual(dyadsOf("Macron met the leaders of Armenia and Azerbaijan, Pashinyan and Aliyev, in Paris.", 2), [
      "FRA>ARM:04",
      "FRA>AZE:04",
      "ARM>FRA:04",
      "AZE>FRA:04",
    ]);
  });
});
