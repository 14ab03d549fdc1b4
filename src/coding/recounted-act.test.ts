// History retold and plots told are not news of acts.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const roots = (text: string) => dyadsOf(text, 2);

describe("fiction and simulations", () => {
  it("'In the game, ...', 'In the simulation, ...': a plot is nobody's act", () => {
    assert.deepEqual(roots("In the game, players fight a Russian invasion of Poland."), []);
    assert.deepEqual(roots("In the simulation, China seized the islands."), []);
    assert.deepEqual(roots("In the show's final episode, Turkey attacks Greece."), []);
  });
  it("'The novel imagines ...', 'the series depicts how ...': a work of fiction telling its plot", () => {
    assert.deepEqual(roots("The novel imagines a future in which China has invaded Taiwan."), []);
    assert.deepEqual(roots("The new series depicts how Russia invades Finland."), []);
    assert.equal(roots("The show of force by China came after Japan expelled a Chinese diplomat.").length, 1);
  });
  it("a sentence opened by 'in' and no work of fiction is news", () => {
    assert.deepEqual(roots("In the past, Russia attacked Georgia."), ["RUS>GEO:19"]);
    assert.deepEqual(roots("In the morning, Turkey attacked Greece."), roots("Turkey attacked Greece."));
    assert.equal(roots("Turkey attacked Greece.").length, 1);
  });
  it("'described the arrest of its citizens in Greece as a violation': a verdict on another's act is not doing it", () => {
    assert.deepEqual(
      roots("Ankara described the arrest of its citizens in Greece as a violation of international law."),
      [],
    );
    assert.deepEqual(roots("Zelensky described the Russian strike on Kyiv as a war crime."), ["RUS>UKR:19"]);
  });
});

describe("an act recounted after 'came ... after'", () => {
  it("a demonym's act in the 'after' clause is coded with its own subject", () => {
    assert.deepEqual(roots("The statement came a day after Israeli strikes killed dozens in Gaza."), ["ISR>PSE:19"]);
    assert.deepEqual(roots("The vote came two days after Ethiopian strikes killed dozens in Eritrea."), ["ETH>ERI:19"]);
  });
});
