// A long text → pieces cut at paragraph boundaries, each with a little of the text before it as context.

/**
 * Texts up to this many characters are analysed whole, as they always were; longer ones (a report, a transcript, a
 * book-length page) in pieces of at most about this size. The stages' memory and time grow faster than the text:
 * on this machine (26 Nov), 1 MB of news-like paragraphs took 23.5 s and 121 MB of live heap in the nlp stage alone,
 * and a 3 MB page crashed an analysis thread under its 160 MB old-generation cap (docs/scaling.md). Real news pages
 * are far shorter, so their events do not change.
 */
export const PIECE_CHARS = 150_000;

/**
 * Text before a piece that is analysed with it but codes no event of its own: the paragraphs just before the piece,
 * up to about this many characters, so that "he", "the minister" or "the talks" at a piece's start still find what
 * they refer to. Events read from it belong to the piece before.
 */
export const CONTEXT_CHARS = 4_000;

export interface TextPiece {
  /** Where the analysed slice starts in the whole text (the context's start). */
  from: number;
  /** Where the piece's own text starts: events read before this belong to the piece before. */
  start: number;
  /** Where the piece ends (exclusive). */
  end: number;
}

/**
 * The pieces of `text`: one, the whole text, when it is no longer than `size`; else consecutive pieces that cover it,
 * each cut after a blank line, a line end or a sentence's full stop (in that order of preference) in its last half,
 * and hard at `size` only when none is there.
 */
export function textPieces(text: string, size = PIECE_CHARS, context = CONTEXT_CHARS): TextPiece[] {
  if (text.length <= size) return [{ from: 0, start: 0, end: text.length }];
  const pieces: TextPiece[] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.length - start <= size ? text.length : cutBefore(text, start + size, start + (size >> 1));
    pieces.push({ from: start === 0 ? 0 : contextStart(text, start, context), start, end });
    start = end;
  }
  return pieces;
}

/** The best place to cut in (floor, limit]: just after a paragraph break, a line end or a full stop. */
function cutBefore(text: string, limit: number, floor: number): number {
  for (const mark of ["\n\n", "\n", ". "]) {
    const at = text.lastIndexOf(mark, limit - mark.length);
    if (at >= floor) return at + mark.length;
  }
  return limit;
}

/**
 * Where the context of a piece starting at `start` begins: a line start, else a sentence start, at most `context`
 * characters back; none when the text has neither there.
 */
function contextStart(text: string, start: number, context: number): number {
  const floor = Math.max(0, start - context);
  for (const mark of ["\n", ". "]) {
    const at = text.indexOf(mark, floor);
    if (at >= 0 && at + mark.length < start) return at + mark.length;
  }
  return start;
}
