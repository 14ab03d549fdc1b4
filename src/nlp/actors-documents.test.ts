import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const codes = (text: string) =>
  findActorMentions(text, [], { date: "2020-05-01" }).map((m) => `${m.text}=${m.actor.code}`);

test("a city or capital in a document's name is no actor", () => {
  assert.deepEqual(codes("Hungary threatened to leave the Rome Statute."), ["Hungary=HUN"]);
  assert.deepEqual(codes("Kyiv and Moscow both broke the Minsk agreements."), ["Kyiv=UKR", "Moscow=RUS"]);
  assert.deepEqual(codes("Brazil stays in the Paris climate agreement."), ["Brazil=BRA"]);
  assert.deepEqual(codes("Iran joined the Astana Process and the Treaty of Lisbon talks."), ["Iran=IRN"]);
  assert.deepEqual(codes("Chile ratified the Vienna Convention."), ["Chile=CHL"]);
  assert.deepEqual(codes("The Normandy Format and the Helsinki Accords were discussed."), []);
});

test("a state before a capitalised document word is no actor; before a lower-case one it stays", () => {
  assert.deepEqual(codes("Seoul cited the Korea Declaration."), ["Seoul=KOR"]);
  assert.deepEqual(codes("Iran agreement talks stalled as Iran protested."), ["Iran=IRN", "Iran=IRN"]);
  // The capital acting stays an actor.
  assert.deepEqual(codes("Moscow agreed to the talks."), ["Moscow=RUS"]);
});
