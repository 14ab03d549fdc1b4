// Non-UTF-8 bytes → the most plausible 8-bit charset among those common in the region, judged by how words look.
import iconv from "iconv-lite";

/** Candidates in order of preference on a tie: Cyrillic pages first (the region's press), then Western and Turkish. */
const CANDIDATES = ["windows-1251", "koi8-r", "koi8-u", "windows-1252", "windows-1254", "iso-8859-2"] as const;

// Letters that are real but rare in running text of the languages we see; mojibake produces them often.
const RARE_LATIN = /[ðþÐÞ¢£¤¥¦§¨©ª¬®¯±²³´µ¶·¸¹º¼½¾¿×÷]/u;
// Non-letters that genuinely occur in news text encoded in an 8-bit charset.
const COMMON_SYMBOLS = new Set("“”„‘’‚–—…«»№°•€\u00a0·´".split(""));

const isLower = (w: string) => w === w.toLowerCase() && w !== w.toUpperCase();
const isUpper = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();
const isCapitalised = (w: string) => isUpper(w[0]!) && isLower(w.slice(1));

/**
 * How much a decoded text looks like natural language: words in one script with a normal case pattern score their
 * length; mixed-script words, odd case patterns, words made mostly of accented letters and stray symbols score
 * against. Only words with non-ASCII letters count, since ASCII reads the same in every candidate.
 */
export function plausibility(text: string): number {
  let score = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (/^[A-Za-z]+$/.test(w)) continue;
    const len = w.length;
    const cyrillic = /\p{Script=Cyrillic}/u.test(w);
    const latin = /\p{Script=Latin}/u.test(w);
    if (cyrillic === latin) {
      score -= len;
      continue;
    }
    const shapely = isLower(w) || isCapitalised(w) || isUpper(w) || len === 1;
    if (!shapely) {
      score -= len;
      continue;
    }
    if (latin) {
      const ascii = (w.match(/[A-Za-z]/g) ?? []).length;
      if (len > 3 && len - ascii > ascii + 1) score -= len;
      else score += RARE_LATIN.test(w) ? -1 : len;
    } else {
      // All-caps runs are how KOI8 and windows-1251 misread each other; real text is mostly lower case.
      score += isUpper(w) && len > 1 ? len * 0.3 : len;
    }
  }
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x80 && !/\p{L}/u.test(ch) && !COMMON_SYMBOLS.has(ch)) score -= 1;
  }
  return score;
}

export interface Sniffed {
  charset: string;
  text: string;
  score: number;
}

/** Decodes with each candidate 8-bit charset and keeps the most plausible. Looks at a bounded prefix for speed. */
export function sniffCharset(bytes: Uint8Array, sampleBytes = 65536): Sniffed {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const sample = buf.subarray(0, sampleBytes);
  let best: { charset: string; score: number } | undefined;
  for (const charset of CANDIDATES) {
    const score = plausibility(iconv.decode(sample, charset));
    if (!best || score > best.score) best = { charset, score };
  }
  const charset = best!.charset;
  return { charset, text: iconv.decode(buf, charset), score: best!.score };
}

/** True when `sniffed` reads clearly better than the same bytes decoded with `declared` (so the declaration lies). */
export function clearlyBetter(sniffed: Sniffed, bytes: Uint8Array, declared: string, sampleBytes = 65536): boolean {
  if (sniffed.charset === declared) return false;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, sampleBytes));
  const declaredScore = plausibility(iconv.decode(buf, declared));
  return sniffed.score - declaredScore >= Math.max(4, 0.25 * Math.abs(sniffed.score));
}
