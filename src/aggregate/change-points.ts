// A series of period values → mean-shift change points (CUSUM statistic with binary segmentation).

export interface SeriesPoint {
  period: string;
  /** Period mean (agreement, west_share, cooperative share). */
  value: number;
  /** Items behind the mean (votes, events). */
  n: number;
  /** Sum of squared item values, to estimate the sampling variance of each period's mean. */
  sumSq: number;
}

export interface ChangePoint {
  /** Index of the first point after the change. */
  index: number;
  /** Last period before and first period after the change. */
  lastBefore: string;
  firstAfter: string;
  /** Mean of the periods before / after within the segment tested. */
  before: number;
  after: number;
  delta: number;
  /** CUSUM test statistic (a two-sample t on period means); larger is stronger. */
  score: number;
  /** Periods in the segment after the change (up to the next change or the end). */
  afterPeriods: string[];
  beforePeriods: string[];
}

export interface ChangeOptions {
  /** Periods on each side of a change (default 2). */
  minSegment?: number;
  /** Statistic needed to call a change (default 3). */
  threshold?: number;
  /** Smallest shift in the mean worth an alert (default 0.1 on a 0–1 scale). */
  minDelta?: number;
  /** Points with fewer items are ignored (default 3). */
  minN?: number;
}

function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** A change point at `index` between the points before and after it, as both detectors report it. */
export function changeBetween(
  pts: readonly SeriesPoint[],
  index: number,
  beforePts: readonly SeriesPoint[],
  afterPts: readonly SeriesPoint[],
  score: number,
): ChangePoint {
  const before = mean(beforePts.map((p) => p.value));
  const after = mean(afterPts.map((p) => p.value));
  return {
    index,
    lastBefore: pts[index - 1]!.period,
    firstAfter: pts[index]!.period,
    before,
    after,
    delta: after - before,
    score,
    beforePeriods: beforePts.map((p) => p.period),
    afterPeriods: afterPts.map((p) => p.period),
  };
}

/**
 * The strongest single mean shift in `pts`, if any. For each split k the statistic is |m2 − m1| / (σ·√(1/k + 1/(L−k))),
 * the CUSUM maximum expressed as a t statistic; σ² is the residual variance of the period means around the two
 * segment means, floored at their average sampling variance so a perfectly flat series cannot make noise look real.
 */
function bestSplit(pts: readonly SeriesPoint[], minSegment: number): { k: number; score: number } | undefined {
  const L = pts.length;
  if (L < 2 * minSegment) return undefined;
  const values = pts.map((p) => p.value);
  let floor = 0;
  for (const p of pts) floor += Math.max(p.sumSq / p.n - p.value * p.value, 0) / p.n;
  floor = Math.max(floor / L, 1e-4);
  let best: { k: number; score: number } | undefined;
  for (let k = minSegment; k <= L - minSegment; k++) {
    const left = values.slice(0, k);
    const right = values.slice(k);
    const m1 = mean(left);
    const m2 = mean(right);
    let rss = 0;
    for (const x of left) rss += (x - m1) ** 2;
    for (const x of right) rss += (x - m2) ** 2;
    const sigma2 = Math.max(L > 2 ? rss / (L - 2) : 0, floor);
    const score = Math.abs(m2 - m1) / Math.sqrt(sigma2 * (1 / k + 1 / (L - k)));
    if (!best || score > best.score) best = { k, score };
  }
  return best;
}

/** All significant mean shifts, found by binary segmentation, in period order. */
export function detectChanges(series: readonly SeriesPoint[], opts: ChangeOptions = {}): ChangePoint[] {
  const minSegment = opts.minSegment ?? 2;
  const threshold = opts.threshold ?? 3;
  const minDelta = opts.minDelta ?? 0.1;
  const pts = series.filter((p) => p.n >= (opts.minN ?? 3));
  const found: ChangePoint[] = [];
  const visit = (lo: number, hi: number, depth: number) => {
    if (depth > 6) return;
    const seg = pts.slice(lo, hi);
    const split = bestSplit(seg, minSegment);
    if (!split || split.score < threshold) return;
    const change = changeBetween(pts, lo + split.k, seg.slice(0, split.k), seg.slice(split.k), split.score);
    if (Math.abs(change.delta) < minDelta) return;
    found.push(change);
    visit(lo, change.index, depth + 1);
    visit(change.index, hi, depth + 1);
  };
  visit(0, pts.length, 0);
  return found.sort((a, b) => a.index - b.index);
}
