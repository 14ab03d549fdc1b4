// Acts stopped or kept away from; sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const roots = (text: string) => dyadsOf(text, 2);

describe("an act a verb of stopping or avoiding governs", () => {
  it("a gerund after 'stop', 'cease' or 'halt' is the act stopped: force eased, not used", () => {
    assert.deepEqual(roots("Washington agreed to stop shelling Houthi positions in Yemen."), ["USA>YEM:08"]);
    assert.deepEqual(roots("The Houthis have stopped attacking US warships."), ["YEM>USA:08"]);
    // An attack on an armed group stopped is no departure from a body (161).
    assert.deepEqual(dyadsOf("Israel stopped bombing Gaza on Sunday."), ["ISR>PSE:087"]);
  });
  it("sanctions paused are eased", () => {
    assert.deepEqual(dyadsOf("The White House agreed to pause tariffs on Canada for thirty days."), ["USA>CAN:085"]);
    assert.deepEqual(dyadsOf("The United States paused tariffs on Mexico."), ["USA>MEX:085"]);
  });
  it("an act avoided or refrained from is not done", () => {
    // Travel told to be avoided is no visit; telling one's own people so is a travel warning (16), not a visit (04).
    assert.deepEqual(roots("Beijing urged its citizens to avoid travelling to Japan."), ["CHN>JPN:16"]);
    assert.deepEqual(roots("China advised its citizens to avoid travel to Japan."), ["CHN>JPN:16"]);
    assert.deepEqual(roots("The Indian prime minister avoided meeting the Pakistani delegation."), []);
    assert.deepEqual(roots("Putin visited Beijing."), ["RUS>CHN:04"]);
    // A denial parted from its gerund by an adverb still denies it.
    assert.deepEqual(roots("Rwanda has denied directly supporting the M23 rebels in Congo."), []);
  });
  it("a meeting skipped, sat out or stayed away from is not held with the party", () => {
    assert.deepEqual(roots("The Kazakh president skipped the summit with Russia's Vladimir Putin in Moscow."), []);
    assert.deepEqual(roots("Pashinyan sat out the summit with Putin in Minsk."), []);
    assert.deepEqual(roots("Armenia stayed away from the talks with Russia."), []);
    assert.deepEqual(roots("The Kazakh leader attended the summit with Putin in Moscow."), ["KAZ>RUS:04"]);
  });
});
