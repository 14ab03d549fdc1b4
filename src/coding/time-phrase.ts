// Time phrases built on another party's act ("two years after Russia's invasion of Ukraine", "since the US pullout
// from Syria") date the main act; the actors inside them are no parties to it.
import type { Unit } from "./sentence-units.ts";

// Words that open a time phrase around an act named as a noun.
const TIME_WORDS = new Set(["after", "since", "before", "following", "until", "till", "amid", "during"]);
// What may stand between the time word and an act's agent or head: "the", "Russia's", "full-scale", "2022".
const PHRASE_POS = new Set(["DET", "ADJ", "NUM", "PROPN", "NOUN", "PART"]);

function opensTimePhrase(units: readonly Unit[], k: number): boolean {
  const u = units[k];
  // "ahead of Lee's summit with Trump": "ahead of" dates the main act as "before" does.
  if (u?.lower === "ahead" && units[k + 1]?.lower === "of") return true;
  return !!u && TIME_WORDS.has(u.lower) && (u.pos === "ADP" || u.pos === "SCONJ" || u.pos === "VERB");
}

/**
 * An actor group starting at `to` sits in a time phrase opened after `from` whose act has an agent of its own named
 * before the group: "signed a deal on Monday, two years after Russia's invasion of Ukraine" (Ukraine is the
 * invasion's target, not the deal's partner). "signed a deal after talks with Iran" names no other agent and keeps Iran.
 */
export function agentTimePhraseBetween(units: readonly Unit[], from: number, to: number): boolean {
  // Only the first time word matters: any later one opens a phrase inside the first's span.
  let k = from + 1;
  while (k < to && !opensTimePhrase(units, k)) k++;
  for (let j = k + 1; j < to; j++) if (units[j]?.mention) return true;
  return false;
}

/**
 * The nominal act at `head` is the head of a time phrase ("Since Russia's invasion two years ago, ..."): it only
 * dates the clause it modifies, so no actor of that clause is its target.
 */
export function inTimePhrase(units: readonly Unit[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - 6; k--) {
    const u = units[k] as Unit;
    if (opensTimePhrase(units, k)) return true;
    if (!(u.mention || PHRASE_POS.has(u.pos) || u.lower === "'s" || u.lower === "’s")) return false;
  }
  return false;
}
