// Paragraphs: the stretches of text between blank lines, which always end a sentence (see tokenize).

/** [start, end) of each paragraph, trimmed of white space, in text order; empty paragraphs are left out. */
export function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  const push = (a: number, b: number): void => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push([a, b]);
  };
  let from = 0;
  // A blank line: a line break, then only white space up to another line break.
  const BLANK = /\n[^\S\n]*\n\s*/g;
  for (let m = BLANK.exec(text); m; m = BLANK.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** White space, by character code (what String.prototype.trim removes, for the characters news text holds). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}
