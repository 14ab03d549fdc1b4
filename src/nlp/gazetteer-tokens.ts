// Tokens for gazetteer matching: words (letters and digits, with inner apostrophes), the possessive "'s", and
// punctuation that breaks a name. Hyphens and full stops are dropped so "Nagorno-Karabakh" = "Nagorno Karabakh"
// and "U.S." = "U S"; matches never cross a sentence boundary, so dropping full stops is safe.

export interface GazToken {
  start: number;
  end: number;
  /** Lower case, accents stripped, curly apostrophes straightened. */
  norm: string;
  /** 0 = lower case or other, 1 = starts with a capital, 2 = all capitals (two letters or more, or one letter). */
  shape: 0 | 1 | 2;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[,;:!?()"“”—–&+/]/gu;
/** "Russia's", "Russia’s", "RUSSIA'S": a word of three characters or more ending in an apostrophe and s. */
function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const s = word.charCodeAt(n - 1);
  const q = word.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}

// Bounded, and emptied when full rather than left to grow: a stream of 100k documents keeps meeting new words, and
// memory must stay flat.
const FOLD_CACHE_MAX = 50_000;
/** Whether every character is ASCII (a loop beats a regex on words this short). */
function isAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 0x7f) return false;
  return true;
}
const foldCache = new Map<string, string>();
/** Case- and accent-folds a word ("Çavuşoğlu" → "cavusoglu"). */
export function fold(word: string): string {
  // Most words are ASCII, where folding is just lower-casing: no normalisation, and nothing to cache.
  if (isAscii(word)) return word.toLowerCase();
  let f = foldCache.get(word);
  if (f === undefined) {
    f = word.replace(/’/g, "'").replace(/ı/g, "i").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
    foldCache.set(word, f);
  }
  return f;
}

function shapeOf(word: string): 0 | 1 | 2 {
  const c = word.charCodeAt(0);
  const first = word[0];
  if (first === first.toLowerCase() && c < 0x80) return 0;
  if (first === first.toLowerCase()) return first === first.toUpperCase() ? 1 : 0;
  return word === word.toUpperCase() ? 2 : 1;
}

/** Splits text into gazetteer tokens; "Russia's" gives "russia" and "'s". */
export function gazTokens(text: string): GazToken[] {
  const out: GazToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const start = m.index;
    if (isPossessive(word)) {
      const stem = word.slice(0, -2);
      out.push({ start, end: start + stem.length, norm: fold(stem), shape: shapeOf(stem) });
      out.push({ start: start + stem.length, end: start + word.length, norm: "'s", shape: 0 });
      continue;
    }
    // Trailing apostrophe of a plural possessive ("Russians'") is not part of the word.
    out.push({ start, end: start + word.length, norm: fold(word), shape: shapeOf(word) });
  }
  return out;
}
