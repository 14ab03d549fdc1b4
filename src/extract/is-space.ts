// Character classes tested on char codes, for the extractor's hot loops over text.
/**
 * White space as `\s` and `trim()` see it, tested on a char code so hot loops over text nodes and class lists
 * need neither a regular expression nor a substring.
 */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c > 127 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet asked, 1 a letter or digit, 2 not; saves a regular expression per character. */
const wordCharMemo = new Uint8Array(0x10000);

/** Whether one UTF-16 code unit (not half of a surrogate pair) is a letter or digit, as `[\p{L}\p{N}]` sees it. */
export function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let known = wordCharMemo[c]!;
  if (known === 0) known = wordCharMemo[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/** Whether the surrogate pair `c`, `d` is a letter or digit (astral characters are rare: no memo). */
export function isWordPair(c: number, d: number): boolean {
  return WORD_CHAR.test(String.fromCharCode(c, d));
}
