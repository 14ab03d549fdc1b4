// Deals that came to nothing: "the deal between X and Y collapsed before it was signed", "the accord fell apart",
// "the failed deal". The noun names an agreement the report says was not made or did not hold; it tells of no signing,
// pledge or truce. Talks that stalled or broke down were still held (and "talks collapsed" is a pattern of its own).
import type { Unit } from "./sentence-units.ts";

// Verbs of a deal coming to nothing: "collapsed", "foundered", "unravelled", "stalled", "fizzled out".
const FAILING = new Set([
  "collapse",
  "fail",
  "founder",
  "unravel",
  "unravell",
  "crumble",
  "fizzle",
  "falter",
  "stall",
  "die",
  "flounder",
  "implode",
]);
// Phrasal verbs: "fell through", "fell apart", "broke down".
const FAILING_PARTICLE = new Map([
  ["fall", ["through", "apart"]],
  ["break", ["down"]],
]);
// Passives of a deal sunk by someone: "was scuttled", "was torpedoed", "was derailed".
const SUNK = new Set(["scuttle", "torpedo", "derail", "sink", "wreck", "kill", "scupper"]);
// Words before the noun that say it came to nothing: "the failed deal", "an aborted accord".
const FAILED_MODIFIERS = new Set(["failed", "aborted", "abortive", "stillborn", "collapsed", "stalled", "botched"]);
// The codes a deal noun gives: a pledge (03), an agreement signed or endorsed (05), cooperation (06), a truce (08).
const DEAL_ROOTS = new Set(["03", "05", "06", "08"]);

/** The lemma the tagger gives, or the word with a past ending taken off ("unravelled" read as its own lemma). */
function stem(u: Unit): string {
  return u.lemma === u.lower ? u.lower.replace(/(?:ed|d|s)$/, "") : u.lemma;
}

/** Whether the verb at `k` says its subject came to nothing. */
function failingVerb(units: readonly Unit[], k: number): boolean {
  const u = units[k] as Unit;
  const lemma = stem(u);
  if (FAILING.has(lemma) || FAILING.has(u.lemma)) return true;
  if (FAILING_PARTICLE.get(u.lemma)?.includes(units[k + 1]?.lower ?? "")) return true;
  return SUNK.has(u.lemma) && units[k - 1]?.pos === "AUX";
}

/** A modifier before the noun at `head` that says the deal failed ("the failed deal", "an aborted accord"). */
function failedModifier(units: readonly Unit[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - 4; k--) {
    const u = units[k] as Unit;
    if (FAILED_MODIFIERS.has(u.lower)) return true;
    if (!["ADJ", "NOUN", "VERB", "PROPN"].includes(u.pos) && !u.mention) return false;
  }
  return false;
}

/**
 * The deal noun at `head`, coded `code`, came to nothing: its own verb (the first verb of its clause after it) says it
 * collapsed, fell through or was scuttled, or a modifier calls it failed. Only for agreements, pledges and truces.
 */
export function failedDeal(units: readonly Unit[], head: number, code: string): boolean {
  if ((units[head] as Unit).pos !== "NOUN" || !DEAL_ROOTS.has(code.slice(0, 2))) return false;
  if (failedModifier(units, head)) return true;
  const clause = (units[head] as Unit).clause;
  for (let k = head + 1; k < units.length && k <= head + 10; k++) {
    const u = units[k] as Unit;
    if (u.clause !== clause || u.lower === ",") return false;
    if (u.pos === "VERB") return failingVerb(units, k);
  }
  return false;
}
