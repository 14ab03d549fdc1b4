// "the West Midlands", "the West Division", "the West Coast": "West" before another capitalised word opens the name
// of a region, a league's division or a building, not the West as an actor; and "non-Western" names everyone else.
import { DATE_WORDS, inTitleCase } from "./actors-names.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/**
 * Whether the WEST name ending before token j ends on "West" and a capitalised word follows it one space apart in the
 * same sentence. A date word ("accused the West Tuesday") and a title-case headline ("Russia Warns the West Over
 * Ukraine"), where every word is capitalised, leave the West an actor.
 */
export function opensWestName(gz: Gazetteer, text: string, toks: GazToken[], sent: Int32Array, j: number): boolean {
  const last = toks[j - 1];
  const next = toks[j];
  if (last?.norm !== "west" || !next || sent[j] !== sent[j - 1] || next.shape !== 1) return false;
  if (text.slice(last.end, next.start) !== " " || DATE_WORDS.has(next.norm)) return false;
  return !inTitleCase(gz, toks, sent, j);
}

/** Whether the WEST name starting at token i is negated by "non-" ("non-Western diplomats", "Non-Western countries"):
 * those are the states outside the West. */
export function nonWestern(text: string, toks: GazToken[], i: number): boolean {
  return /\bnon-$/i.test(text.slice(Math.max(toks[i].start - 4, 0), toks[i].start));
}
