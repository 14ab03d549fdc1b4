// Near-duplicate support: 64-bit SimHash fingerprints as 16 hex digits → Hamming distance and lookup bands.

/** Number of differing bits between two 16-hex-digit fingerprints; Infinity when either is malformed. */
export function hammingDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b)) return Number.POSITIVE_INFINITY;
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let n = 0;
  while (x) {
    x &= x - 1n;
    n++;
  }
  return n;
}

/**
 * The four 16-bit bands of a fingerprint. Two fingerprints within Hamming distance 3 agree on at least one band
 * (pigeonhole: 3 differing bits touch at most 3 of 4 bands), so an indexed lookup by band finds every candidate.
 */
export function fingerprintBands(fp: string): [number, number, number, number] | undefined {
  if (!/^[0-9a-f]{16}$/i.test(fp) || /^0+$/.test(fp)) return undefined;
  return [0, 4, 8, 12].map((i) => Number.parseInt(fp.slice(i, i + 4), 16)) as [number, number, number, number];
}

export const NEAR_DUPLICATE_DISTANCE = 3;
