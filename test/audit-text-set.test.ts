// scripts/audit-text-set.ts measures the coder on real texts kept outside the repository; these invented texts check
// that its halves stay put and that recall matches events the way docs/event-audit.md says.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { type GoldEvent, halfOfText, matchGold, type SetEvent } from "../scripts/audit-text-set.ts";

const event = (id: string, source: string, target: string, cameo: string, sentence: string): SetEvent => ({
  id,
  half: "tune",
  sentence,
  source,
  target,
  cameo,
  confidence: 0.9,
});

test("a text's half comes from its url and does not move", () => {
  assert.equal(halfOfText({ id: "a", url: "https://example.org/0" }), "tune");
  assert.equal(halfOfText({ id: "b", url: "https://example.org/3" }), "held");
  // Without a url the id decides, so a set without urls still splits.
  assert.equal(halfOfText({ id: "https://example.org/3" }), "held");
});

test("gold matches by pair, root alternatives and sentence start, each coded event once", () => {
  const events = [
    event("t1", "ARM", "RUS", "161", "Armenia recalled its ambassador from Moscow."),
    event("t1", "ARM", "RUS", "112", "Later Armenia criticised Moscow."),
    event("t1", "ARM", "ARM", "173", "Armenia arrested its own officials."),
  ];
  const gold: GoldEvent[] = [
    { id: "t1", sentence: "Armenia recalled its ambassador", source: "ARM", target: "RUS", root: "16|17" },
    // The same pair and root in a sentence no event came from is a miss, not a second hit.
    { id: "t1", sentence: "Armenia recalled its consul", source: "ARM", target: "RUS", root: "16" },
    { id: "t2", source: "ARM", target: "RUS", root: "11" },
  ];
  const { matched, missed, extras } = matchGold(gold, events);
  assert.equal(matched.length, 1);
  assert.deepEqual(
    missed.map((g) => g.sentence ?? g.id),
    ["Armenia recalled its consul", "t2"],
  );
  // A state's act on its own people is never an extra: the gold leaves those out.
  assert.deepEqual(
    extras.map((e) => e.cameo),
    ["112"],
  );
  // By pair, the root no longer matters.
  assert.equal(matchGold([{ id: "t1", source: "ARM", target: "RUS", root: "01" }], events, true).matched.length, 1);
});

test("the script codes a set, scores judged events and gold, and lists only the tune half's details", () => {
  const dir = mkdtempSync(join(tmpdir(), "orbit-text-set-"));
  const texts = [
    {
      id: "x-0",
      url: "https://example.org/0",
      published: "2024-05-02",
      text: "Armenia recalled its ambassador from Moscow.",
    },
    {
      id: "x-3",
      url: "https://example.org/3",
      published: "2024-05-02",
      text: "Georgia and Azerbaijan signed a transit agreement.",
    },
  ];
  writeFileSync(join(dir, "texts.jsonl"), texts.map((t) => JSON.stringify(t)).join("\n"));
  writeFileSync(
    join(dir, "judged.jsonl"),
    `${JSON.stringify({ id: "x-0", sentence: "Armenia recalled its ambassador from Moscow.", source: "ARM", target: "RUS", cameo: "161", verdict: "right" })}\n`,
  );
  writeFileSync(
    join(dir, "gold.jsonl"),
    [
      { id: "x-0", sentence: "Armenia recalled", source: "ARM", target: "RUS", root: "16" },
      { id: "x-3", source: "GEO", target: "AZE", root: "05|06" },
    ]
      .map((g) => JSON.stringify(g))
      .join("\n"),
  );
  const out = execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/audit-text-set.ts",
      join(dir, "texts.jsonl"),
      join(dir, "ev.jsonl"),
      "--judged",
      join(dir, "judged.jsonl"),
      "--gold",
      join(dir, "gold.jsonl"),
    ],
    { encoding: "utf8" },
  );
  assert.match(out, /^2 texts \(tune 1, held 1\)/);
  assert.match(out, /tune: 1 events; precision 1\.000 \(1\/1\).*recall 1\.000 \(1\/1\)/);
  assert.match(out, /held: 2 events; 2 unjudged; recall 1\.000 \(1\/1\)/);
  // The held half's events are not printed unless asked for.
  assert.doesNotMatch(out, /unjudged: .*x-3/);
  const coded = readFileSync(join(dir, "ev.jsonl"), "utf8").trim().split("\n");
  assert.equal(coded.length, 3);
});
