// Non-UTF-8 bytes → the most plausible 8-bit charset among those common in the region, judged by how words look.
import iconv from "iconv-lite";

/**
 * Candidates in order of preference on a tie: Cyrillic pages first (the region's press), then Western, Turkish,
 * Central European (Windows' and ISO's, which place Š, Ž, Ś, Ź, Ą and Ť at different bytes), Baltic and Vietnamese.
 * ISO-8859-13 has windows-1257's letters but other bytes for the quotes Lithuanian and Latvian write („ “ ”), which
 * windows-1257 reads as a gap or an accent; so both are tried.
 */
const CANDIDATES = [
  "windows-1251",
  "koi8-r",
  "koi8-u",
  "windows-1252",
  "windows-1254",
  "iso-8859-2",
  "windows-1250",
  "windows-1257",
  "iso-8859-13",
  "windows-1258",
] as const;

/**
 * Bytes → text in `charset`. windows-1258 writes Vietnamese tones as combining marks after the vowel ("e" + U+0301):
 * they are composed (NFC) into the letters every other source of Vietnamese text uses ("é", "ế"), so words match.
 */
export function decodeCharset(bytes: Buffer, charset: string): string {
  const text = iconv.decode(bytes, charset);
  return charset === "windows-1258" ? text.normalize("NFC") : text;
}

/** Vietnamese vowels with tones that Western European languages write too. */
const VIETNAMESE_SHARED = "àáâãèéêìíòóôõùúý";
/** Vietnamese vowels with tones (and vowel marks) that only Vietnamese writes. */
const VIETNAMESE_TONED = "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";

/**
 * The Latin-script languages these charsets are written in: the accented letters of each one's alphabet, and a few of
 * its commonest short words. A page is in one language, mostly: a reading whose accented letters no single alphabet
 * holds is a misreading. Hungarian read as windows-1252 keeps á, é, ö and ü but turns ő and ű into õ and û, letters of
 * Portuguese and French words that never stand beside ö; read as iso-8859-2 all its letters are Hungarian.
 * Some misreadings still fit an alphabet: Croatian "ć" read as windows-1252 is the Danish "æ", Slovene "č" the French
 * "è", Icelandic "ð" and "þ" read as windows-1254 the Turkish "ğ" and "ş". The words settle those: a reading whose
 * alphabet belongs to a language whose words the page uses ("je", "da", "se" for Croatian) fits better.
 */
const LANGUAGES: {
  letters: string;
  words: string;
  unlessWords?: string;
  orLetters?: string;
  rare?: string;
  rareFree?: number;
}[] = [
  { letters: "äöüß", words: "der die das und ist nicht mit den von zu auf für dem sich des ein eine im" }, // German
  // French: â, î, û, ë, ï, ÿ, æ and œ are in a few hundred words only, while Latvian's ā, ī, ū and ē and Lithuanian's
  // ė read as windows-1252 give â, î, û, ç and ë in every other word. Yet those few words are common ones ("sûr",
  // "coût", "août", "île", "âge", "Noël"), so a short title may well hold one: the first goes free, else it counted
  // "Sûreté nationale" over to Hungarian ("Sűreté" in iso-8859-2). Turkish has dropped its â, î and û from most words
  // ("kar", "hala"): there even one counts
  {
    letters: "àâæçéèêëîïôœùûüÿ",
    words: "le la les et des est une dans pour que qui sur du au pas par à",
    rare: "âîûëïÿæœ",
    rareFree: 1,
  },
  { letters: "áéíóúñü", words: "el la los las y de que en un una por con para del se es" }, // Spanish
  { letters: "àáâãçéêíóôõúü", words: "o a os as e de que em um uma para com do da não no na" }, // Portuguese
  { letters: "àèéìíîòóùú", words: "il la le e di che un una per con del della non è" }, // Italian
  { letters: "àçèéíïòóúü", words: "el la els les i de que amb per un una és" }, // Catalan
  // Dutch: its accents are all rare ("één", "België"), so Lithuanian ė and ą read as windows-1252 (ë, à) do not fit it
  // as well as Lithuanian
  { letters: "áéíóúäëïöüèà", words: "de het een en van is dat op te met voor niet", rare: "áéíóúäëïöüèà" },
  { letters: "åäöæøé", words: "og i er at det en til på med som har av af den for ikke och att är" }, // Nordic
  // Icelandic: rare in the press we read, while Turkish "ğ" and "ş" read as windows-1252 are its "ð" and "þ"; so those
  // two letters count for Icelandic only on a page that uses its words
  { letters: "áæðéíóöúýþ", words: "og að í á er sem við til um það fyrir með var ekki hann", unlessWords: "ðþ" },
  { letters: "äöüõšž", words: "ja on et ei see ka kui" }, // Estonian
  { letters: "āčēģīķļņšūž", words: "un ir ar uz par kas ka lai bet arī vai pēc tika bija savu pret līdz tiek" }, // Latvian
  { letters: "ąčęėįšųūž", words: "ir kad su į iš ne tai bet kaip yra už per dėl po savo buvo nuo iki bus jų taip" }, // Lithuanian
  // Vietnamese: its vowels with tone marks, composed. Its alphabet holds nearly every accented vowel of Western Europe,
  // so those count for it only on a page that uses its words or a letter no other language here writes (ơ, ư, ế...):
  // else short Czech read as windows-1252 ("obranì" for "obraně") would fit it. Not ă or đ, Romanian's and Croatian's
  // too: a Latvian title read as iso-8859-2 ("Ārlietu ministrs trešdien" as "Ârlietu ministrs tređdien") fit it
  {
    letters: `${VIETNAMESE_SHARED}ăđĩũơư${VIETNAMESE_TONED}`,
    words: "và của các là có những được cho với trong này không người một đã tại về khi để sau từ theo",
    unlessWords: VIETNAMESE_SHARED,
    orLetters: `ơư${VIETNAMESE_TONED}`,
  },
  { letters: "çë", words: "dhe në të një është për me që nga" }, // Albanian
  // Turkish İ kept as a capital: its lower case is an ASCII i with a combining dot
  // (â, î and û only mark long vowels in loanwords: Latvian ā, ī and ū read as windows-1254)
  { letters: "âçğıİîöşûü", words: "ve bir bu da de ile için olarak çok ama gibi daha", rare: "âîû" },
  { letters: "áéíóöőúüű", words: "a az és hogy is nem egy meg van ez" }, // Hungarian
  { letters: "áčďéěíňóřšťúůýž", words: "a je se na že v ve s z do to o k jako by" }, // Czech
  { letters: "áäčďéíĺľňóôŕšťúýž", words: "a je sa na že v vo s z do to o k ako" }, // Slovak
  { letters: "ąćęłńóśźż", words: "i w na się z że do nie jest to o jak po" }, // Polish
  { letters: "ăâîşţșț", words: "şi și în de la cu că pe nu o un din care" }, // Romanian
  // Croatian, Bosnian, Serbian Latin, Slovene
  { letters: "čćđšž", words: "je i u na da se za su od s o što ali kao bi će in v so z ki bo pri" },
];
const ALPHABETS = LANGUAGES.map((l) => new Set(l.letters));
const UNLESS_WORDS = LANGUAGES.map((l) => new Set(l.unlessWords ?? ""));
const OR_LETTERS = LANGUAGES.map((l) => new Set(l.orLetters ?? ""));
const RARE = LANGUAGES.map((l) => new Set(l.rare ?? ""));
const RARE_FREE = LANGUAGES.map((l) => l.rareFree ?? 0);

/**
 * Words an English page uses as often, and the letters its "'s" and "I've" leave as words: they vouch for no language.
 * Much of the press we read is English naming foreign people and places, and its "a", "to", "do" and "s" would make a
 * Czech or Polish reading of one name ("Peńa", "Sřren", "Ĺland") fit better than the right one ("Peña", "Søren",
 * "Åland").
 */
const ENGLISH_WORDS = new Set(
  "a i o s u v ve by do to so on in is at as me un de la din care see van met for den".split(" "),
);

/** Each short common word → the languages it is common in, one bit per language. */
const WORD_LANGUAGES = new Map<string, number>();
LANGUAGES.forEach((l, i) => {
  for (const w of l.words.split(" ")) {
    if (!ENGLISH_WORDS.has(w)) WORD_LANGUAGES.set(w, (WORD_LANGUAGES.get(w) ?? 0) | (1 << i));
  }
});
const LONGEST_WORD = Math.max(...[...WORD_LANGUAGES.keys()].map((w) => w.length));
/**
 * What a letter rare in its language counts against a reading, against 2 for a letter outside the alphabet: enough to
 * prefer a language whose common letters explain the page, too little to outweigh its words.
 */
const RARE_WEIGHT = 0.5;
/** How many of a language's words count for it at most: enough to settle a tie, too few to outweigh misread letters. */
const WORDS_COUNTED = 3;

// Non-letters that genuinely occur in news text encoded in an 8-bit charset.
const COMMON_SYMBOLS = new Set("“”„‘’‚–—…«»№°•€\u00a0·´©®".split(""));
// Words of one accented Latin letter in the languages we see: French and Portuguese "à", Italian "è", Portuguese "é".
const ONE_LETTER_WORDS = new Set("àÀèÈéÉ".split(""));

/** The last code point of Latin Extended-B: the accented letters any candidate charset decodes to but Vietnamese's. */
const LATIN_END = 0x24f;
/** Latin Extended Additional: Vietnamese vowels with tone marks (ế, ở, ự), once windows-1258's marks are composed. */
const EXTENDED_START = 0x1e00;
const EXTENDED_END = 0x1eff;
/** Where a letter is counted: Latin from 0xC0 to LATIN_END, then Latin Extended Additional. */
const letterSlot = (c: number) => (c >= EXTENDED_START ? LATIN_END - 0xc0 + 1 + c - EXTENDED_START : c - 0xc0);
const LETTER_SLOTS = letterSlot(EXTENDED_END) + 1;
const slotLetter = (slot: number) =>
  String.fromCharCode(slot <= LATIN_END - 0xc0 ? slot + 0xc0 : slot - (LATIN_END - 0xc0 + 1) + EXTENDED_START);

type Script = 0 | 1 | 2 | 3; // none, ASCII Latin, other Latin, Cyrillic

// Plain code-point ranges instead of Unicode-property regexes: this runs six times per undeclared page.
function scriptOf(c: number): Script {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 1;
  if ((c >= 0xc0 && c <= LATIN_END && c !== 0xd7 && c !== 0xf7) || (c >= EXTENDED_START && c <= EXTENDED_END)) return 2;
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
  // Portuguese writes ã only before o, e or s, or at a word's end ("não", "mães", "irmã"); Romanian's ă read as
  // windows-1252 puts it before any consonant ("cã", "sãptãmâna" fit, "purtãtorul" does not)
  if (/[ãÃ](?![oeOEsS]|$)/.test(w)) return -1;
  // Danish æ and French or Italian è never stand between two vowels; Croatian and Slovene ć and č read as windows-1252
  // do, and often ("Kuća" as "Kuæa", "oči" as "oèi"): without this a one-word title had nothing to tell them apart
  if (/[aeiouy][æÆèÈ][aeiouy]/i.test(w)) return -1;
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
  const accented = new Uint32Array(LETTER_SLOTS);
  // how many of each language's common words the text uses
  const words = new Uint32Array(LANGUAGES.length);
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    const script = scriptOf(c);
    if (script !== 0) {
      if (start < 0) start = i;
      if (script === 1) ascii++;
      else if (script === 2) {
        latin++;
        accented[letterSlot(c)]!++;
      } else cyrillic++;
      continue;
    }
    if (start >= 0) {
      if (latin + cyrillic > 0) score += wordScore(text.slice(start, i), ascii, latin, cyrillic);
      if (cyrillic === 0 && i - start <= LONGEST_WORD) {
        const languages = WORD_LANGUAGES.get(text.slice(start, i).toLowerCase()) ?? 0;
        if (languages) for (let l = 0; l < LANGUAGES.length; l++) if (languages & (1 << l)) words[l]!++;
      }
      start = -1;
      ascii = latin = cyrillic = 0;
    }
    // a symbol inside a word is a letter misread ("pø¹tí", "¾e" for Czech "příští", "že"); elsewhere a stray sign
    if (c >= 0x80 && !COMMON_SYMBOLS.has(text[i]!))
      score -= scriptOf(text.charCodeAt(i - 1)) || scriptOf(text.charCodeAt(i + 1)) ? 3 : 1;
  }
  return score + languageFit(accented, words);
}

/**
 * How well the best-fitting language explains the text: each accented letter its alphabet lacks counts 2 against, each
 * of its common words the text uses 1 for (up to WORDS_COUNTED). 0 or more when one language writes all the letters.
 */
function languageFit(counts: Uint32Array, words: Uint32Array): number {
  const letters = new Map<string, number>();
  counts.forEach((n, i) => {
    if (n === 0) return;
    // a capital whose lower case is more than one code point (Turkish İ → i + U+0307) is counted as itself
    const letter = slotLetter(i);
    const lower = letter.toLowerCase();
    const key = lower.length === 1 ? lower : letter;
    letters.set(key, (letters.get(key) ?? 0) + n);
  });
  let best = Number.NEGATIVE_INFINITY;
  ALPHABETS.forEach((alphabet, l) => {
    let outside = 0;
    let rare = 0;
    const proven = words[l]! > 0 || (OR_LETTERS[l]!.size > 0 && [...letters.keys()].some((k) => OR_LETTERS[l]!.has(k)));
    const unproven = proven ? undefined : UNLESS_WORDS[l]!;
    for (const [letter, n] of letters) {
      if (!alphabet.has(letter) || unproven?.has(letter)) outside += n;
      else if (RARE[l]!.has(letter)) rare += n;
    }
    best = Math.max(
      best,
      Math.min(words[l]!, WORDS_COUNTED) - 2 * outside - RARE_WEIGHT * Math.max(0, rare - RARE_FREE[l]!),
    );
  });
  return best;
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

/**
 * The plausibility of `text`, the sample read in `charset`. A windows-1258 tone mark is a byte of its own, composed
 * into its vowel ("Bộ" is three bytes, two letters), while every other charset reads that byte as a letter of the word
 * ("Bôň"): scored by length, a short Vietnamese title lost to the Slovak misreading. So each mark composed counts back
 * as the letter its byte is elsewhere, and half again: a byte that composes with the vowel before it into one of
 * Vietnamese's letters is itself a sign the reading is right. (One-word Czech titles ending in ň, which read as
 * windows-1252 "Plzeò" before, may now read as windows-1258 "Plzẹ": wrong either way.)
 */
function readingScore(sample: Buffer, text: string, charset: string): number {
  // windows-1258 reads each byte as one UTF-16 unit, so the marks composed are the bytes the text is short of
  const composed = charset === "windows-1258" ? sample.length - text.length : 0;
  return plausibility(text) + (3 * composed) / 2;
}

/** Decodes with each candidate 8-bit charset and keeps the most plausible. Looks at a bounded sample for speed. */
export function sniffCharset(bytes: Uint8Array, sampleBytes = 16384): Sniffed {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const sample = sampleOf(buf, sampleBytes);
  let best: { charset: string; score: number } | undefined;
  // charsets that agree on every byte the sample holds (windows-1257 and ISO-8859-13 outside their quotes, windows-1252
  // and -1254 on a page with no ğ, ş or ı) read it the same: scored once, as a tie goes to the earlier anyway
  const read = new Set<string>();
  for (const charset of CANDIDATES) {
    const text = decodeCharset(sample, charset);
    if (read.has(text)) continue;
    read.add(text);
    const score = readingScore(sample, text, charset);
    if (!best || score > best.score) best = { charset, score };
  }
  const charset = best!.charset;
  return { charset, text: decodeCharset(buf, charset), score: best!.score };
}

/**
 * How far ahead a sniffed reading must be, as a share of its score, to overrule a declaration. windows-1252 (and
 * ISO-8859-1, read as it) has a letter at every byte from 0xC0 up, and most are letters of some Western language, so
 * another charset's text misread in it gives letters that fit one (Latvian ā, ī, ū as â, î, û) rather than symbols: a
 * lie to it shows a smaller margin than a lie to a Central European or Cyrillic charset, whose misreadings are stray
 * signs. On the eval sets no other reading of a true windows-1252 page is more than 1 ahead of it, so the floor of 4
 * still guards them. (ISO-8859-1 is read as windows-1252 before it gets here.)
 */
const OVERRULE_SHARE: Record<string, number> = { "windows-1252": 0.1 };

/** True when `sniffed` reads clearly better than the same bytes decoded with `declared` (so the declaration lies). */
export function clearlyBetter(sniffed: Sniffed, bytes: Uint8Array, declared: string, sampleBytes = 16384): boolean {
  if (sniffed.charset === declared) return false;
  const buf = sampleOf(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), sampleBytes);
  const declaredScore = readingScore(buf, decodeCharset(buf, declared), declared);
  const share = OVERRULE_SHARE[declared] ?? 0.25;
  return sniffed.score - declaredScore >= Math.max(4, share * Math.abs(sniffed.score));
}
