import assert from "node:assert/strict";
import { test } from "node:test";
import { isState } from "./align-rows.ts";
import { type DyadCount, dyadSeries, poleIndices, wilson } from "./event-measures.ts";

const row = (source: string, target: string, quad: DyadCount["quad"], count: number, gs: number): DyadCount => ({
  source,
  target,
  period: "2020-11",
  quad,
  count,
  goldsteinSum: count * gs,
});

test("wilson: 95% interval, by hand for 8 of 10", () => {
  // p = 0.8, z = 1.96: centre = (0.8 + 0.19208) / 1.38416 = 0.71674; half = 1.96·√(0.016 + 0.0009604) / 1.38416 = 0.18442.
  const w = wilson(8, 10);
  assert.ok(Math.abs(w.low - 0.4902) < 1e-3 && Math.abs(w.high - 0.9433) < 1e-3);
  assert.deepEqual(wilson(0, 0), { low: 0, high: 1 });
});

test("dyad series: counts by quad, Goldstein sum and mean, net cooperation per directed dyad", () => {
  const d = dyadSeries([
    row("ARM", "RUS", "verbal-cooperation", 3, 2),
    row("ARM", "RUS", "material-conflict", 1, -10),
    row("RUS", "ARM", "verbal-conflict", 2, -2),
  ]);
  assert.equal(d.length, 2);
  assert.deepEqual(d[0], {
    source: "ARM",
    target: "RUS",
    period: "2020-11",
    counts: { "verbal-cooperation": 3, "material-cooperation": 0, "verbal-conflict": 0, "material-conflict": 1 },
    acts: 4,
    reports: 4,
    goldsteinSum: -4,
    goldsteinMean: -1,
    netCooperation: 2,
  });
});

test("pole index: a mutual act coded in both directions (KAZ→EU and EU→KAZ, one sentence) counts once", () => {
  const rows: DyadCount[] = [
    row("EU", "KAZ", "material-cooperation", 4, 6),
    { ...row("KAZ", "EU", "material-cooperation", 4, 6), repeats: 4, repeatGoldsteinSum: 24 },
    row("RUS", "KAZ", "verbal-conflict", 4, -2),
  ];
  const ix = poleIndices(rows, { poles: ["RUS", "EU"], isState });
  const eu = ix.find((i) => i.country === "KAZ" && i.pole === "EU")!;
  assert.equal(eu.n, 4);
  assert.equal(eu.goldsteinMean, 6);
  assert.deepEqual(eu.counts, {
    "verbal-cooperation": 0,
    "material-cooperation": 4,
    "verbal-conflict": 0,
    "material-conflict": 0,
  });
  assert.deepEqual([eu.low, eu.high], [0.5101, 1]);
  // The directed series keep both directions: each side did the act.
  assert.deepEqual(
    dyadSeries(rows).map((d) => `${d.source}>${d.target} ${d.acts}`),
    ["EU>KAZ 4", "KAZ>EU 4", "RUS>KAZ 4"],
  );
});

test("dyad series: later reports of one directed act count once, and the reports stay beside the acts", () => {
  const rows: DyadCount[] = [
    // Five articles on one day's visa decision, two on Georgia's protest, and a mutual act's second direction.
    { ...row("RUS", "GEO", "verbal-cooperation", 5, 3), directedRepeats: 4, directedRepeatGoldsteinSum: 12 },
    { ...row("GEO", "RUS", "verbal-conflict", 2, -2), directedRepeats: 1, directedRepeatGoldsteinSum: -2 },
    { ...row("GEO", "RUS", "verbal-cooperation", 1, 3), repeats: 1, repeatGoldsteinSum: 3 },
  ];
  assert.deepEqual(
    dyadSeries(rows).map((d) => `${d.source}>${d.target} acts ${d.acts} reports ${d.reports} mean ${d.goldsteinMean}`),
    ["GEO>RUS acts 2 reports 3 mean 0.5", "RUS>GEO acts 1 reports 5 mean 3"],
  );
});

test("pole index: five reports of one day's act count once, and the index says how many reports stand behind it", () => {
  const rows: DyadCount[] = [
    // Russia lifting visas for Georgia, reported by five articles on one day, beside four conflictual acts.
    { ...row("RUS", "GEO", "verbal-cooperation", 5, 3), repeats: 4, repeatGoldsteinSum: 12 },
    row("GEO", "RUS", "verbal-conflict", 4, -2),
  ];
  const geo = poleIndices(rows, { poles: ["RUS"], isState }).find((i) => i.country === "GEO")!;
  assert.deepEqual([geo.n, geo.events, geo.value], [5, 9, 0.2]);
  assert.equal(geo.goldsteinMean, -1);
});

test("pole index: both directions, EU members count for the EU pole, thin evidence claims nothing", () => {
  const rows = [
    row("ARM", "RUS", "verbal-cooperation", 3, 2),
    row("RUS", "ARM", "verbal-conflict", 3, -2),
    row("FRA", "ARM", "material-cooperation", 2, 6),
    row("ARM", "EU", "verbal-cooperation", 1, 3),
    row("FRA", "DEU", "verbal-cooperation", 9, 3), // inside the EU pole: not an alignment of FRA toward the EU
  ];
  const ix = poleIndices(rows, { poles: ["RUS", "EU"], isState });
  const rus = ix.find((i) => i.country === "ARM" && i.pole === "RUS")!;
  assert.equal(rus.n, 6);
  assert.equal(rus.value, 0.5);
  assert.equal(rus.insufficient, false);
  const eu = ix.find((i) => i.country === "ARM" && i.pole === "EU")!;
  assert.equal(eu.n, 3);
  assert.equal(eu.value, null);
  assert.equal(eu.insufficient, true);
  assert.ok(!ix.some((i) => i.country === "FRA" && i.pole === "EU"));
  assert.ok(!ix.some((i) => i.country === "EU"));
});
