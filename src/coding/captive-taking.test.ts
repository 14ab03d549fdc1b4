// Hostage-taking read from the captives' mention ("took Israeli hostages") and a reduced passive's patient owned by a
// state ("British sailors detained by Iran").
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText, dyadsOf } from "../../test/code-text.ts";

describe("captives taken and held", () => {
  it("taking or holding a state's people as hostages is hostage-taking by the subject", () => {
    assert.deepEqual(dyadsOf("Hamas militants took dozens of Israeli hostages during the raid.", 3), ["PSE>ISR:181"]);
    assert.deepEqual(dyadsOf("Hamas took 40 Israeli hostages during the raid on Saturday.", 3), ["PSE>ISR:181"]);
    assert.deepEqual(dyadsOf("Hamas is still holding more than 20 Israeli captives in Gaza, officials say.", 3), [
      "PSE>ISR:181",
    ]);
  });

  it("'took X hostage' is the subject's act on X, not X's act", () => {
    assert.deepEqual(dyadsOf("Iranian guards took eight British sailors hostage in the Gulf.", 3), ["IRN>GBR:181"]);
  });

  it("captives held by a named agent are that agent's hostages", () => {
    assert.deepEqual(dyadsOf("Two Thai hostages held by Hamas were freed on Thursday.", 3), ["PSE>THA:181"]);
  });

  it("captives still held, named inside another noun's 'of' phrase, are no new taking on the sentence's day", () => {
    assert.deepEqual(
      dyadsOf("Families of Israeli hostages held by Hamas in Gaza rallied in Tel Aviv on Saturday.", 3),
      [],
    );
    assert.deepEqual(dyadsOf("The fate of Israeli hostages held by Hamas dominated the talks in Cairo.", 3), []);
  });

  it("photos of hostages, a rally of hostages' families and released hostages are no taking", () => {
    assert.deepEqual(dyadsOf("Protesters in Tel Aviv held photos of Israeli hostages on Saturday.", 3), []);
    assert.deepEqual(dyadsOf("Hamas released four Israeli hostages on Saturday.", 2), ["PSE>ISR:08"]);
  });

  it("a reduced passive's patient noun belongs to the state named before it, and keeps the act's own date", () => {
    const events = codeText("Twelve Filipino sailors detained by Houthi rebels in March were freed on Tuesday.");
    assert.deepEqual(
      events.map((e) => `${e.source}>${e.target}:${e.cameo}@${e.when}`),
      ["YEM>PHL:173@2025-03"],
    );
    assert.deepEqual(dyadsOf("A Turkish cargo ship seized by Greek coastguards was released.", 3), ["GRC>TUR:171"]);
  });

  it("weapons named by their maker's demonym are no party to their interception", () => {
    assert.deepEqual(dyadsOf("Iranian drones intercepted by Jordan fell near Amman.", 2), []);
  });
});
