// Non-UTF-8 bytes → the most plausible 8-bit charset among those common in the region, judged by how words look.
import iconv from "iconv-lite";

/**
 * Candidates in order of preference on a tie: Cyrillic pages first (the region's press), then Western, Turkish and
 * Central European (Windows' and ISO's, which place Š, Ž, Ś, Ź, Ą and Ť at different bytes).
 */
const CANDIDATES = [
  "windows-1251",
  "koi8-r",
  "koi8-u",
  "windows-1252",
  "windows-1254",
  "iso-8859-2",
  "windows-1250",
] as const;

/**
 * The accented letters of the Latin-script languages these charsets are written in, one alphabet each. A page is in
 * one language, mostly: a reading whose accented letters no single alphabet holds is a misreading. Hungarian read as
 * windows-1252 keeps á, é, ö and ü but turns ő and ű into õ and û, letters of Portuguese and French words that never
 * stand beside ö; read as iso-8859-2 all its letters are Hungarian.
 */
const ALPHABETS = [
  "äöüß", // German
  "àâæçéèêëîïôœùûüÿ", // French
  "áéíóúñü", // Spanish
  "àáâãçéêíóôõúü", // Portuguese
  "àèéìíîòóùú", // Italian
  "àçèéíïòóúü", // Catalan
  "áéíóúäëïöüèà", // Dutch
  "åäöæøé", // Danish, Norwegian, Swedish, Finnish
  "äöüõšž", // Estonian
  "çë", // Albanian
  "âçğıİîöşûü", // Turkish (İ kept as a capital: its lower case is an ASCII i with a combining dot)
  "áéíóöőúüű", // Hungarian
  "áčďéěíňóřšťúůýž", // Czech
  "áäčďéíĺľňóôŕšťúýž", // Slovak
  "ąćęłńóśźż", // Polish
  "ăâîşţșț", // Romanian
  "čćđšž", // Croatian, Bosnian, Serbian Latin, Slovene
].map((a) => new Set(a));

// Letters that are real but rare in running text of the languages we see; mojibake produces them often.
const RARE_LATIN = new Set("ðþÐÞ".split(""));
// Non-letters that genuinely occur in news text encoded in an 8-bit charset.
const COMMON_SYMBOLS = new Set("“”„‘’‚–—…«»№°•€\u00a0·´©®".split(""));
// Words of one accented Latin letter in the languages we see: French and Portuguese "à", Italian "è", Portuguese "é".
const ONE_LETTER_WORDS = new Set("àÀèÈéÉ".split(""));

/** The last code point of Latin Extended-B: the accented letters any candidate charset decodes to. */
const LATIN_END = 0x24f;

type Script = 0 | 1 | 2 | 3; // none, ASCII Latin, other Latin, Cyrillic

// Plain code-point ranges instead of Unicode-property regexes: this runs six times per undeclared page.
function scriptOf(c: number): Script {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 1;
  if (c >= 0xc0 && c <= LATIN_END && c !== 0xd7 && c !== 0xf7) return 2;
  if (c >= 0x400 && c <= 0x4ff) return 3;
  return 0;
}

const isLower = (w: string) => w === w.toLowerCase() && w !== w.toUpperCase();
const isUpper = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();
const isCapitalised = (w: string) => isUpper(w[0]!) && isLower(w.slice(1));

function wordScore(w: string, ascii: number, latin: number, cyrillic: number): number {
  const len = w.length;
  if (latin > 0 && cyrillic > 0) return -len;
  if (cyrillic > 0 && ascii > 0) return -len;
  if (!(isLower(w) || isCapitalised(w) || isUpper(w) || len === 1)) return -len;
  if (cyrillic > 0) return isUpper(w) && len > 1 ? len * 0.3 : len;
  // a word of one accented letter is real only as a few Romance words; others are symbols misread as letters
  // (French guillemets « » read as iso-8859-2's "Ť ť")
  if (len === 1) return ONE_LETTER_WORDS.has(w) ? 1 : 0;
  if (len > 3 && latin > ascii + 1) return -len;
  for (const ch of w) if (RARE_LATIN.has(ch)) return -1;
  // Portuguese writes ã only before o, e or s, or at a word's end ("não", "mães", "irmã"); Romanian's ă read as
  // windows-1252 puts it before any consonant ("cã", "sãptãmâna" fit, "purtãtorul" does not)
  if (/[ãÃ](?![oeOEsS]|$)/.test(w)) return -1;
  return len;
}

/**
 * How much a decoded text looks like natural language: words in one script with a normal case pattern score their
 * length; mixed-script words, odd case patterns, words made mostly of accented letters, stray symbols and accented
 * letters outside any one language's alphabet score against. Only words with non-ASCII letters count, since ASCII
 * reads the same in every candidate.
 * (All-caps Cyrillic counts little: it is how KOI8 and windows-1251 misread each other.)
 */
export function plausibility(text: string): number {
  let score = 0;
  let start = -1;
  let ascii = 0;
  let latin = 0;
  let cyrillic = 0;
  // counts by code point from 0xC0, the first accented letter: no string made per letter in this hot loop
  const accented = new Uint32Array(LATIN_END - 0xc0 + 1);
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    const script = scriptOf(c);
    if (script !== 0) {
      if (start < 0) start = i;
      if (script === 1) ascii++;
      else if (script === 2) {
        latin++;
        accented[c - 0xc0]!++;
      } else cyrillic++;
      continue;
    }
    if (start >= 0) {
      if (latin + cyrillic > 0) score += wordScore(text.slice(start, i), ascii, latin, cyrillic);
      start = -1;
      ascii = latin = cyrillic = 0;
    }
    // a symbol inside a word is a letter misread ("pø¹tí", "¾e" for Czech "příští", "že"); elsewhere a stray sign
    if (c >= 0x80 && !COMMON_SYMBOLS.has(text[i]!))
      score -= scriptOf(text.charCodeAt(i - 1)) || scriptOf(text.charCodeAt(i + 1)) ? 3 : 1;
  }
  return score - 2 * outsideAlphabet(accented);
}

/** How many accented letters the best-fitting alphabet lacks: 0 when one language writes them all. */
function outsideAlphabet(counts: Uint32Array): number {
  const letters = new Map<string, number>();
  counts.forEach((n, i) => {
    if (n === 0) return;
    // a capital whose lower case is more than one code point (Turkish İ → i + U+0307) is counted as itself
    const letter = String.fromCharCode(0xc0 + i);
    const lower = letter.toLowerCase();
    const key = lower.length === 1 ? lower : letter;
    letters.set(key, (letters.get(key) ?? 0) + n);
  });
  if (letters.size === 0) return 0;
  let least = Number.POSITIVE_INFINITY;
  for (const alphabet of ALPHABETS) {
    let outside = 0;
    for (const [letter, n] of letters) if (!alphabet.has(letter)) outside += n;
    if (outside < least) least = outside;
  }
  return least;
}

export interface Sniffed {
  charset: string;
  text: string;
  score: number;
}

/**
 * The bytes the charset is judged on, bounded for speed: the stretches around bytes over 0x7f, joined by a space,
 * since only words with such bytes tell the charsets apart. A page whose <head> holds 20 KB of script would else be
 * judged on script alone, and the tie go to the first candidate; so would one whose only high byte before the script
 * is a stray "©" or no-break space.
 */
function sampleOf(buf: Buffer, sampleBytes: number): Buffer {
  const parts: Buffer[] = [];
  let size = 0;
  let end = 0; // where the last stretch taken ends
  for (let i = 0; i < buf.length && size < sampleBytes; i++) {
    if (buf[i]! < 0x80) continue;
    // a stretch reaches 64 bytes either side of its high bytes: the whole words they are in, and their neighbours
    const from = Math.max(end, i - 64);
    let to = i + 1;
    for (let j = i + 1; j < buf.length && j < to + 64; j++) if (buf[j]! >= 0x80) to = j + 1;
    to = Math.min(buf.length, to + 64);
    parts.push(buf.subarray(from, to), SPACE);
    size += to - from + 1;
    end = to;
    i = to - 1;
  }
  return parts.length ? Buffer.concat(parts).subarray(0, sampleBytes) : buf.subarray(0, sampleBytes);
}

const SPACE = Buffer.from(" ");

/** Decodes with each candidate 8-bit charset and keeps the most plausible. Looks at a bounded sample for speed. */
export function sniffCharset(bytes: Uint8Array, sampleBytes = 16384): Sniffed {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const sample = sampleOf(buf, sampleBytes);
  let best: { charset: string; score: number } | undefined;
  for (const charset of CANDIDATES) {
    const score = plausibility(iconv.decode(sample, charset));
    if (!best || score > best.score) best = { charset, score };
  }
  const charset = best!.charset;
  return { charset, text: iconv.decode(buf, charset), score: best!.score };
}

/** True when `sniffed` reads clearly better than the same bytes decoded with `declared` (so the declaration lies). */
export function clearlyBetter(sniffed: Sniffed, bytes: Uint8Array, declared: string, sampleBytes = 16384): boolean {
  if (sniffed.charset === declared) return false;
  const buf = sampleOf(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), sampleBytes);
  const declaredScore = plausibility(iconv.decode(buf, declared));
  return sniffed.score - declaredScore >= Math.max(4, 0.25 * Math.abs(sniffed.score));
}
