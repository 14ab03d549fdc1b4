import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const found = (text: string) =>
  findActorMentions(text, [], { date: "2025-06-01" }).map((m) => `${m.text}=${m.actor.code}`);

test("officials, sources or a spokeswoman at a state's organ are one mention of it", () => {
  assert.deepEqual(found("Officials at the defence ministry in Kyiv accused Russia of shelling."), [
    "Officials at the defence ministry in Kyiv=UKR",
    "Russia=RUS",
  ]);
  assert.deepEqual(
    found("Sources in the Ukrainian defence ministry said the drones came from Belarus.")[0],
    "Sources in the Ukrainian defence ministry=UKR",
  );
  assert.deepEqual(
    found("A spokeswoman at the foreign ministry in Beijing criticised Japan.")[0],
    "spokeswoman at the foreign ministry in Beijing=CHN",
  );
  assert.deepEqual(found("Two senior officials at the Pentagon said so.")[0], "officials at the Pentagon=USA");
  assert.deepEqual(
    found("An official at the European Commission said so.")[0],
    "official at the European Commission=EU",
  );
});

test("people at a bare place, people of another state and people who do not speak for the body stay apart", () => {
  // A city alone says nothing of whose sources they are: the city stays a mention of its own.
  assert.deepEqual(found("Sources in Kyiv said Russia attacked."), ["Kyiv=UKR", "Russia=RUS"]);
  // "US officials" are the US's wherever they stand.
  assert.deepEqual(found("US officials at the Russian embassy protested."), [
    "US officials=USA",
    "Russian embassy=RUS",
  ]);
  // Protesters at an embassy do not act for it.
  assert.ok(!found("Protesters at the Russian embassy chanted.").some((m) => m.startsWith("Protesters at")));
});
