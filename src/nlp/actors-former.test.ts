import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const roles = (text: string, date = "2026-11-20") =>
  findActorMentions(text, [], { date }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? "-"}`);

test("a former office holder keeps the state but acts as a private citizen", () => {
  assert.deepEqual(roles("Former President Nursultan Nazarbayev praised China."), [
    "President Nursultan Nazarbayev=KAZ/civilians",
    "China=CHN/-",
  ]);
  assert.deepEqual(roles("Ex-president Nazarbayev spoke."), ["president Nazarbayev=KAZ/civilians"]);
  // Up to two capitalised words (the state or party the office was in) between the past word and the title.
  assert.deepEqual(roles("Former Soviet leader Mikhail Gorbachev spoke."), ["leader Mikhail Gorbachev=RUS/civilians"]);
  // Without the past word, a person out of office on the date has no role, as before.
  assert.deepEqual(roles("President Nursultan Nazarbayev spoke."), ["President Nursultan Nazarbayev=KAZ/-"]);
});

test("a person the gazetteer lists in office on the date keeps that office's role", () => {
  // The party post he holds now is no state office (no role); "former prime minister" makes him a private citizen.
  assert.deepEqual(roles("Former Georgian prime minister Bidzina Ivanishvili spoke."), [
    "Georgian prime minister Bidzina Ivanishvili=GEO/civilians",
  ]);
  assert.deepEqual(roles("Bidzina Ivanishvili spoke."), ["Bidzina Ivanishvili=GEO/-"]);
  // In 2013 he was the prime minister.
  assert.deepEqual(roles("Prime Minister Bidzina Ivanishvili spoke.", "2013-03-01"), [
    "Prime Minister Bidzina Ivanishvili=GEO/government",
  ]);
  // A sitting president called a former prime minister still holds an office now.
  assert.deepEqual(roles("Former prime minister Vladimir Putin spoke.", "2020-01-01"), [
    "prime minister Vladimir Putin=RUS/government",
  ]);
});

test("former officials, diplomats and soldiers are the state's civilians; other roles stay", () => {
  assert.deepEqual(roles("Former Russian officials spoke."), ["Russian officials=RUS/civilians"]);
  assert.deepEqual(roles("Two Turkish former diplomats spoke."), ["Turkish former diplomats=TUR/civilians"]);
  assert.deepEqual(roles("Russian officials spoke."), ["Russian officials=RUS/government"]);
  // "former" before a state name itself changes nothing.
  assert.deepEqual(roles("The former Soviet republic of Georgia protested."), ["Georgia=GEO/-"]);
});
