import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const codes = (text: string) => findActorMentions(text, [], { date: "2024-05-01" }).map((m) => m.actor.code);

test("'West' opening a region's, division's or building's name is not the West", () => {
  assert.deepEqual(codes("Buses run within the West Midlands area."), []);
  assert.deepEqual(codes("The Gophers lead the West Division by one game."), []);
  assert.deepEqual(codes("Theatres in the West End reopened."), []);
  // The West as an actor, also before a date word and in a title-case headline.
  assert.deepEqual(codes("Russia accused the West of meddling."), ["RUS", "WEST"]);
  assert.deepEqual(codes("Russia accused the West Tuesday of meddling."), ["RUS", "WEST"]);
  assert.deepEqual(codes("Russia Warns the West Over Ukraine Aid"), ["RUS", "WEST", "UKR"]);
  assert.deepEqual(codes("Relations between the West and Russia soured."), ["WEST", "RUS"]);
});

test("Western ambassadors are the West, as Western envoys and diplomats are", () => {
  assert.deepEqual(codes("Erdogan ordered the expulsion of the Western ambassadors, including Germany's."), [
    "TUR",
    "WEST",
    "DEU",
  ]);
  assert.deepEqual(codes("Minsk summoned western ambassadors over the report."), ["BLR", "WEST"]);
});

test("non-Western diplomats and countries are not the West", () => {
  assert.deepEqual(codes("Non-Western ambassadors attended the ceremony in Moscow."), ["RUS"]);
  assert.deepEqual(codes("Beijing courted non-Western countries."), ["CHN"]);
});
