// Tokens for gazetteer matching: words (letters and digits, with inner apostrophes), the possessive "'s", and
// punctuation that breaks a name. Hyphens and full stops are dropped so "Nagorno-Karabakh" = "Nagorno Karabakh"
// and "U.S." = "U S"; matches never cross a sentence boundary, so dropping full stops is safe.
import { ownString } from "../domain/index.ts";
import type { VocabWord } from "./gazetteer-trie.ts";

export interface GazToken extends VocabWord {
  start: number;
  end: number;
  /** Lower case, accents stripped, curly apostrophes straightened. */
  norm: string;
  /** 0 = lower case or other, 1 = starts with a capital, 2 = all capitals (two letters or more, or one letter). */
  shape: 0 | 1 | 2;
}

/** Characters that break a name, each a token of its own. */
const BREAKS = new Set(Array.from(',;:!?()"“”—–&+/', (c) => c.charCodeAt(0)));

// Character classes as the regex /[\p{L}\p{N}]+(?:['’]\p{L}+)*/u defines them, decided once per BMP code unit:
// 0 unknown yet, 1 letter, 2 digit, 3 other. ASCII is filled up front; other characters on first sight.
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++)
  CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : c >= 48 && c <= 57 ? 2 : 3;
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{N}$/u;

/**
 * Class of the code point at `k` in its low two bits (1 letter, 2 digit, 3 other, as /\p{L}/u and /\p{N}/u see
 * it), plus 4 when it takes two code units (a surrogate pair).
 */
export function classAt(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c < 0xd800 || c > 0xdbff) {
    let cls = CLASS[c]!;
    if (cls === 0) {
      const ch = String.fromCharCode(c);
      cls = CLASS[c] = LETTER.test(ch) ? 1 : DIGIT.test(ch) ? 2 : 3;
    }
    return cls;
  }
  // A surrogate pair (rare): classed as one code point, length 2 (bit 4 set).
  const cp = text.codePointAt(k)!;
  const ch = String.fromCodePoint(cp);
  return (cp > 0xffff ? 4 : 0) | (LETTER.test(ch) ? 1 : DIGIT.test(ch) ? 2 : 3);
}

// Bounded in two generations, a cheap LRU: new words go to the young map; when it is full it becomes the old one and
// the previous old one is dropped, and a word found in the old map moves back to the young. A stream of 100k documents
// keeps meeting new words, and memory must stay flat (at most twice FOLD_GENERATION words); the names a thread meets
// again and again stay cached. Only words that fold whole are cached (a capital sigma, a surrogate pair: below).
const FOLD_GENERATION = 4096;
const APOSTROPHE = 0x2019;
/** 0 when every character is ASCII, 1 when the only others are curly apostrophes ("Russia’s"), 2 otherwise. */
function asciiKind(word: string): 0 | 1 | 2 {
  let kind: 0 | 1 = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c <= 0x7f) continue;
    if (c !== APOSTROPHE) return 2;
    kind = 1;
  }
  return kind;
}
let young = new Map<string, string>();
let old = new Map<string, string>();

/** How a whole word folds: curly apostrophes and dotless i first, then accents (marks after NFD) go, then case. */
function foldWhole(word: string): string {
  return word.replace(/’/g, "'").replace(/ı/g, "i").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

// Each BMP character's fold, learnt on first sight: a word folds character by character (NFD decomposes each one
// alone, its marks go whatever order it puts them in, and lower-casing maps each alone) but for a capital sigma,
// which lower-cases by its place in the word, and a surrogate pair: those two are COMPLEX and fold whole. A table
// read costs a third of the NFD pass it spares: one word in twelve of the real pages has a letter beyond ASCII, and
// ~23k distinct such words over 1,894 pages kept missing the cache.
const UNSEEN = "\uffff\uffff";
const COMPLEX = "\ufffe\ufffe";
const FOLD_CHAR: string[] = new Array<string>(0x10000).fill(UNSEEN);
function foldChar(c: number): string {
  const complex = (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3;
  const f = complex ? COMPLEX : foldWhole(String.fromCharCode(c));
  FOLD_CHAR[c] = f;
  return f;
}

/** A word's fold character by character, or undefined when one of its characters folds by its neighbours. */
function foldByChars(word: string): string | undefined {
  let out = "";
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    let f = FOLD_CHAR[c]!;
    if (f === UNSEEN) f = foldChar(c);
    if (f === COMPLEX) return undefined;
    out += f;
  }
  return out;
}

/** Case- and accent-folds a word ("Çavuşoğlu" → "cavusoglu"). */
export function fold(word: string): string {
  // Most words are ASCII, where folding is just lower-casing; a curly apostrophe is the one other common character
  // of English news ("Kyiv’s"), and needs no normalising either: neither is cached, so the cache holds names only.
  const kind = asciiKind(word);
  if (kind === 0) return word.toLowerCase();
  if (kind === 1) return word.replace(/’/g, "'").toLowerCase();
  const byChars = foldByChars(word);
  if (byChars !== undefined) return byChars;
  let f = young.get(word);
  if (f !== undefined) return f;
  f = old.get(word);
  // A word of 13+ characters sliced out of a page is a view that keeps the whole page's text alive, and so is its
  // fold when folding changes nothing (a lower-case Cyrillic word): cached as they are, the cache kept the text of
  // every page that had such a word, for as long as the word stayed cached. A copy holds only its own characters.
  const key = ownString(word);
  f ??= foldWhole(key);
  if (young.size >= FOLD_GENERATION) {
    old = young;
    young = new Map();
  }
  young.set(key, f);
  return f;
}

/** How many folded words the cache holds now (for the test that it stays bounded). */
export function foldCacheSize(): number {
  return young.size + old.size;
}

function shapeOf(word: string): 0 | 1 | 2 {
  const c = word.charCodeAt(0);
  const first = word[0];
  if (first === first.toLowerCase() && c < 0x80) return 0;
  if (first === first.toLowerCase()) return first === first.toUpperCase() ? 1 : 0;
  return word === word.toUpperCase() ? 2 : 1;
}

/** shapeOf for an ASCII word text[start, end), without building strings. */
function asciiShape(text: string, start: number, end: number): 0 | 1 | 2 {
  const c = text.charCodeAt(start);
  if (c < 65 || c > 90) return 0;
  for (let k = start + 1; k < end; k++) {
    const d = text.charCodeAt(k);
    if (d >= 97 && d <= 122) return 1;
  }
  return 2;
}

/** One token for text[start, end): its folded form and shape, cheaply when it is ASCII. */
function token(text: string, start: number, end: number, ascii: boolean, upper: boolean): GazToken {
  const word = text.slice(start, end);
  if (!ascii) return { start, end, norm: fold(word), shape: shapeOf(word), id: -1, vocab: undefined };
  const norm = upper ? word.toLowerCase() : word;
  return { start, end, norm, shape: upper ? asciiShape(text, start, end) : 0, id: -1, vocab: undefined };
}

/**
 * Splits text into gazetteer tokens; "Russia's" gives "russia" and "'s". A hand-written scanner for what the regex
 * /[\p{L}\p{N}]+(?:['’]\p{L}+)*|[,;:!?()"“”—–&+/]/gu matches: it runs once per article over every character, and
 * the regex with its match arrays and a lower-casing of every word cost most of the actor finder's time.
 */
export function gazTokens(text: string): GazToken[] {
  const out: GazToken[] = [];
  const n = text.length;
  let k = 0;
  while (k < n) {
    const c = text.charCodeAt(k);
    let cls = c < 0x80 ? CLASS[c]! : classAt(text, k);
    if ((cls & 3) === 3) {
      // A quote or dash outside ASCII has no case: shapeOf calls it capitalised (1), and so must this.
      if (BREAKS.has(c))
        out.push({ start: k, end: k + 1, norm: text[k]!, shape: c < 0x80 ? 0 : 1, id: -1, vocab: undefined });
      k += cls & 4 ? 2 : 1;
      continue;
    }
    const start = k;
    let ascii = true;
    let upper = false;
    // Letters and digits, then any number of apostrophe + letters.
    while (k < n) {
      const d = text.charCodeAt(k);
      cls = d < 0x80 ? CLASS[d]! : classAt(text, k);
      if ((cls & 3) === 3) break;
      if (d >= 0x80) ascii = false;
      else if (d >= 65 && d <= 90) upper = true;
      k += cls & 4 ? 2 : 1;
    }
    while (k + 1 < n) {
      const q = text.charCodeAt(k);
      if (q !== 39 && q !== 0x2019) break;
      if ((classAt(text, k + 1) & 3) !== 1) break;
      if (q !== 39) ascii = false;
      k++;
      while (k < n) {
        const d = text.charCodeAt(k);
        cls = d < 0x80 ? CLASS[d]! : classAt(text, k);
        if ((cls & 3) !== 1) break;
        if (d >= 0x80) ascii = false;
        else if (d >= 65 && d <= 90) upper = true;
        k += cls & 4 ? 2 : 1;
      }
    }
    if (k - start >= 3) {
      const s = text.charCodeAt(k - 1);
      const q = text.charCodeAt(k - 2);
      if ((s === 115 || s === 83) && (q === 39 || q === 0x2019)) {
        out.push(token(text, start, k - 2, ascii, upper));
        out.push({ start: k - 2, end: k, norm: "'s", shape: 0, id: -1, vocab: undefined });
        continue;
      }
    }
    out.push(token(text, start, k, ascii, upper));
  }
  return out;
}
