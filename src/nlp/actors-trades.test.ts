import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const roles = (text: string, date = "2026-11-20") =>
  findActorMentions(text, [], { date }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? "-"}`);

test("a private trade word before a sitting leader's surname names another person who shares it", () => {
  assert.deepEqual(roles("Journalist Aliyev criticised Russia."), ["Russia=RUS/-"]);
  assert.deepEqual(roles("Police detained blogger Pashinyan."), []);
  // With a state word, the trade phrase is that state's people.
  assert.deepEqual(roles("Azerbaijani journalist Aliyev criticised Russia."), [
    "Azerbaijani journalist=AZE/media",
    "Russia=RUS/-",
  ]);
  // An office's own title keeps the leader.
  assert.deepEqual(roles("President Aliyev criticised Russia."), ["President Aliyev=AZE/government", "Russia=RUS/-"]);
});

test("a listed person out of office takes the role the trade word gives", () => {
  assert.deepEqual(roles("Opposition leader Gakharia met Putin."), [
    "leader Gakharia=GEO/opposition",
    "Putin=RUS/government",
  ]);
});

test("an unlisted person after a private trade word takes no state from the people beside them", () => {
  assert.deepEqual(roles("Opposition leader Ahmet Demir met Putin."), ["Putin=RUS/government"]);
});

test("a plural or crowd word before a surname is no trade title: the leader stays", () => {
  assert.deepEqual(roles("Peskov told reporters Putin would meet Erdogan.", "2024-05-01"), [
    "Peskov=RUS/government",
    "Putin=RUS/government",
    "Erdogan=TUR/government",
  ]);
  assert.deepEqual(roles("Critics Aliyev jailed urged Russia to act."), ["Aliyev=AZE/government", "Russia=RUS/-"]);
  assert.deepEqual(roles("The minister told the press Tokayev would visit Moscow."), [
    "Tokayev=KAZ/government",
    "Moscow=RUS/-",
  ]);
});
