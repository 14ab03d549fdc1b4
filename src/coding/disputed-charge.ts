// "Uganda said Sudan was arming the rebels, a charge Khartoum denies": the closing phrase names what was said a
// charge, and the party denying it the one charged. The speaker accuses that party (CAMEO 112) whatever act was
// said, and a hostile act said is alleged, not done (allegations.ts).
import type { Match } from "./match-patterns.ts";
import type { ActorGroup } from "./parties.ts";
import { insertMatch, structuralPattern } from "./reported-demands.ts";
import type { Unit } from "./sentence-units.ts";

const CHARGES = new Set([
  "charge",
  "charges",
  "accusation",
  "accusations",
  "allegation",
  "allegations",
  "claim",
  "claims",
]);
// Nouns that name something said without saying it was a charge: denied, they may deny a boast ("a claim Kyiv denies").
const CLAIMS = new Set(["claim", "claims"]);
// Words of a subject's own noun phrase after a party's name: "Armenian troops", "Kosovo police".
const SUBJECT_HEAD = new Set(["NOUN", "PROPN", "ADJ"]);
const DENY = new Set(["deny", "reject", "dismiss", "refute", "dispute"]);
// What may stand between the denier and its verb: "has denied", "has long denied", "strongly rejects".
const BEFORE_DENY = new Set(["has", "have", "had", "long", "strongly", "repeatedly", "always", "firmly", "flatly"]);

export interface DisputedCharge {
  /** The unit of the charge noun, and the groups of the party charged. */
  head: number;
  charged: readonly number[];
}

/** The sentence's closing ", a charge X denies", if it has one. */
export function disputedCharge(units: readonly Unit[], groups: readonly ActorGroup[]): DisputedCharge | undefined {
  for (let k = 2; k < units.length; k++) {
    if (!CHARGES.has((units[k] as Unit).lower)) continue;
    const det = units[k - 1]?.lower;
    if (!(det === "a" || det === "an") || units[k - 2]?.lower !== ",") continue;
    let from = k + 1;
    if (["that", "which"].includes(units[from]?.lower ?? "")) from++;
    const g = groups.find((x) => x.first === from);
    if (!g) continue;
    let v = g.last + 1;
    while (BEFORE_DENY.has(units[v]?.lower ?? "")) v++;
    if (!DENY.has(units[v]?.lemma ?? "")) continue;
    // "Russia said it took the village, a claim Kyiv denies": a claim denied is a charge only against the one said to
    // have done the act; a denier who is not that doer disputes a boast, and is charged with nothing.
    if (CLAIMS.has((units[k] as Unit).lower) && !namedDoer(units, k, g.members)) continue;
    return { head: k, charged: g.members };
  }
  return undefined;
}

/**
 * Whether a party of the denier's state is named as a doer before the charge noun at `end`: the subject of a verb
 * ("said Armenian troops fired") or the agent of a passive ("were deported by Russia").
 */
function namedDoer(units: readonly Unit[], end: number, denier: readonly number[]): boolean {
  const codes = new Set(denier.map((i) => units[i]?.mention?.actor.code));
  for (let k = 0; k < end; k++) {
    if (!codes.has(units[k]?.mention?.actor.code)) continue;
    if (units[k - 1]?.lower === "by") return true;
    let v = k + 1;
    while (units[v] && !units[v]?.mention && SUBJECT_HEAD.has((units[v] as Unit).pos)) v++;
    const verb = units[v];
    if (verb && (verb.pos === "VERB" || verb.pos === "AUX")) return true;
  }
  return false;
}

// "X said ..., a charge Y denies": an accusation by the speaker, both parties known from the sentence's structure.
const DISPUTED_CHARGE = structuralPattern("112");

/** Whether a match is a disputed charge's accusation: its noun stands in apposition to what was said, by design. */
export function isDisputedCharge(m: Match): boolean {
  return m.pattern === DISPUTED_CHARGE;
}

/** Inserts the accusation a closing disputed charge makes, when a speaker before it is not the one charged. */
export function addDisputedCharge(
  matches: Match[],
  units: readonly Unit[],
  groups: readonly ActorGroup[],
  speakerUnits: readonly number[],
): void {
  const charge = disputedCharge(units, groups);
  if (!charge) return;
  const speaker = speakerUnits.filter((s) => s < charge.head).at(-1);
  if (speaker === undefined) return;
  const own = units[speaker]?.mention?.actor.code;
  const charged = charge.charged.filter((i) => units[i]?.mention?.actor.code !== own);
  if (charged.length) insertMatch(matches, DISPUTED_CHARGE, charge.head, [speaker], charged);
}
