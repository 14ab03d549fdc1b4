// The date, place and death count of each event, scored on invented paragraphs with known article dates
// (test/fixtures/event-details/gold.jsonl; see docs/event-details.md). The floors are the figures measured when the
// rules last changed: raise them when a field improves, never lower them to let a change through.
import assert from "node:assert/strict";
import { test } from "node:test";
import { readGold, scoreEventDetails, share } from "./event-details-gold.ts";

const FLOORS = { found: 0.9, when: 1.0, whenFrom: 1.0, place: 0.98, fatalities: 1.0 } as const;

test("event details: per-field accuracy on the invented gold set holds its floors", async () => {
  const gold = readGold();
  assert.ok(gold.length >= 40, `gold set has ${gold.length} paragraphs`);
  const s = await scoreEventDetails(gold);
  const line = (Object.keys(FLOORS) as (keyof typeof FLOORS)[])
    .map((k) => `${k} ${share(s[k]).toFixed(3)} (${s[k].right}/${s[k].total})`)
    .join(", ");
  console.log(`event details: ${line}`);
  for (const m of s.misses) console.log(`  miss ${m}`);
  for (const [k, floor] of Object.entries(FLOORS) as [keyof typeof FLOORS, number][])
    assert.ok(share(s[k]) >= floor, `${k} ${share(s[k]).toFixed(3)} fell below its floor ${floor}`);
});
