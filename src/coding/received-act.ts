// A noun act taken as the object of a receiving verb falls on the clause subject: "Germany faced Russian criticism
// over its decision to arm Ukraine" is Russia criticising Germany, not Ukraine; "drew condemnation from", "received
// aid from", "came under attack", "won praise from". Whoever the noun names after it is the act's topic.
import type { ActorGroup } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

// Verbs whose subject is on the receiving end of the act their object names.
const RECEIVING = new Set([
  "face",
  "draw",
  "receive",
  "attract",
  "incur",
  "earn",
  "suffer",
  "endure",
  "weather",
  "get",
  "win",
]);
// The words of the noun's own phrase between the verb and the noun: "stiff international and Palestinian".
const PHRASE_POS = new Set(["DET", "ADJ", "NUM", "NOUN", "CCONJ", "ADV"]);

/** The receiving verb ("faced criticism", "came under fire") whose object is the noun trigger at `head`, or -1. */
export function receivingVerb(units: readonly Unit[], head: number): number {
  const clause = (units[head] as Unit).clause;
  let k = head - 1;
  while (k >= 0 && k >= head - 8) {
    const u = units[k] as Unit;
    if (u.clause !== clause || !(u.mention || PHRASE_POS.has(u.pos) || u.lower === "'s")) break;
    k--;
  }
  const at = units[k];
  if (!at || at.clause !== clause) return -1;
  if (at.pos === "VERB") return RECEIVING.has(at.lemma) ? k : -1;
  // "came under fire from", "met with condemnation".
  const verb = units[k - 1]?.lemma;
  return (at.lower === "under" && verb === "come") || (at.lower === "with" && verb === "meet") ? k - 1 : -1;
}

// Verbs whose object is the reaction to what their subject did: "X's crackdown drew US criticism", "Israel's move
// sparked protests from Egypt", "prompted a rebuke from Japan". None of them is done to the party they name.
const REACTING = new Set([...RECEIVING, "prompt", "spark", "trigger", "provoke", "elicit", "invite", "cause"]);

/**
 * For a noun act in the subject of a reacting verb ("The Georgian government's crackdown on protesters drew US
 * criticism"), that verb: the act's target is named before it, and the party after it is the one who reacted.
 * Returns the verb's index, or -1 when the first verb after `from` in the head's clause (up to `limit`) is another.
 */
export function reactingVerbAfter(units: readonly Unit[], head: number, from: number, limit: number): number {
  const clause = (units[head] as Unit).clause;
  for (let k = from; k < limit; k++) {
    const u = units[k] as Unit;
    if (u.clause !== clause) continue;
    if (u.pos === "VERB") return REACTING.has(u.lemma) ? k : -1;
  }
  return -1;
}

/**
 * Where the subject of the verb at `verb` ends when an aside stands between them ("The Indian prime minister's visit
 * to Moscow, his first since the war began, drew criticism"): the aside's opening comma; otherwise the verb itself.
 */
export function beforeAside(units: readonly Unit[], verb: number): number {
  if (units[verb - 1]?.lower !== ",") return verb;
  for (let k = verb - 2; k >= 0 && k >= verb - 12; k--) if ((units[k] as Unit).lower === ",") return k;
  return verb;
}

// Verbs that make their object act: "Ukraine's drone strikes have forced Russia to move its ships".
const CAUSATIVE = new Set(["force", "compel", "oblige", "drive"]);

/**
 * For a noun act of force with no target named in its own phrase, the party its clause's causative verb makes act:
 * "Ukraine's drone strikes have forced Russia to move its ships" falls on Russia. Returns that party's units, or
 * undefined when the noun's first verb after `from` is no such verb or names no party right after it.
 */
export function forcedParty(
  units: readonly Unit[],
  groups: readonly ActorGroup[],
  head: number,
  from: number,
): number[] | undefined {
  const clause = (units[head] as Unit).clause;
  for (let k = from; k < units.length; k++) {
    const u = units[k] as Unit;
    if (u.clause !== clause) return undefined;
    if (u.pos === "AUX") continue;
    if (u.pos !== "VERB") continue;
    if (!CAUSATIVE.has(u.lemma)) return undefined;
    const g = groups.find((x) => x.first > k && x.first <= k + 2);
    return g && units[g.last + 1]?.lower === "to" ? g.members : undefined;
  }
  return undefined;
}
