// "North and South Korea", "East and West German leaders", "Greek and Turkish Cypriot leaders": a word coordinated with
// a state or demonym whose name starts with another such word names a state of its own, whose name the text leaves out
// (the head the two share is written once).
import type { Match } from "./actors.ts";
import { actorOf } from "./actors-context.ts";
import { type Gazetteer, TokenTrie } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/**
 * The match of the state or demonym that a capitalised word at token i names before "and <Word> <Name>" (the rest of
 * its own name taken from the second one's: "Greek | and Turkish Cypriot" is "Greek Cypriot"), or undefined. Both
 * must be listed states or demonyms: "North and South Dakota" or "East and West Africa" name none, and "Greek and
 * Turkish officials" keeps each word's own state.
 */
export function elidedState(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  i: number,
  date?: string,
): Match | undefined {
  const side = toks[i];
  const other = toks[i + 2];
  if (!side || !other || side.shape !== 1 || toks[i + 1]?.norm !== "and") return undefined;
  if (other.shape !== 1 || other.norm === side.norm || sent[i + 2] !== sent[i]) return undefined;
  let mine = gz.names.stepOn(TokenTrie.ROOT, side);
  let theirs = gz.names.stepOn(TokenTrie.ROOT, other);
  let found: number | undefined;
  for (let k = i + 3; k < toks.length && sent[k] === sent[i] && mine >= 0 && theirs >= 0; k++) {
    mine = gz.names.stepOn(mine, toks[k]);
    theirs = gz.names.stepOn(theirs, toks[k]);
    if (mine < 0 || theirs < 0) break;
    const state = stateAt(gz, mine);
    // The second may be a breakaway's people ("Greek and Turkish Cypriot leaders": Turkish Cypriots are listed so).
    if (state !== undefined && stateAt(gz, theirs, true) !== undefined) found = state;
  }
  if (found === undefined) return undefined;
  const entry = gz.entries[found];
  return { i, j: i + 1, bare: i + 1, kind: entry.k as "state" | "demonym", actor: actorOf(entry, date) };
}

function stateAt(gz: Gazetteer, node: number, orRegion = false): number | undefined {
  for (const h of gz.names.hitsAt(node) ?? []) {
    if (h.t !== "entry") continue;
    const k = gz.entries[h.entry].k;
    if (k === "state" || k === "demonym" || (orRegion && k === "region")) return h.entry;
  }
  return undefined;
}
