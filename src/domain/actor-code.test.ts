import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { isActorCode } from "./actor-code.ts";

test("every code the gazetteer can emit is an actor code (G7, V4, CENTRAL_ASIA, WARSAWPACT...)", () => {
  const gazetteer = JSON.parse(readFileSync(new URL("../../data/gazetteer/gazetteer.json", import.meta.url), "utf8"));
  const codes = new Set<string>(gazetteer.entries.map((e: { c: string }) => e.c).filter(Boolean));
  assert.ok(codes.size > 300);
  for (const code of codes) assert.ok(isActorCode(code), code);
});

test("junk is not an actor code: spaces, punctuation, quotes, wildcards, SQL, one letter", () => {
  for (const bad of [
    "",
    "R",
    "RU S",
    " RUS",
    "RUS;",
    "R-US",
    "RUS'",
    "%",
    "_",
    "_RUS",
    "RUS_",
    "CENTRAL__ASIA",
    "7G",
    "RUS' OR '1'='1",
    "RUS; DROP TABLE events;--",
    "ÄÖÜ",
    "X".repeat(25),
  ])
    assert.ok(!isActorCode(bad), JSON.stringify(bad));
});
