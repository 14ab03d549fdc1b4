import assert from "node:assert/strict";
import { test } from "node:test";
import { detectChangesBocpd, lnGamma, runStartPosterior } from "./bocpd.ts";
import { findChanges } from "./change-methods.ts";
import type { SeriesPoint } from "./change-points.ts";

/** Yearly shares, each the mean of n items with variance v around it (as vote agreement is). */
const shares = (values: number[], n = 50, v = 0.05): SeriesPoint[] =>
  values.map((value, i) => ({ period: String(2010 + i), value, n, sumSq: n * (v + value * value) }));

/** Daily event counts: k cooperative of n (sumSq = k, as for 0/1 items). */
const counts = (ks: [number, number][]): SeriesPoint[] =>
  ks.map(([k, n], i) => ({ period: `2020-11-${String(i + 1).padStart(2, "0")}`, value: k / n, n, sumSq: k }));

test("lnGamma matches known values", () => {
  assert.ok(Math.abs(lnGamma(1)) < 1e-12);
  assert.ok(Math.abs(lnGamma(5) - Math.log(24)) < 1e-12);
  assert.ok(Math.abs(lnGamma(0.5) - 0.5 * Math.log(Math.PI)) < 1e-12);
  assert.ok(Math.abs(lnGamma(101) - 363.73937555556347) < 1e-9);
});

test("the run-length posterior is a distribution and moves to the new run after a shift", () => {
  const pts = shares([0.8, 0.8, 0.8, 0.8, 0.3, 0.3, 0.3]);
  const post = runStartPosterior(pts, { model: "normal" });
  for (const m of post) assert.ok(Math.abs([...m.values()].reduce((a, b) => a + b, 0) - 1) < 1e-9);
  // Before the shift the run that started at 0 holds nearly all the mass; two periods after it, the run started at 4.
  assert.ok(post[3]!.get(0)! > 0.9);
  assert.ok(post[5]!.get(4)! > 0.9);
});

test("Normal model: a shift in yearly shares is found at the period built in, with its size", () => {
  const cps = detectChangesBocpd(shares([0.8, 0.82, 0.79, 0.81, 0.8, 0.55, 0.57, 0.54, 0.56]), { model: "normal" });
  assert.equal(cps.length, 1);
  assert.equal(cps[0]!.firstAfter, "2015");
  assert.equal(cps[0]!.lastBefore, "2014");
  assert.ok(Math.abs(cps[0]!.delta - (0.555 - 0.804)) < 1e-9);
  assert.ok(cps[0]!.score > 0.5 && cps[0]!.score <= 1);
});

test("Normal model: two shifts are both found", () => {
  const cps = detectChangesBocpd(shares([0.2, 0.21, 0.19, 0.2, 0.6, 0.61, 0.59, 0.6, 0.95, 0.96, 0.94, 0.95]), {
    model: "normal",
  });
  assert.deepEqual(
    cps.map((c) => c.firstAfter),
    ["2014", "2018"],
  );
});

test("no change: a flat noisy series and a single outlier give no alert", () => {
  assert.deepEqual(detectChangesBocpd(shares([0.8, 0.78, 0.82, 0.79, 0.81, 0.8, 0.79, 0.82]), { model: "normal" }), []);
  assert.deepEqual(detectChangesBocpd(shares([0.8, 0.8, 0.8, 0.8, 0.3, 0.8, 0.8, 0.8]), { model: "normal" }), []);
  assert.deepEqual(
    detectChangesBocpd(
      counts([
        [8, 10],
        [7, 10],
        [9, 10],
        [8, 10],
        [8, 10],
        [7, 10],
        [9, 10],
        [8, 10],
      ]),
      { model: "beta-bernoulli" },
    ),
    [],
  );
});

test("Beta-Bernoulli model: cooperation turning to conflict is found on the day built in", () => {
  const pts = counts([
    [9, 10],
    [10, 10],
    [9, 10],
    [8, 10],
    [9, 10],
    [1, 10],
    [2, 10],
    [0, 10],
    [1, 10],
  ]);
  const cps = detectChangesBocpd(pts, { model: "beta-bernoulli" });
  assert.equal(cps.length, 1);
  assert.equal(cps[0]!.firstAfter, "2020-11-06");
  assert.ok(cps[0]!.delta < -0.6);
});

test("a higher hazard or lower threshold finds more; a tiny hazard finds nothing on a weak shift", () => {
  // A shift of about 2.3 standard errors of a period's mean: visible, not overwhelming.
  const weak = shares([0.5, 0.52, 0.5, 0.51, 0.7, 0.69, 0.71, 0.7], 20, 0.1);
  const eager = detectChangesBocpd(weak, { model: "normal", hazard: 0.3, threshold: 0.3 });
  assert.deepEqual(
    eager.map((c) => c.firstAfter),
    ["2014"],
  );
  assert.deepEqual(detectChangesBocpd(weak, { model: "normal" }), []);
  assert.deepEqual(detectChangesBocpd(weak, { model: "normal", hazard: 0.001, threshold: 0.9 }), []);
});

test("both methods: a change both find is one change naming both; methods can be chosen", () => {
  const pts = shares([0.8, 0.82, 0.79, 0.81, 0.8, 0.55, 0.57, 0.54, 0.56]);
  const both = findChanges(pts, "normal", {});
  assert.equal(both.length, 1);
  assert.deepEqual(both[0]!.methods, ["cusum", "bocpd"]);
  assert.ok(both[0]!.t! > 3 && both[0]!.probability! > 0.5);
  const only = findChanges(pts, "normal", { methods: ["bocpd"] });
  assert.deepEqual(only[0]!.methods, ["bocpd"]);
  assert.equal(only[0]!.t, undefined);
  assert.deepEqual(findChanges(shares([0.8, 0.79, 0.81, 0.8, 0.8, 0.79]), "normal", {}), []);
});
