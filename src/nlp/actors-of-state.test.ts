import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const found = (t: string, date = "2023-07-30") =>
  findActorMentions(t, [], { date }).map((m) => `${m.text}=${m.actor.code}`);

test("a person's own state after 'of' joins the person's mention; another state stays a mention of its own", () => {
  assert.deepEqual(found("Ambassador Serdar Kilic of Turkey and Ruben Rubinyan of Armenia met."), [
    "Ambassador Serdar Kilic of Turkey=TUR",
    "Ruben Rubinyan of Armenia=ARM",
  ]);
  assert.deepEqual(found("President Erdogan of Turkey met Putin."), ["President Erdogan of Turkey=TUR", "Putin=RUS"]);
  // "of" another state is no description of the person's own.
  assert.deepEqual(found("Putin spoke of Turkey."), ["Putin=RUS", "Turkey=TUR"]);
});
