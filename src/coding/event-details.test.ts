// Where an event happened (eventPlace). Sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText } from "../../test/code-text.ts";

function located(text: string): string[] {
  return codeText(text).map((e) => `${e.source}>${e.target}@${e.location?.name ?? "-"}/${e.location?.country ?? "-"}`);
}

describe("eventPlace", () => {
  it("takes the city, not the region after its comma that only says where the city lies", () => {
    assert.deepEqual(
      located("At a summit in Miami, Florida, the American president met Venezuelan opposition leaders."),
      ["USA>VEN@Miami/USA"],
    );
    assert.deepEqual(located("The forum held in Toronto, Ontario, ended as Canada accused China of spying."), [
      "CAN>CHN@Toronto/CAN",
    ]);
  });
  it("controls: a city before its state's name, and a city named alone", () => {
    assert.deepEqual(
      located("Last week the talks held in Geneva, Switzerland, ended as Russia accused Ukraine of shelling."),
      ["RUS>UKR@Geneva/CHE"],
    );
    assert.deepEqual(located("At a summit in Ontario the Canadian premier met Chinese envoys."), [
      "CAN>CHN@Ontario/CAN",
    ]);
  });
});
