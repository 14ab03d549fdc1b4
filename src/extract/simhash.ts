// Body fingerprints: an exact hash for identical reprints and a SimHash for near duplicates.
import { createHash } from "node:crypto";
import { isSpace, isWordPair, isWordUnit } from "./is-space.ts";

/** Lower-cases and collapses whitespace so trivial layout differences do not change the hash. */
export function normaliseBody(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** sha256 (hex) of the normalised body. */
export function contentHash(text: string): string {
  return createHash("sha256").update(normaliseBody(text)).digest("hex");
}

/**
 * Two independent 32-bit FNV-1a hashes of each word, a word being a run of letters and digits (what
 * /[\p{L}\p{N}]+/gu matches), read in one pass without building the words as strings.
 */
function wordHashes(body: string): { wa: Int32Array; wb: Int32Array; count: number } {
  // a text of n characters holds at most n/2 + 1 words
  const cap = (body.length >> 1) + 1;
  const { wa, wb } = scratchFor(cap);
  let count = 0;
  let inWord = false;
  let a = 0;
  let b = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    let units = 1;
    let word: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) {
      const d = body.charCodeAt(i + 1);
      units = d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
      word = units === 2 ? isWordPair(c, d) : false;
    } else word = c >= 0xd800 && c <= 0xdfff ? false : isWordUnit(c);
    if (!word) {
      if (inWord) {
        wa[count] = a;
        wb[count++] = b;
        inWord = false;
      }
      continue;
    }
    if (!inWord) {
      a = 0x811c9dc5;
      b = 0x01000193 ^ 0x5bd1e995;
      inWord = true;
    }
    for (let k = 0; k < units; k++) {
      const u = body.charCodeAt(i + k);
      a = Math.imul(a ^ u, 0x01000193);
      b = Math.imul(b ^ u, 0x01000193) ^ (b >>> 15);
    }
    i += units - 1;
  }
  if (inWord) {
    wa[count] = a;
    wb[count++] = b;
  }
  return { wa, wb, count };
}

/**
 * Word-hash arrays reused from page to page (a fresh pair per page was the fingerprint's main allocation); a page too
 * long for the kept pair gets its own, so one huge page does not pin its buffers for the life of the thread.
 */
const SCRATCH_KEEP = 1 << 18;
let scratch = { wa: new Int32Array(4096), wb: new Int32Array(4096) };

function scratchFor(cap: number): { wa: Int32Array; wb: Int32Array } {
  if (cap <= scratch.wa.length) return scratch;
  const fresh = { wa: new Int32Array(cap), wb: new Int32Array(cap) };
  if (cap <= SCRATCH_KEEP) scratch = fresh;
  return fresh;
}

const SHINGLE = 3;

/** Both fingerprints from one normalisation of the body (it is the dearer half of either hash). */
export function fingerprints(text: string): { contentHash: string; fingerprint: string } {
  // white space never belongs to a word, so the SimHash reads the folded text as is; only the exact hash needs the
  // collapsed form, and it is fed in pieces rather than built as one more page-sized string
  const folded = text.normalize("NFKC").toLowerCase();
  return { contentHash: collapsedHash(folded), fingerprint: simhashOfNormalised(folded) };
}

/** sha256 (hex) of `s.replace(/\s+/g, " ").trim()`, hashing the runs between white space as slices of `s`. */
function collapsedHash(s: string): string {
  const hash = createHash("sha256");
  let i = 0;
  let end = s.length;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  while (end > i && isSpace(s.charCodeAt(end - 1))) end--;
  let start = i;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (!isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isSpace(s.charCodeAt(j))) j++;
    // a lone plain space is already in collapsed form and stays in the current piece
    if (j > i + 1 || c !== 32) {
      hash.update(s.slice(start, i));
      hash.update(" ");
      start = j;
    }
    i = j;
  }
  hash.update(s.slice(start, end));
  return hash.digest("hex");
}

/**
 * 64-bit SimHash of the body's word 3-shingles as 16 hex digits. Reprints with small edits (a changed
 * byline, a dropped paragraph) differ in a few bits; unrelated texts differ in about 32.
 */
export function simhash(text: string): string {
  return simhashOfNormalised(normaliseBody(text));
}

const PLANES = 8;
/** Counts up to 2^PLANES - 1 fit in the planes. */
const PLANE_LIMIT = (1 << PLANES) - 1;

/** Adds one to the count of every position where `x` has a set bit (a ripple-carry add across the planes). */
function addToPlanes(planes: Int32Array, x: number): void {
  let carry = x | 0;
  for (let j = 0; carry !== 0 && j < PLANES; j++) {
    const next = planes[j]! & carry;
    planes[j]! ^= carry;
    carry = next;
  }
}

/** Moves the planes' counts into `ones[offset + bit]` and clears them. */
function flushPlanes(planes: Int32Array, ones: Int32Array, offset: number): void {
  for (let j = 0; j < PLANES; j++) {
    const plane = planes[j]!;
    if (plane === 0) continue;
    for (let b = 0; b < 32; b++) if ((plane >>> b) & 1) ones[offset + b]! += 1 << j;
    planes[j] = 0;
  }
}

/** Murmur3's finaliser: every input bit flips about half the output bits, so shingle hashes spread evenly. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Each word is hashed once (two independent 32-bit FNV-1a hashes of its characters), and each shingle's 64-bit
 * feature is mixed from its three words' hashes in order: hashing every shingle's characters again, in 64-bit
 * arithmetic, was most of the extract stage's fingerprinting time.
 */
function simhashOfNormalised(body: string): string {
  const { wa, wb, count } = wordHashes(body);
  const n = count < SHINGLE ? (count ? 1 : 0) : count - SHINGLE + 1;
  // Bit-sliced counters: plane j holds bit j of each of the 32 per-position counts, so adding a feature costs a
  // couple of word operations instead of 64 increments; the planes are emptied into `ones` before they overflow.
  const ones = new Int32Array(64);
  const loPlanes = new Int32Array(PLANES);
  const hiPlanes = new Int32Array(PLANES);
  let pending = 0;
  for (let i = 0; i < n; i++) {
    // a shorter text than one shingle hashes what it has; absent words count as zero
    const a1 = wa[i]!;
    const a2 = i + 1 < count ? wa[i + 1]! : 0;
    const a3 = i + 2 < count ? wa[i + 2]! : 0;
    const b1 = wb[i]!;
    const b2 = i + 1 < count ? wb[i + 1]! : 0;
    const b3 = i + 2 < count ? wb[i + 2]! : 0;
    addToPlanes(loPlanes, fmix32((a1 + Math.imul(a2, 0x9e3779b1) + Math.imul(a3, 0x85ebca77)) | 0));
    addToPlanes(hiPlanes, fmix32((b1 + Math.imul(b2, 0xc2b2ae3d) + Math.imul(b3, 0x27d4eb2f)) ^ 0x165667b1));
    if (++pending === PLANE_LIMIT) {
      flushPlanes(loPlanes, ones, 0);
      flushPlanes(hiPlanes, ones, 32);
      pending = 0;
    }
  }
  flushPlanes(loPlanes, ones, 0);
  flushPlanes(hiPlanes, ones, 32);
  // a bit is set when more than half the features set it (SimHash's positive weight)
  let lo = 0;
  let hi = 0;
  for (let b = 31; b >= 0; b--) {
    lo = ((lo << 1) | (ones[b]! * 2 > n ? 1 : 0)) >>> 0;
    hi = ((hi << 1) | (ones[b + 32]! * 2 > n ? 1 : 0)) >>> 0;
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
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
