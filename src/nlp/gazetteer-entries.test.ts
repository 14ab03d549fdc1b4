import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { entriesOf, packEntries } from "./gazetteer-entries.ts";
import type { GazEntry, GazetteerData } from "./gazetteer-types.ts";

const FIELDS = ["k", "c", "n", "r", "s", "p", "person", "terms", "a", "g", "f"] as const;
const shipped = (): GazEntry[] =>
  (JSON.parse(readFileSync(new URL("../../data/gazetteer/gazetteer.json", import.meta.url), "utf8")) as GazetteerData)
    .entries;

test("every shipped entry read from the packed form equals the entry as built, field by field", () => {
  const entries = shipped();
  const codes: string[] = [];
  // A small cache: entries are decoded, dropped and decoded again as the pass goes on.
  const read = entriesOf(packEntries(entries, codes, new Map()), 64);
  assert.equal(read.length, entries.length);
  for (let pass = 0; pass < 2; pass++)
    entries.forEach((e, i) => {
      for (const f of FIELDS) assert.deepEqual(read[i]![f], e[f], `entry ${i}, ${f}`);
      assert.deepEqual(JSON.parse(JSON.stringify(read[i])), e);
    });
});

test("kinds and codes are tables of their distinct values, shared with the caller's code table", () => {
  const entries: GazEntry[] = [
    { k: "state", c: "RUS", n: ["Russia"] },
    { k: "person", c: "RUS", n: ["Vladimir Putin"], terms: [{ c: "RUS", r: "government", f: "2012-05-07" }] },
    { k: "company", c: "AZE", n: ["SOCAR"] },
  ];
  const codes = ["AZE"];
  const packed = packEntries(entries, codes, new Map([["AZE", 0]]));
  assert.deepEqual(codes, ["AZE", "RUS"]);
  assert.deepEqual([...packed.code], [1, 1, 0]);
  assert.deepEqual(packed.kinds, ["state", "person", "company"]);
  assert.ok(packed.json.buffer instanceof SharedArrayBuffer);
  assert.equal(entriesOf(packed)[1]!.terms?.[0]?.r, "government");
});
