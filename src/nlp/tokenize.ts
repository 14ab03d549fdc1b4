// Sentences and tokens from wink-nlp, with exact character offsets into the original text.
import type { WinkMethods } from "wink-nlp";
import type { Sentence, Token } from "../domain/index.ts";
import { loadWink, type Wink } from "./load-wink.ts";

export interface Tokenized {
  sentences: Sentence[];
  tokens: Token[];
}

/** What joins the paragraphs tokenizeRanges reads: a blank line, which always ends a sentence. */
const PARAGRAPH_BREAK = "\n\n";

/** Characters that open a bullet line; they are layout, not words, so they stay out of sentences and tokens. */
export const BULLETS: ReadonlySet<string> = new Set([
  "•",
  "·",
  "▪",
  "◦",
  "‣",
  "●",
  "○",
  "■",
  "□",
  "–",
  "—",
  "-",
  "*",
  "►",
  "✓",
  "✔",
]);

/**
 * Splits text into sentences and tokens. wink decides sentence ends inside a paragraph; on top of that a blank line,
 * a bullet line or a new line that does not continue in lower case ends a sentence (wink reads across line breaks).
 */
export function tokenize(text: string): Tokenized {
  return tokenizeRanges(text, [[0, text.length]]);
}

/**
 * Like tokenize, but reads only the given paragraphs of `text` (sorted, not overlapping, each ending before a blank
 * line or at the end): wink reads them joined by blank lines, and every offset is mapped back into `text`, so
 * sentences, tokens and their offsets are those of the whole text, with sentences numbered from 0 over the ranges.
 */
export function tokenizeRanges(text: string, ranges: readonly (readonly [number, number])[]): Tokenized {
  const wink = loadWink();
  if (wink !== memoFor) forgetWordIds(wink);
  const { nlp, its, lexemes } = wink;
  const whole = ranges.length === 1 && ranges[0]![0] === 0 && ranges[0]![1] === text.length;
  // segment k starts at joinedAt[k] in the joined string and at ranges[k][0] in the text
  const joinedAt: number[] = [];
  let joined = text;
  if (!whole) {
    const parts: string[] = [];
    let at = 0;
    for (const [a, b] of ranges) {
      joinedAt.push(at);
      parts.push(text.slice(a, b));
      at += b - a + PARAGRAPH_BREAK.length;
    }
    joined = parts.join(PARAGRAPH_BREAK);
  }
  const doc = nlp.readDoc(joined);
  const all = doc.tokens();
  // A token's value is the word of its id: one read of ids serves values and lemmas (each out() walks every token).
  const ids = all.out(its.uniqueId) as unknown as number[];
  const tags = all.out(its.pos) as string[];
  const lemmas = lemmaReader(all, ids, tags, its);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  // Token offsets: wink keeps every character (doc.out() === text), and what lies between two tokens is only the
  // spaces its splitter cuts on (line breaks and tabs are tokens of their own), so skipping those is exact and needs
  // no string of spaces per token; indexOf is only a guard in case a future model normalises a character.
  const n = ids.length;
  const values: string[] = new Array(n);
  const starts = new Int32Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    while (isGapSpace(joined.charCodeAt(at))) at++;
    const v = lexemes[ids[i]!]!;
    values[i] = v;
    if (joined.startsWith(v, at)) starts[i] = at;
    else {
      const found = joined.indexOf(v, at);
      starts[i] = found >= 0 ? found : at;
    }
    at = starts[i]! + v.length;
  }

  const winkStart = new Uint8Array(n + 1);
  for (const [s] of spans) winkStart[s] = 1;

  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let open = -1; // index in `tokens` of the current sentence's first token
  let lineStart = true; // no word seen yet on this line
  let segment = 0;
  let shift = 0; // text offset minus joined offset in the current segment
  const close = (): void => {
    if (open < 0 || open >= tokens.length) return;
    const start = tokens[open]!.start;
    const end = tokens[tokens.length - 1]!.end;
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
    open = -1;
  };
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const from = starts[i]!;
    const isSpace = tags[i] === "SPACE" || v.trim() === "";
    // line breaks are white-space tokens of their own (the gaps between tokens hold only spaces)
    const breaks = isSpace ? lineBreaks(v) : 0;
    if (breaks > 0) {
      if (breaks >= 2) close();
      lineStart = true;
    }
    if (isSpace) continue;
    if (lineStart && BULLETS.has(v) && isLineBullet(joined, from + v.length)) {
      close();
      continue;
    }
    if (lineStart && open >= 0 && !/^[\p{Ll}]/u.test(v)) close();
    lineStart = false;
    if (winkStart[i]) close();
    if (!whole) {
      // tokens never cross the break between two segments, so the segment of a token is that of its start
      while (segment + 1 < joinedAt.length && from >= joinedAt[segment + 1]!) segment++;
      shift = ranges[segment]![0] - joinedAt[segment]!;
    }
    const start = from + shift;
    if (open < 0) open = tokens.length;
    tokens.push({ start, end: start + v.length, text: v, pos: tags[i]!, lemma: lemmas(i), sentence: sentences.length });
  }
  close();
  return { sentences, tokens };
}

/**
 * Lemmas by (wink word id, part of speech). wink lemmatises every token on every call, the dearest part of reading
 * tokens out; a lemma depends only on the word and its tag, except for contractions ("ca|n't", "'s" = "is"/"has"),
 * whose lemma wink keeps on the token itself, so those are always asked of wink. Ids are stable for the life of one
 * wink instance only (loadWink replaces it once it has learned many words, and the fresh one reuses the ids), so the
 * memos belong to `memoFor` and are emptied when loadWink hands back another; the memo is also capped.
 */
const lemmaMemo = new Map<number, string>();
const LEMMA_MEMO_LIMIT = 500_000;
const posIds = new Map<string, number>();
/**
 * First level of the memo, indexed by word id: the tag a word was first seen with and its lemma under that tag. Nearly
 * every word keeps one tag, so most tokens are answered by two array reads and a comparison of wink's tag strings,
 * before any map lookup. Ids are dense (the model's lexicon, then new words as met); past the cap only the map serves.
 */
const tagById: (string | undefined)[] = [];
const lemmaById: (string | undefined)[] = [];
const ID_MEMO_LIMIT = 2_000_000;
/** The wink instance whose word ids the memos above are keyed by. */
let memoFor: Wink | undefined;

function forgetWordIds(wink: Wink): void {
  memoFor = wink;
  lemmaMemo.clear();
  tagById.length = 0;
  lemmaById.length = 0;
}

type WinkTokens = ReturnType<ReturnType<WinkMethods["readDoc"]>["tokens"]>;

/**
 * The lemma of token i, asked only for the tokens kept (white space and bullets never need one), so there is no
 * array of lemmas for every token.
 */
function lemmaReader(
  all: WinkTokens,
  ids: readonly number[],
  tags: readonly string[],
  its: WinkMethods["its"],
): (i: number) => string {
  // wink types lemma with an extra addons parameter that out() supplies itself.
  const lemma = its.lemma as unknown as typeof its.value;
  const contracted = all.out(its.contractionFlag) as unknown as boolean[];
  return (i) => {
    if (contracted[i]) return all.itemAt(i).out(lemma) as string;
    const tag = tags[i]!;
    const id = ids[i]!;
    if (tagById[id] === tag) return lemmaById[id]!;
    let pos = posIds.get(tag);
    if (pos === undefined) {
      pos = posIds.size;
      posIds.set(tag, pos);
    }
    const key = id * 64 + pos;
    let found = lemmaMemo.get(key);
    if (found === undefined) {
      found = all.itemAt(i).out(lemma) as string;
      if (lemmaMemo.size < LEMMA_MEMO_LIMIT) lemmaMemo.set(key, found);
    }
    if (id < ID_MEMO_LIMIT) {
      // grown by push so the arrays stay packed (a write far past the end would make them sparse and slow)
      while (tagById.length <= id) {
        tagById.push(undefined);
        lemmaById.push(undefined);
      }
      if (tagById[id] === undefined) {
        tagById[id] = tag;
        lemmaById[id] = found;
      }
    }
    return found;
  };
}

function lineBreaks(s: string): number {
  let n = 0;
  for (let at = s.indexOf("\n"); at >= 0; at = s.indexOf("\n", at + 1)) n++;
  return n;
}

/** The spaces wink's splitter cuts on (its model's `splitter`), which it keeps as a token's preceding spaces. */
function isGapSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 0xa0 ||
    (c >= 0x2002 && c <= 0x2005) ||
    c === 0x2009 ||
    c === 0x200a ||
    c === 0x202f ||
    c === 0x205f
  );
}

/** A bullet character counts as a bullet only when followed by a space ("• Armenia", "- Kazakhstan"). */
function isLineBullet(text: string, after: number): boolean {
  const c = text[after];
  return c === " " || c === "\t" || c === "\u00a0";
}
