import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const find = (text: string) =>
  findActorMentions(text, [], { date: "2021-05-01" }).map((m) => [m.text, m.actor.code, m.actor.role ?? ""]);

test("a saint's name in a firm's, church's or day's name is no state named after the saint", () => {
  assert.deepEqual(find("The novel came out from St. Martin's Press and sold well."), []);
  assert.deepEqual(find("The imprint was bought by St. Martin's, which kept its editors."), []);
  assert.deepEqual(find("Choirs sang on St Lucia's Day in Uppsala."), []);
  assert.deepEqual(find("Nurses at the St Helena Hospital went on strike."), []);
});

test("the state named after a saint is a party before a role, a title or a lower-case word", () => {
  assert.deepEqual(find("St Lucia's government recalled its envoy."), [["St Lucia's government", "LCA", "government"]]);
  assert.deepEqual(find("Saint Lucia rejected the Venezuelan offer."), [
    ["Saint Lucia", "LCA", ""],
    ["Venezuelan", "VEN", ""],
  ]);
  assert.deepEqual(find("St Kitts and Nevis's cabinet met."), [["St Kitts and Nevis's cabinet", "KNA", "government"]]);
});
