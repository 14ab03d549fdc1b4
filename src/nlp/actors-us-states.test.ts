import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const found = (t: string) =>
  findActorMentions(t, [], { date: "2021-06-01" }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}`);

test("Georgia in a text that names another US state or Atlanta is the US state, a US actor", () => {
  assert.deepEqual(found("Biden carried Georgia and Arizona by narrow margins."), [
    "Biden=USA/government",
    "Georgia=USA/",
  ]);
  assert.deepEqual(found("Georgia Governor Brian Kemp signed the law in Atlanta on Friday."), [
    "Georgia Governor=USA/government",
  ]);
  assert.deepEqual(found("Pennsylvania and Georgia certified the results."), ["Georgia=USA/"]);
});

test("Georgia stays the Caucasian state without a US state, or with anything else of that state named", () => {
  assert.deepEqual(found("Russia recognised two breakaway regions of Georgia."), ["Russia=RUS/", "Georgia=GEO/"]);
  assert.deepEqual(found("Georgian wine sold well in Texas and Georgia."), ["Georgian=GEO/", "Georgia=GEO/"]);
  assert.deepEqual(found("Protesters in Tbilisi, Georgia, marched as Ohio senators watched."), [
    "Protesters in Tbilisi=GEO/protesters",
    "Georgia=GEO/",
    "Ohio senators=USA/government",
  ]);
});

test("Washington is the US capital acting, no US state that makes Georgia one; 'Washington state' is", () => {
  assert.deepEqual(found("Washington praised Georgia for its reforms."), ["Washington=USA/", "Georgia=GEO/"]);
  assert.deepEqual(found("Georgia and Washington state sued the company."), ["Georgia=USA/"]);
});
