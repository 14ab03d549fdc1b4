// Mentions that are not parties of their own; sentences are made up, not taken from the suites.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("mentions the source owns", () => {
  it("'its troops' is what the source moves, not whom it acts on; the state left is the target", () => {
    assert.deepEqual(dyadsOf("Russia pulled its troops out of Moldova.", 3), ["RUS>MDA:087"]);
    assert.deepEqual(dyadsOf("Syria pulled its forces out of Lebanon on Sunday.", 3), ["SYR>LBN:087"]);
    assert.deepEqual(dyadsOf("Russia will pull its troops out of Moldova by the end of the year.", 2), ["RUS>MDA:03"]);
  });
  it("another state's troops after the verb stay its target", () => {
    assert.ok(dyadsOf("Russia attacked Georgian troops near Gori.", 2).includes("RUS>GEO:19"));
  });
});

describe("a hyphened backer ('X-backed') describes the actor after it", () => {
  it("force falls on the backed actor named after the hyphen, and 'backed' is no act of the subject", () => {
    assert.deepEqual(dyadsOf("Ethiopia's army fought Eritrean-backed Tigrayan fighters in Ethiopia's north.", 2), [
      "ETH>ETH:19",
    ]);
    assert.deepEqual(dyadsOf("Greek troops clashed with Ankara-backed Cypriot militiamen on Cyprus.", 2), [
      "GRC>CYP:19",
    ]);
  });
  it("the backed actor is the subject of its own verb", () => {
    assert.deepEqual(dyadsOf("Iran-backed Houthi rebels launched drones at Saudi Arabia.", 2), ["YEM>SAU:19"]);
  });
  it("words about a backed group's status are aimed at its backer, and others at the group", () => {
    assert.deepEqual(dyadsOf("Kyiv denounced the referendum of Moscow-backed separatists.", 2), ["UKR>RUS:11"]);
    // Unplaced, the group is known only by its backer, and condemning it names no state of its own.
    assert.deepEqual(dyadsOf("Kyiv denounced Moscow-backed separatists.", 2), []);
  });
  it("cooperation with a backed group is done with the group, not its backer", () => {
    assert.deepEqual(dyadsOf("Saudi Arabia held talks with the Iran-backed Houthis in Riyadh.", 2), [
      "SAU>YEM:04",
      "YEM>SAU:04",
    ]);
    assert.deepEqual(dyadsOf("Qatar praised Iran-backed Hezbollah for agreeing to the truce.", 2), ["QAT>LBN:05"]);
  });
});

describe("a verb that names the object ('what it called')", () => {
  it("is no phone call, and the object it names is the main verb's target", () => {
    assert.deepEqual(dyadsOf("Nicaragua condemned what it called Costa Rican meddling.", 2), ["NIC>CRI:11"]);
  });
  it("a plain 'called X' is left to the dictionary", () => {
    assert.ok(dyadsOf("Nicaragua called Costa Rica on Monday.", 2).includes("NIC>CRI:04"));
  });
});

describe("a guest received", () => {
  it("a guest received by a host is the host's meeting with them", () => {
    assert.deepEqual(dyadsOf("The Malawian envoy was received by the Zambian president in Lusaka.", 3), [
      "ZMB>MWI:040",
    ]);
  });
  it("a state's thing received is no guest ('Malawi's plan was received by Zambia')", () => {
    assert.deepEqual(dyadsOf("Malawi's plan was received by Zambia with caution.", 2), []);
    assert.deepEqual(dyadsOf("Malawi's foreign minister was received by Zambia's president.", 3), ["ZMB>MWI:040"]);
  });
});
