import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const codes = (text: string) =>
  findActorMentions(text, [], { date: "2025-06-01" }).map((m) => `${text.slice(m.start, m.end)}:${m.actor.code}`);

test("a leader's surname resolves in an all-capitals or title-cased headline", () => {
  assert.deepEqual(codes("PUTIN MEETS XI IN BEIJING"), ["PUTIN:RUS", "XI:CHN", "BEIJING:CHN"]);
  assert.deepEqual(codes("ZELENSKY URGES WEST"), ["ZELENSKY:UKR"]);
  assert.deepEqual(codes("Erdogan Says Turkey Will Respond"), ["Erdogan:TUR", "Turkey:TUR"]);
  // Lower-case "turkey" stays a bird: only words no English word is spelt like resolve without a capital.
  assert.deepEqual(codes("erdogan says turkey will respond"), ["erdogan:TUR"]);
});

test("in running text a capital after a surname still marks a longer, unlisted name", () => {
  assert.deepEqual(codes("Putin Smith said the match was over."), []);
  assert.deepEqual(codes("The coach, Aliyev Rashad, said the team was ready."), []);
});
