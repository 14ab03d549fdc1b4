// A party's belief about what another party does or plans. "believe" and "think" are marked as attribution (they
// introduce what a speaker holds, like "said"), but a belief is not a report of an act: "Baku objected, believing that
// the EU is planning to arm Armenia" tells what Baku supposes, not that the EU announced a plan. moodOf (modality.ts)
// reads the act it governs as a guess.

import type { Unit } from "./sentence-units.ts";

// Verbs of holding a view, as opposed to verbs of saying it.
const BELIEF = new Set(["believe", "think", "assume", "suppose"]);
// Boundaries past which a belief verb no longer governs the act.
const STOP = new Set([";", ":", "—", "–", "(", ")", "but", "while", "whereas", "although", "though", "however", "."]);
// Modals of what ought to be: "Turkey believes the EU should grant visa-free travel" is the believer's call on
// another party, which the demand patterns read.
const OUGHT = new Set(["should", "must", "ought"]);

/**
 * Whether the act at `head` stands in the clause a belief verb governs ("believing that the EU is planning to arm",
 * "Officials believe that Russia plans to attack"), with a party of its own named between the verb and the act, so
 * the believer is not the one acting: "Pashinyan believes Armenia must leave" is left to its own modal, "Armenia
 * believes in dialogue" and "the minister, who believes in talks, met ..." have no such clause.
 */
export function believedAct(units: readonly Unit[], head: number): boolean {
  if (OUGHT.has(units[head]?.lower ?? "")) return false;
  let party = false;
  for (let k = head - 1; k >= 0 && k >= head - 25; k--) {
    const u = units[k] as Unit;
    if (STOP.has(u.lower) || OUGHT.has(u.lower)) return false;
    if (u.mention && !u.attribution) party = true;
    if (u.pos !== "VERB" || !BELIEF.has(u.lemma)) continue;
    // "believed to have struck": a passive hedge other checks read; "believe in" names no act.
    const next = units[k + 1]?.lower ?? "";
    if (next === "to" || next === "in") return false;
    return party;
  }
  return false;
}
