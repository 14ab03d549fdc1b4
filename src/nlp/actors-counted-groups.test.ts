// A group of states counted with a number smaller than the group names only the members the text has just named.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";
import { roughSentences } from "./rough-sentences.ts";

const groups = (text: string) =>
  findActorMentions(text, roughSentences(text, 0, text.length, 0), { date: "2024-05-01" })
    .filter((m) => m.actor.members)
    .map((m) => [m.text, m.actor.members]);

test("a counted group names the members just named before it", () => {
  assert.deepEqual(groups("Armenia and Georgia held talks. The two South Caucasus states signed a deal."), [
    ["South Caucasus states", ["ARM", "GEO"]],
  ]);
  // Named earlier in its own sentence, and "both" at the head of a sentence.
  assert.deepEqual(groups("After Estonia met Latvia, both Baltic states signed a pact."), [
    ["Baltic states", ["EST", "LVA"]],
  ]);
  assert.deepEqual(groups("Tajikistan and Kyrgyzstan talked. Both Central Asian republics agreed."), [
    ["Central Asian republics", ["TJK", "KGZ"]],
  ]);
});

test("a counted group whose members the text does not name codes no party", () => {
  // Non-members named before it, or too many members to choose from.
  assert.deepEqual(groups("Russia and Belarus held drills. The two Central Asian countries signed a deal."), []);
  assert.deepEqual(groups("Estonia, Latvia and Lithuania met. Two Baltic states walked out."), []);
  assert.deepEqual(groups("The two Central Asian countries signed a deal."), []);
});

test("a count that covers the whole group, or no count, keeps every member", () => {
  assert.deepEqual(groups("The two Koreas agreed to talk."), [["Koreas", ["PRK", "KOR"]]]);
  assert.deepEqual(groups("The three Baltic states condemned Moscow."), [["Baltic states", ["EST", "LVA", "LTU"]]]);
  assert.deepEqual(groups("Estonia spoke first. The Baltic states condemned Moscow."), [
    ["Baltic states", ["EST", "LVA", "LTU"]],
  ]);
});
