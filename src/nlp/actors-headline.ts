// Headlines ("PUTIN MEETS XI", "Erdogan Says Turkey Will Respond") capitalise every word, so a capital after a
// surname no longer says the surname is part of a longer name.
import { inTitleCase } from "./actors-names.ts";
import { type Gazetteer, TokenTrie } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Short words a title-cased headline capitalises too ("Xi In Beijing"), which never continue a name there. */
const SMALL = new Set(
  "a an the of in on at to for and or but nor by with as from over after into amid vs via".split(" "),
);

/**
 * Whether the capitalised token after a name at token j may continue that name: in a headline only a word that
 * itself starts a listed name can, and no small word ("PUTIN MEETS XI IN BEIJING": neither "MEETS" nor "IN").
 */
export function capitalContinues(gz: Gazetteer, toks: GazToken[], sent: Int32Array, j: number): boolean {
  if (!inTitleCase(gz, toks, sent, j)) return true;
  return !SMALL.has(toks[j].norm) && gz.names.stepOn(TokenTrie.ROOT, toks[j]) >= 0;
}
