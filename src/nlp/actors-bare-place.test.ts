import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const found = (text: string) =>
  findActorMentions(text, [], { date: "2019-03-01" }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}`);

test("an unnamed group does not belong to the state it flees to", () => {
  // Before: the refugees and the army took India, the one state of the sentence.
  assert.deepEqual(found("Thousands of Tamil refugees fled to India after the army shelled their villages."), [
    "India=IND/",
  ]);
  assert.deepEqual(found("Kurdish refugees crossed into Iran."), ["Iran=IRN/"]);
  assert.deepEqual(found("Rebels escaped to Uganda."), ["Uganda=UGA/"]);
  assert.deepEqual(found("Muslim villagers sought refuge in Bangladesh.").at(-1), "Bangladesh=BGD/");
  // The text's own state still gives them one; returning to a state, or living in it, still does.
  assert.deepEqual(found("Sri Lanka shelled Jaffna. Tamil refugees fled to India."), [
    "Sri Lanka=LKA/",
    "Tamil refugees=LKA/civilians",
    "India=IND/",
  ]);
  assert.deepEqual(found("Kurdish refugees returned to Iraq.")[0], "Kurdish refugees=IRQ/civilians");
  assert.deepEqual(found("Kurdish refugees in Turkey protested.")[0], "Kurdish refugees=TUR/civilians");
});
