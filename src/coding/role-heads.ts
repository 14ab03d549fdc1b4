// How a role mention ("the Polish consulate", "diplomats from Latvia, Lithuania and Estonia") stands in for the noun
// a pattern names, and which states a list after it adds. Kept apart from the matcher so each file stays readable.
import { demonymsListedBefore } from "./folded-list.ts";
import type { Unit } from "./sentence-units.ts";
import { mentionWords, NO_WORDS } from "./sentence-words.ts";

// The prepositions that join a role noun to its place in one mention: "ambassador from Moscow", "embassy in Baku".
const LOCATED = new Set(["from", "in", "at"]);

// Words that join the states of a list: "from Latvia, Lithuania and Estonia".
const LIST_JOINERS = new Set([",", "and", "or"]);

/**
 * "expelled ten diplomats from Latvia, Lithuania and Estonia": a role mention that names its state after "from" or
 * "of" and goes on with a list of bare states ending in "and" or "or" names each listed state's people; the states
 * after it are targets as well. A list without "and" ("from Latvia, Russia said") adds nobody.
 */
export function listedAfter(units: readonly Unit[], i: number): number[] {
  if (!/\b(?:from|of)\b/i.test(units[i]?.mention?.text ?? "")) return [];
  const listed: number[] = [];
  let joined = false;
  let ended = false;
  for (let k = i + 1; k < units.length && !ended; k++) {
    const u = units[k] as Unit;
    if (LIST_JOINERS.has(u.lower)) {
      if (joined) ended = true;
      else if (u.lower !== ",") joined = true;
      continue;
    }
    if (u.pos === "DET") continue;
    if (!u.mention || u.mention.actor.role || u.mention.kind !== "state") break;
    listed.push(k);
  }
  return joined ? listed : [];
}

/**
 * The head words of a role mention: its last word ("Russian ambassador" → "ambassador") and, for "X from Y" or
 * "X in Y" mentions, the word before the preposition ("embassy in Kazakhstan" → "embassy"); empty for bare names. A named
 * group's mention has a head noun too ("Central Asian leaders" → "leaders"), though it carries no role of its own.
 */
export function mentionHeads(u: Unit | undefined): readonly string[] {
  if (!u?.mention || u.clause < 0 || !(u.mention.actor.role || u.mention.actor.members?.length)) return NO_WORDS;
  const words = mentionWords(u.mention);
  const at = words.findIndex((w) => LOCATED.has(w));
  return at > 0 ? [words[words.length - 1] as string, words[at - 1] as string] : [words[words.length - 1] as string];
}

/**
 * A mention's head noun stands for the pattern's word only when the mention is the head's own object: another
 * party or verb in between ("warned Azerbaijan against hosting Israeli forces") makes it a party of that other act.
 */
export function foldable(units: readonly Unit[], head: number, i: number): boolean {
  // Demonyms listed before the mention share its noun ("closed the Polish and Czech consulates"): no other actor.
  const listed = demonymsListedBefore(units, i);
  const stop = listed.length ? (listed[0] as number) : i;
  for (let k = head + 1; k < stop; k++) if (units[k]?.mention || units[k]?.pos === "VERB") return false;
  return true;
}
