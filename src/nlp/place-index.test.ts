import assert from "node:assert/strict";
import { test } from "node:test";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { foldName, loadPlaceIndex, placeIndex } from "./place-index.ts";

test("namesake cities come most populous first, each with its own country and coordinates", () => {
  const tripoli = placeIndex().cities.get(foldName("Tripoli"))!;
  assert.ok(tripoli.length >= 2);
  assert.equal(tripoli[0]!.country, "LBY");
  assert.ok(tripoli.some((c) => c.country === "LBN"));
  for (let i = 1; i < tripoli.length; i++) assert.ok(tripoli[i - 1]!.population >= tripoli[i]!.population);
  assert.ok(tripoli.every((c) => c.kind === "city" && foldName(c.name) === "tripoli" && Number.isFinite(c.lat)));
});

test("the hand list's English names and aliases find the same city; unknown names find nothing", () => {
  const { cities } = placeIndex();
  const [dc] = cities.get(foldName("Washington, D.C."))!;
  assert.deepEqual(dc, cities.get("washington")![0]);
  assert.equal(dc!.country, "USA");
  assert.equal(cities.get(foldName("München"))![0]!.name, "Munich");
  assert.equal(cities.get("no such place anywhere"), undefined);
});

test("letters with no decomposition fold to the ASCII spelling news uses", () => {
  assert.equal(foldName("Łódź"), "lodz");
  assert.equal(foldName("Diyarbakır"), "diyarbakir");
  assert.equal(foldName("Tromsø"), foldName("Tromso"));
  assert.equal(foldName("Straße"), "strasse");
  const { cities } = placeIndex();
  // GeoNames spells these cities with their own letters; an English article does not.
  for (const name of ["Lodz", "Bialystok", "Tromso"]) assert.ok(cities.get(foldName(name)), name);
});

test("the index holds little heap: cities in columns, no copy of the files' text", () => {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  const before = getHeapStatistics().used_heap_size;
  const index = loadPlaceIndex();
  gc();
  const mb = (getHeapStatistics().used_heap_size - before) / 2 ** 20;
  // An entry object per city and the files' text kept alive by long names took 8.7 MB; columns take ~4.
  assert.ok(mb < 6, `place index holds ${mb.toFixed(1)} MB`);
  assert.ok(index.cities.get("baku"));
});
