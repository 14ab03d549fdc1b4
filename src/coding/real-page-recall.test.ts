// Recall on real pages (scripts/audit-recall.ts): the scorer matches hand-coded gold events to coded ones by pair and
// CAMEO root, each coded event at most once, and the gold fixture is whole.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { type CodedLeadEvent, type GoldPage, recallLines } from "../../scripts/audit-recall.ts";

const GOLD = new URL("../../test/fixtures/event-audit/recall-gold.jsonl", import.meta.url);
const event = (source: string, target: string, cameo: string): CodedLeadEvent => ({
  source,
  target,
  cameo,
  sentence: "invented",
});

describe("real-page recall", () => {
  it("matches by pair and root, each coded event once; a gold code may list alternatives", () => {
    const gold: GoldPage[] = [
      {
        page: "p1",
        half: "R1",
        events: [
          { sentence: "a", source: "RUS", target: "UKR", cameo: "19" },
          { sentence: "b", source: "RUS", target: "UKR", cameo: "19" },
          { sentence: "c", source: "UKR", target: "RUS", cameo: "02|10" },
        ],
      },
      { page: "p2", half: "R2", events: [{ sentence: "d", source: "USA", target: "CHN", cameo: "13" }] },
    ];
    const coded = new Map([
      ["p1", [event("RUS", "UKR", "190"), event("UKR", "RUS", "100"), event("RUS", "UKR", "042")]],
      ["p2", [event("CHN", "USA", "130")]],
    ]);
    const lines = recallLines(gold, coded);
    assert.match(lines[0] ?? "", /^recall R1 .*pair \+ root 0\.667 \(2\/3\).*pair only 1\.000 \(3\/3\)/);
    assert.ok(lines.some((l) => l.startsWith("  missed: RUS>UKR 19")));
    assert.ok(lines.some((l) => l.startsWith("  extra: RUS>UKR 042")));
    const r2 = lines.find((l) => l.startsWith("recall R2"));
    assert.match(r2 ?? "", /pair \+ root 0\.000 \(0\/1\)/);
    // The held-out half's misses are never printed.
    assert.ok(!lines.some((l) => l.includes("USA>CHN")));
  });
  it("the gold is whole: each page once, in R1 or R2, each event with a sentence, two actors and a root", () => {
    const pages = readFileSync(GOLD, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as GoldPage);
    assert.equal(new Set(pages.map((p) => p.page)).size, pages.length);
    assert.ok(pages.length >= 50 && pages.every((p) => p.half === "R1" || p.half === "R2"));
    const events = pages.flatMap((p) => p.events);
    assert.ok(events.length >= 40, "about 40-60 gold events");
    for (const e of events) {
      assert.ok(e.sentence.length > 0 && e.sentence.length <= 220, e.sentence);
      assert.notEqual(e.source, e.target, e.sentence);
      assert.match(e.cameo, /^\d{2,3}(\|\d{2,3})*$/, e.sentence);
    }
  });
});
