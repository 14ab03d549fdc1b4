import assert from "node:assert/strict";
import { test } from "node:test";
import { PASSIVE_FORCE_RE, PASSIVE_FORCE_TAIL_RE } from "./places-patterns.ts";

test("the passive alone is in every text the place-before-a-passive pattern matches, and in few others", () => {
  const passives = [
    "Kharkiv was shelled by Russian forces.",
    "Overnight, Sharm el-Sheikh had been\nheavily bombed, officials said.",
    "Novo Selo has been repeatedly raided.",
    "Avdiivka has been captured, the ministry said.",
  ];
  for (const text of passives) {
    assert.ok([...text.matchAll(PASSIVE_FORCE_RE)].length > 0, text);
    assert.ok(PASSIVE_FORCE_TAIL_RE.test(text), text);
  }
  for (const text of ["Troops shelled Kharkiv.", "The bill was passed by parliament.", "He was taking notes."])
    assert.equal(PASSIVE_FORCE_TAIL_RE.test(text), false, text);
});
