import assert from "node:assert/strict";
import { test } from "node:test";
import { type TwinCandidate, twinFlags, twinnedFlags } from "./twins.ts";

const e = (source: string, target: string, start = 0, cameo = "057", articleId: string | undefined = "a") =>
  ({ articleId, source, target, cameo, evidence: { start, end: start + 40 } }) satisfies TwinCandidate;

test("of one act's two directions, the one whose source sorts after its target is the twin", () => {
  assert.deepEqual(twinFlags([e("KAZ", "EU"), e("EU", "KAZ")]), [true, false]);
  assert.deepEqual(twinFlags([e("EU", "KAZ"), e("KAZ", "EU")]), [false, true]);
});

test("another sentence, another code, another article or no article (imported) makes no twin", () => {
  assert.deepEqual(twinFlags([e("KAZ", "EU"), e("EU", "KAZ", 50)]), [false, false]);
  assert.deepEqual(twinFlags([e("KAZ", "EU"), e("EU", "KAZ", 0, "036")]), [false, false]);
  assert.deepEqual(twinFlags([e("KAZ", "EU"), e("EU", "KAZ", 0, "057", "b")]), [false, false]);
  const imported = (source: string, target: string) => ({ ...e(source, target), articleId: undefined });
  assert.deepEqual(twinFlags([imported("KAZ", "EU"), imported("EU", "KAZ")]), [false, false]);
});

test("each direction pairs once: a repeated direction with one mate leaves one uncounted twin", () => {
  assert.deepEqual(twinFlags([e("KAZ", "EU"), e("KAZ", "EU"), e("EU", "KAZ")]), [true, false, false]);
});

test("order is by code unit, as the database's C collation: NORDIC_BALTIC sorts after NORDICS", () => {
  assert.deepEqual(twinFlags([e("NORDIC_BALTIC", "NORDICS"), e("NORDICS", "NORDIC_BALTIC")]), [true, false]);
});

test("the counted direction of a mutual act is flagged as twinned; a one-way act is not", () => {
  const events = [e("KAZ", "EU"), e("EU", "KAZ"), e("EU", "RUS", 50)];
  assert.deepEqual(twinnedFlags(events, twinFlags(events)), [false, true, false]);
});
