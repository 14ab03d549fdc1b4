// Headlines ("PUTIN MEETS XI", "Erdogan Says Turkey Will Respond") capitalise every word, so a capital after a
// surname no longer says the surname is part of a longer name: this finds such lines for that check.
import { type Gazetteer, TokenTrie } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Short words a title-cased headline may leave in lower case. */
const SMALL = new Set(
  "a an the of in on at to for and or but nor by with as from over after into amid vs via up".split(" "),
);

/** Whether token i sits on a line of three or more words that are all capitalised (save small words). */
export function inHeadline(text: string, toks: GazToken[], sent: Int32Array, i: number): boolean {
  const sameLine = (a: number, b: number) =>
    sent[a] === sent[b] && !text.slice(toks[a].end, toks[b].start).includes("\n");
  let from = i;
  while (from > 0 && sameLine(from - 1, from)) from--;
  let to = i + 1;
  while (to < toks.length && sameLine(to - 1, to)) to++;
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (!/\p{L}/u.test(t.norm)) continue;
    if (t.shape === 0 && !SMALL.has(t.norm)) return false;
    words++;
  }
  return words >= 3;
}

/**
 * Whether the capitalised token after a name at token j may continue that name: in a headline only a word that
 * itself starts a listed name can, and no small word ("PUTIN MEETS XI IN BEIJING": neither "MEETS" nor "IN").
 */
export function capitalContinues(gz: Gazetteer, text: string, toks: GazToken[], sent: Int32Array, j: number): boolean {
  if (!inHeadline(text, toks, sent, j)) return true;
  return !SMALL.has(toks[j].norm) && gz.names.stepOn(TokenTrie.ROOT, toks[j]) >= 0;
}
