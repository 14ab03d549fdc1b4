// NGEC's co-actor cases (../shared/eventcoding/ngec_compound_actors.jsonl): coordinated actors give one mention each.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";
import { resolveActorText } from "./actors-resolve.ts";

const FILE = new URL("../../../shared/eventcoding/ngec_compound_actors.jsonl", import.meta.url);

interface Case {
  id: string;
  text: string;
  expected_actors: string[] | null;
}

test("NGEC compound actors: every co-actor is its own mention", () => {
  const cases: Case[] = readFileSync(FILE, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  let checked = 0;
  for (const c of cases) {
    if (!c.expected_actors) continue;
    const want = c.expected_actors.map((a) => resolveActorText(a).code).filter((x): x is string => !!x);
    const got = findActorMentions(c.text, [], {}).map((m) => m.actor.code);
    for (const code of want) {
      const i = got.indexOf(code);
      assert.ok(i >= 0, `${c.id}: ${code} missing from ${JSON.stringify(got)}`);
      got.splice(i, 1);
      checked++;
    }
  }
  assert.ok(checked >= 20, `only ${checked} co-actors checked`);
});

test("a role word after coordinated state words applies to each", () => {
  const ms = findActorMentions("airstrikes against Russian and Belorussian soldiers", [], {});
  assert.deepEqual(
    ms.map((m) => [m.text, m.actor.code, m.actor.role]),
    [
      ["Russian", "RUS", "military"],
      ["Belorussian soldiers", "BLR", "military"],
    ],
  );
  const people = findActorMentions(
    "Russian President Vladimir Putin and British Prime Minister Boris Johnson met",
    [],
    {
      date: "2021-06-01",
    },
  );
  assert.deepEqual(
    people.map((m) => [m.text, m.actor.code, m.actor.person]),
    [
      ["Russian President Vladimir Putin", "RUS", "Vladimir Putin"],
      ["British Prime Minister Boris Johnson", "GBR", "Boris Johnson"],
    ],
  );
});
