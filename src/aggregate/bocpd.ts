// A series of period values → change points by Bayesian online change-point detection (Adams & MacKay 2007).
import { type ChangePoint, changeBetween, type SeriesPoint } from "./change-points.ts";

/**
 * The conjugate model of one run. `beta-bernoulli` reads each period as k successes in n trials (k = value·n: the
 * cooperative events among all events); `normal` reads each period's value as a noisy draw of the run's unknown mean.
 */
export type BocpdModel = "beta-bernoulli" | "normal";

export interface BocpdOptions {
  model: BocpdModel;
  /** Constant hazard: prior probability that any period starts a new run (default 1/10). */
  hazard?: number;
  /** Posterior probability of a new run needed to call a change (default 0.5). */
  threshold?: number;
  /**
   * Periods on each side of a change (default 2). The probability that a run started at s is read after the
   * minSegment − 1 periods that follow it, so one outlying period alone is not a change.
   */
  minSegment?: number;
  /** Smallest shift in the mean worth an alert (default 0.1). */
  minDelta?: number;
  /** Points with fewer items are ignored (default 3). */
  minN?: number;
  /** normal: year-to-year spread of a run's values beyond their sampling error (default 0.05). */
  noise?: number;
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7), accurate to ~1e-15 relative: enough for Beta-function ratios. */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
const lnBeta = (a: number, b: number) => lnGamma(a) + lnGamma(b) - lnGamma(a + b);

/** Sufficient statistics of one run: Beta(a, b) on the success rate, or N(mean, variance) on the mean. */
interface RunStats {
  a: number;
  b: number;
}

interface Model {
  prior: RunStats;
  /** ln p(x_t | the run's statistics), up to a term that is the same for every run length. */
  logPredictive(s: RunStats, p: SeriesPoint): number;
  update(s: RunStats, p: SeriesPoint): RunStats;
}

function betaBernoulli(): Model {
  // Beta(1, 1): every share equally likely before a run's first period. The binomial coefficient is the same for every
  // run length at time t, so it cancels when the posterior is normalised.
  return {
    prior: { a: 1, b: 1 },
    logPredictive: (s, p) => {
      const k = Math.round(p.value * p.n);
      return lnBeta(s.a + k, s.b + p.n - k) - lnBeta(s.a, s.b);
    },
    update: (s, p) => {
      const k = Math.round(p.value * p.n);
      return { a: s.a + k, b: s.b + p.n - k };
    },
  };
}

function normal(noise: number): Model {
  // Normal with unknown mean and known variance per period: the sampling variance of the period's mean (from its items)
  // plus the run's own year-to-year spread. Prior N(0.5, 0.5²): diffuse over the 0–1 scale of every measure.
  const variance = (p: SeriesPoint) => Math.max(p.sumSq / p.n - p.value * p.value, 0) / p.n + noise * noise;
  return {
    prior: { a: 0.5, b: 0.25 },
    logPredictive: (s, p) => {
      const v = s.b + variance(p);
      return -0.5 * Math.log(2 * Math.PI * v) - (p.value - s.a) ** 2 / (2 * v);
    },
    update: (s, p) => {
      const v = variance(p);
      const precision = 1 / s.b + 1 / v;
      return { a: (s.a / s.b + p.value / v) / precision, b: 1 / precision };
    },
  };
}

/**
 * The run-length posterior after each period: for every t, a map from the index where the current run started to
 * its posterior probability given periods 0..t. A run started at t means period t is the first of a new regime.
 */
export function runStartPosterior(pts: readonly SeriesPoint[], opts: BocpdOptions): Map<number, number>[] {
  const model = opts.model === "normal" ? normal(opts.noise ?? 0.05) : betaBernoulli();
  const hazard = opts.hazard ?? 0.1;
  let runs: { start: number; stats: RunStats; logp: number }[] = [];
  const out: Map<number, number>[] = [];
  for (let t = 0; t < pts.length; t++) {
    const p = pts[t]!;
    const next = runs.map((r) => ({
      start: r.start,
      stats: r.stats,
      logp: r.logp + Math.log(1 - hazard) + model.logPredictive(r.stats, p),
    }));
    // A new run at t: the hazard times all the mass before (which is 1), judged by the prior predictive.
    next.push({
      start: t,
      stats: model.prior,
      logp: (t === 0 ? 0 : Math.log(hazard)) + model.logPredictive(model.prior, p),
    });
    let max = Number.NEGATIVE_INFINITY;
    for (const r of next) max = Math.max(max, r.logp);
    let sum = 0;
    for (const r of next) sum += Math.exp(r.logp - max);
    const norm = max + Math.log(sum);
    // Run lengths left with negligible mass are dropped: the posterior stays short and each step stays cheap.
    runs = next
      .map((r) => ({ start: r.start, stats: model.update(r.stats, p), logp: r.logp - norm }))
      .filter((r) => r.logp > -30);
    out.push(new Map(runs.map((r) => [r.start, Math.exp(r.logp)])));
  }
  return out;
}

/**
 * Change points where the posterior probability that a new run started at period s — read minSegment − 1 periods
 * later — reaches the threshold; adjacent candidates keep only the most probable. The mean before is that of the run
 * the posterior favoured just before the change, the mean after runs to the next change. `score` is the probability.
 */
export function detectChangesBocpd(series: readonly SeriesPoint[], opts: BocpdOptions): ChangePoint[] {
  const minSegment = opts.minSegment ?? 2;
  const threshold = opts.threshold ?? 0.5;
  const minDelta = opts.minDelta ?? 0.1;
  const pts = series.filter((p) => p.n >= (opts.minN ?? 3));
  const lag = minSegment - 1;
  const posterior = runStartPosterior(pts, opts);
  const prob = (s: number) => (s + lag < pts.length ? (posterior[s + lag]!.get(s) ?? 0) : 0);
  const picked: { index: number; p: number }[] = [];
  for (let s = minSegment; s + lag < pts.length; s++) {
    const p = prob(s);
    if (p < threshold || prob(s - 1) > p || prob(s + 1) >= p) continue;
    const last = picked[picked.length - 1];
    if (last && s - last.index < minSegment) {
      if (last.p >= p) continue;
      picked.pop();
    }
    picked.push({ index: s, p });
  }
  const found: ChangePoint[] = [];
  for (let i = 0; i < picked.length; i++) {
    const index = picked[i]!.index;
    // The regime before the change is the run the posterior believed in just before it. When that run is shorter
    // than minSegment the "change" is a return from an outlying period, not a new regime.
    let lo = 0;
    let best = -1;
    for (const [start, p] of posterior[index - 1]!)
      if (p > best) {
        best = p;
        lo = start;
      }
    if (index - lo < minSegment) continue;
    const hi = i + 1 < picked.length ? picked[i + 1]!.index : pts.length;
    const change = changeBetween(pts, index, pts.slice(lo, index), pts.slice(index, hi), picked[i]!.p);
    if (Math.abs(change.delta) < minDelta) continue;
    found.push(change);
  }
  return found;
}
