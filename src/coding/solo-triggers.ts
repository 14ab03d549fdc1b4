// Words that can start an event in a sentence naming at most one party: what nlp may look for before it tags a
// paragraph with a single actor mention.
import { COERCIVE_ROOTS } from "./cameo-table.ts";
import { NOT_AN_ACT, PATTERNS, type Pattern, type PatternDictionary } from "./pattern-dictionary.ts";
import { DESTINED } from "./place-target.ts";
import { repliesBack } from "./reply-target.ts";

// Roots whose act needs no second party named: a protest is aimed at the protesters' own government, coercion and
// force fall on a side of the source's own state or on the state of the place they hit, and an unnamed source is
// read from where the act happens (implicit-pairs.ts, place-target.ts).
const SOLO_ROOTS = new Set(["14", ...COERCIVE_ROOTS]);
// A retreat yields to the state of the place it leaves ("withdrew its troops from Kherson").
const RETREAT = "087";

/**
 * A pattern that can code an event with one party or none: by its root, by going to a place, by a flag that names
 * its target without a second actor (own people, a place), or by rejecting words said in the sentence before
 * ("rejected these accusations": reply-target.ts). A subject it makes the target (subj=T) still needs a second party
 * for the source, unless the root reads one from the place (above). A converted dictionary verb (tier 1) is never
 * one: it is trusted only with both parties in its own clause (code-events.ts).
 */
function codesAlone(p: Pattern): boolean {
  if (p.tier > 0 || p.code === NOT_AN_ACT) return false;
  const root = p.code.slice(0, 2);
  const placed = DESTINED.has(p.code) || p.code === RETREAT;
  return SOLO_ROOTS.has(root) || placed || p.ownTarget || p.placeTarget || repliesBack(p);
}

/**
 * A predicate over lower-cased words (a lemma or a form as written): true for every word that can head a pattern of
 * `dict` able to code an event when its sentence names at most one party. Acts between two named parties, mutual
 * acts of a subject pronoun's antecedents and reported demands need more than one party and are not covered.
 */
export function soloTriggers(dict: PatternDictionary = PATTERNS): (word: string) => boolean {
  const words = new Set<string>();
  for (const [head, patterns] of dict.byHead) if (patterns.some(codesAlone)) words.add(head);
  return (word) => words.has(word);
}

/** The shipped dictionary's solo trigger words. */
export const maySoloTrigger: (word: string) => boolean = soloTriggers();
