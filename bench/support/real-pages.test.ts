import assert from "node:assert/strict";
import { test } from "node:test";
import { loadRealPages, realDocuments, shuffledRealPages } from "./real-pages.ts";

test("a shuffled order holds every page once, is the same for a seed and differs between seeds", () => {
  const names = loadRealPages().map((p) => p.name);
  const a = shuffledRealPages(1).map((p) => p.name);
  assert.deepEqual([...a].sort(), [...names].sort());
  assert.deepEqual(
    shuffledRealPages(1).map((p) => p.name),
    a,
  );
  assert.notDeepEqual(
    shuffledRealPages(2).map((p) => p.name),
    a,
  );
  assert.notDeepEqual(a, names);
});

test("realDocuments repeats the corpus pass by pass, each pass shuffled, ids new on every pass", () => {
  const n = loadRealPages().length;
  const docs = realDocuments(2 * n + 5);
  assert.equal(docs.length, 2 * n + 5);
  assert.equal(new Set(docs.map((d) => d.id)).size, docs.length);
  for (const pass of [docs.slice(0, n), docs.slice(n, 2 * n)]) assert.equal(new Set(pass.map((d) => d.origin)).size, n);
  // a leading slice is a sample of every set, not the first set on disk
  const sets = new Set(docs.slice(0, 100).map((d) => d.origin!.split("/")[0]));
  assert.ok(sets.size >= 2, `the first 100 documents come from ${[...sets].join(", ")}`);
});
