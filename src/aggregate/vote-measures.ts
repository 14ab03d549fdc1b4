// A vote matrix → per country pair and period: agreement, Cohen's κ, west_share (RUS↔DEU split votes).
import { ABSENT, ABSTAIN, NO, NONE, YES } from "./vote-table.ts";

/** Position on the Yes–No line: Y=1, A=0.5, N=0 (index by cell code). */
const POSITION = [Number.NaN, 1, 0.5, 0, Number.NaN];

/** 1 same vote, 0.5 where exactly one abstains, 0 for Yes against No. Both cells must be Y/A/N. */
export function agreementScore(a: number, b: number): number {
  if (a === b) return 1;
  if (a === ABSTAIN || b === ABSTAIN) return 0.5;
  return 0;
}

const voted = (c: number) => c === YES || c === ABSTAIN || c === NO;

export interface PairStats {
  /** Votes counted: both countries voted Y, A or N. */
  n: number;
  /** Mean agreement over those votes (NaN when n = 0). */
  agreement: number;
  /** Sum of squared agreement scores, for the change detector's variance. */
  sumSq: number;
  /** Votes dropped because one of the two was absent (X). */
  absent: number;
  /** Linearly weighted Cohen's κ on the ordered scale Y > A > N (weights 1, 0.5, 0: the agreement score itself). */
  kappa: number;
}

/** Agreement of two countries' vote rows over resolutions [start, end). */
export function pairStats(a: Uint8Array, b: Uint8Array, start: number, end: number): PairStats {
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  let absent = 0;
  // Marginals over the counted votes, by cell code (1 Y, 2 A, 3 N), for κ's chance agreement.
  const ma = [0, 0, 0, 0];
  const mb = [0, 0, 0, 0];
  for (let r = start; r < end; r++) {
    const x = a[r]!;
    const y = b[r]!;
    if (voted(x) && voted(y)) {
      const s = agreementScore(x, y);
      n++;
      sum += s;
      sumSq += s * s;
      ma[x]!++;
      mb[y]!++;
    } else if ((x === ABSENT && y !== NONE) || (y === ABSENT && x !== NONE)) absent++;
  }
  let pe = 0;
  for (let i = 1; i <= 3; i++) for (let j = 1; j <= 3; j++) pe += agreementScore(i, j) * ma[i]! * mb[j]!;
  pe = n > 0 ? pe / (n * n) : Number.NaN;
  const po = n > 0 ? sum / n : Number.NaN;
  // κ is undefined when chance agreement is already perfect (both always voted the same single way).
  const kappa = n > 0 && pe < 1 ? (po - pe) / (1 - pe) : Number.NaN;
  return { n, agreement: po, sumSq, absent, kappa };
}

export interface WestShareStats {
  /** Split votes where the country voted Y, A or N. */
  n: number;
  /** Mean position t between RUS (0) and DEU (1), clipped to [0, 1]; NaN when n = 0. */
  value: number;
  sumSq: number;
  /** Split votes dropped because the country was absent (X). */
  absent: number;
  /** Indices of the split votes counted (for alerts that cite resolutions). */
  counted: number[];
}

/**
 * west_share over the split votes in [start, end): those where RUS and DEU both voted Y/A/N and differently. A
 * country's position is t = (x − x_RUS) / (x_DEU − x_RUS) with Y=1, A=0.5, N=0, clipped to [0, 1].
 */
export function westShare(
  x: Uint8Array,
  rus: Uint8Array,
  deu: Uint8Array,
  start: number,
  end: number,
  keepIndices = false,
): WestShareStats {
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  let absent = 0;
  const counted: number[] = [];
  for (let r = start; r < end; r++) {
    const cr = rus[r]!;
    const cd = deu[r]!;
    if (!voted(cr) || !voted(cd) || cr === cd) continue;
    const cx = x[r]!;
    if (cx === ABSENT) absent++;
    if (!voted(cx)) continue;
    const pr = POSITION[cr]!;
    const t = Math.min(1, Math.max(0, (POSITION[cx]! - pr) / (POSITION[cd]! - pr)));
    n++;
    sum += t;
    sumSq += t * t;
    if (keepIndices) counted.push(r);
  }
  return { n, value: n > 0 ? sum / n : Number.NaN, sumSq, absent, counted };
}

/** West-share position of one vote, or NaN when the resolution is not a split vote or the country did not vote. */
export function westPosition(x: number, rus: number, deu: number): number {
  if (!voted(rus) || !voted(deu) || rus === deu || !voted(x)) return Number.NaN;
  const pr = POSITION[rus]!;
  return Math.min(1, Math.max(0, (POSITION[x]! - pr) / (POSITION[deu]! - pr)));
}

/** Rounds to 4 decimals, as every printed measure is. */
export function round4(v: number): number {
  return Math.round(v * 10_000) / 10_000;
}
