import assert from "node:assert/strict";
import { test } from "node:test";
import { detectChanges, type SeriesPoint } from "./change-points.ts";

/** A series of period means, each from n binary-ish items with variance v around the mean. */
const series = (values: number[], n = 50, v = 0.05): SeriesPoint[] =>
  values.map((value, i) => ({ period: String(2010 + i), value, n, sumSq: n * (v + value * value) }));

test("a clear mean shift is found at the right period, with its size", () => {
  const cps = detectChanges(series([0.8, 0.82, 0.79, 0.81, 0.8, 0.55, 0.57, 0.54, 0.56]));
  assert.equal(cps.length, 1);
  assert.equal(cps[0]!.lastBefore, "2014");
  assert.equal(cps[0]!.firstAfter, "2015");
  assert.ok(Math.abs(cps[0]!.delta - (0.555 - 0.804)) < 1e-9);
});

test("noise and small shifts are not changes", () => {
  assert.deepEqual(detectChanges(series([0.8, 0.78, 0.82, 0.79, 0.81, 0.8, 0.79, 0.82])), []);
  // A real but small shift (0.05) is below the 0.1 minimum worth an alert.
  assert.deepEqual(detectChanges(series([0.8, 0.8, 0.8, 0.8, 0.75, 0.75, 0.75, 0.75], 500)), []);
  // Too few points on one side.
  assert.deepEqual(detectChanges(series([0.9, 0.9, 0.9, 0.9, 0.2])), []);
});

test("two shifts are both found by binary segmentation", () => {
  const cps = detectChanges(series([0.2, 0.21, 0.19, 0.2, 0.6, 0.61, 0.59, 0.6, 0.95, 0.96, 0.94, 0.95]));
  assert.deepEqual(
    cps.map((c) => c.firstAfter),
    ["2014", "2018"],
  );
});

test("periods with too few items are ignored", () => {
  const pts = series([0.8, 0.8, 0.8, 0.2, 0.2, 0.2]);
  pts[3]!.n = 1;
  pts[4]!.n = 1;
  pts[5]!.n = 1;
  assert.deepEqual(detectChanges(pts), []);
});
