import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const found = (t: string) =>
  findActorMentions(t, [], { date: "2018-06-01" }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}`);

test("a compass word before 'and' and another state of the same name is that state ('North and South Korea')", () => {
  assert.deepEqual(found("North and South Korea signed a pact."), ["North=PRK/", "South Korea=KOR/"]);
  // The role word after the pair is shared, as with any coordinated state words.
  assert.deepEqual(found("North and South Korean troops exchanged fire."), [
    "North=PRK/military",
    "South Korean troops=KOR/military",
  ]);
  // Not when either side is no listed state, nor a lone compass word.
  assert.deepEqual(found("North and South Dakota voted, and the North and the South talked."), []);
});

test("a demonym before 'and' shares the other's longer name ('Greek and Turkish Cypriot leaders' are Cypriots)", () => {
  assert.deepEqual(found("Greek and Turkish Cypriot leaders met."), [
    "Greek=CYP/government",
    "Turkish Cypriot leaders=CYP/government",
  ]);
  // Each keeps its own state when no longer name is shared.
  assert.deepEqual(found("Greek and Turkish officials met."), [
    "Greek=GRC/government",
    "Turkish officials=TUR/government",
  ]);
});
