// Body fingerprints: an exact hash for identical reprints and a SimHash for near duplicates.
import { createHash } from "node:crypto";

/** Lower-cases and collapses whitespace so trivial layout differences do not change the hash. */
export function normaliseBody(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** sha256 (hex) of the normalised body. */
export function contentHash(text: string): string {
  return createHash("sha256").update(normaliseBody(text)).digest("hex");
}

const WORD_RE = /[\p{L}\p{N}]+/gu;
const SHINGLE = 3;
const MASK64 = (1n << 64n) - 1n;

/** FNV-1a 64-bit: fast, well spread, no dependency; good enough as a SimHash feature hash. */
function fnv1a64(s: string): bigint {
  let lo = 0x84222325;
  let hi = 0xcbf29ce4;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    lo ^= c & 0xff;
    if (c > 0xff) lo ^= c >>> 8;
    // multiply (hi,lo) by the FNV prime 0x100000001b3 in 32-bit halves
    const loMul = lo * 0x1b3;
    const carry = Math.floor(loMul / 0x100000000);
    const newLo = loMul >>> 0;
    hi = (hi * 0x1b3 + lo * 0x100 + carry) >>> 0;
    lo = newLo;
  }
  return (BigInt(hi) << 32n) | BigInt(lo);
}

/**
 * 64-bit SimHash of the body's word 3-shingles as 16 hex digits. Reprints with small edits (a changed
 * byline, a dropped paragraph) differ in a few bits; unrelated texts differ in about 32.
 */
export function simhash(text: string): string {
  const words = normaliseBody(text).match(WORD_RE) ?? [];
  const weights = new Int32Array(64);
  const n = words.length < SHINGLE ? (words.length ? 1 : 0) : words.length - SHINGLE + 1;
  for (let i = 0; i < n; i++) {
    const h = fnv1a64(words.slice(i, i + SHINGLE).join(" "));
    let lo = Number(h & 0xffffffffn);
    let hi = Number(h >> 32n);
    for (let b = 0; b < 32; b++) {
      weights[b] += lo & 1 ? 1 : -1;
      weights[b + 32] += hi & 1 ? 1 : -1;
      lo >>>= 1;
      hi >>>= 1;
    }
  }
  let out = 0n;
  for (let b = 63; b >= 0; b--) out = (out << 1n) | (weights[b] > 0 ? 1n : 0n);
  return (out & MASK64).toString(16).padStart(16, "0");
}

/** Number of differing bits between two 16-hex-digit fingerprints. */
export function hammingDistance(a: string, b: string): number {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let count = 0;
  while (x) {
    x &= x - 1n;
    count++;
  }
  return count;
}

/** Near duplicates: fingerprints within `maxBits` (default 3 of 64, the usual SimHash threshold for reprints). */
export function isNearDuplicate(a: string, b: string, maxBits = 3): boolean {
  return hammingDistance(a, b) <= maxBits;
}
