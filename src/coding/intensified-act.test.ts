// An act stepped up is that act ("stepped up attacks on Ukraine": the attacks, trigger-scope.ts LIGHT_VERBS), an act
// in the object of a verb only supposed is not done ("would escalate its drone attacks", modality.ts), and bodies
// swapped are property given back (0842), not a prisoner swap.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("acts stepped up, supposed, or swapped", () => {
  it("a verb of increase before a noun act codes the act with the verb's subject as its agent", () => {
    assert.deepEqual(dyadsOf("Russia stepped up attacks on Ukraine.", 2), ["RUS>UKR:19"]);
    assert.deepEqual(dyadsOf("Israel escalated attacks on Lebanon.", 2), ["ISR>LBN:19"]);
    assert.deepEqual(dyadsOf("Russia ramped up strikes on Ukrainian energy facilities.", 2), ["RUS>UKR:19"]);
  });

  it("an act in the object of a hypothetical verb is not done, past a possessive", () => {
    assert.deepEqual(
      dyadsOf("The Kremlin warned that Ukraine would escalate its drone attacks on Russian cities.", 2),
      [],
    );
    assert.deepEqual(dyadsOf("Russia could intensify its attacks on Ukraine.", 2), []);
  });

  it("bodies or remains exchanged are returned property, even of soldiers", () => {
    assert.deepEqual(dyadsOf("Russia and Ukraine exchanged the bodies of fallen soldiers on Friday.").sort(), [
      "RUS>UKR:0842",
      "UKR>RUS:0842",
    ]);
    assert.deepEqual(dyadsOf("Russia and Ukraine exchanged 150 prisoners of war on Friday.").sort(), [
      "RUS>UKR:0841",
      "UKR>RUS:0841",
    ]);
  });
});
