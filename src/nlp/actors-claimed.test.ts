import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const found = (t: string) => findActorMentions(t, [], { date: "2025-08-01" }).map((m) => `${m.text}=${m.actor.code}`);

test("a state's possessive that claims a place another code names is folded into that place", () => {
  assert.deepEqual(found("China's Taiwan region held talks with Japan."), ["China's Taiwan region=TWN", "Japan=JPN"]);
  assert.deepEqual(found("Japan courted China’s Taiwan province."), ["Japan=JPN", "China’s Taiwan province=TWN"]);
  assert.deepEqual(found("The Taiwan region signed a deal."), ["Taiwan=TWN"]);
});

test("a possessive before another state without a claim word stays its own mention", () => {
  assert.deepEqual(found("China's Taiwan policy angered Japan."), ["China=CHN", "Taiwan=TWN", "Japan=JPN"]);
});
