import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const find = (text: string) =>
  findActorMentions(text, [], { date: "2021-05-01" }).map((m) => [m.text, m.actor.code, m.actor.role ?? ""]);

test("a state after 'of' and an unlisted person's name is that private person's nationality, no party", () => {
  assert.deepEqual(find("In the final, Lena Novak of Croatia beat Ines Ferrer of Spain in three sets."), []);
  assert.deepEqual(find("The prize went to the painter Tomas Lindqvist of Sweden."), []);
  assert.deepEqual(find("Witnesses said Ahmed Karimi of Afghanistan had fled."), []);
});

test("a title before the name, a listed person or an institution's name keeps the state", () => {
  assert.deepEqual(find("President Oscar Villa of Honduras spoke on Monday."), [
    ["President Oscar Villa", "HND", "government"],
    ["Honduras", "HND", ""],
  ]);
  // A listed person's own state after "of" is part of the person's mention (actors-of-state.ts).
  assert.deepEqual(find("Emmanuel Macron of France called Olaf Scholz."), [
    ["Emmanuel Macron of France", "FRA", "government"],
    ["Olaf Scholz", "DEU", ""],
  ]);
  assert.deepEqual(find("The Central Bank of Kenya cut rates."), [["Central Bank of Kenya", "KEN", "government"]]);
  assert.deepEqual(find("Reports of Chad troops crossing were denied."), [["Chad troops", "TCD", "military"]]);
});
