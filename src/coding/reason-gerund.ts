// A gerund of reason after "for" is done by the party the main verb acts on, not by the clause subject: "the EU
// fined Hungary for refusing refugees" (Hungary refuses), "Moscow could retaliate against Finland for joining NATO"
// (Finland joins), "praised Kazakhstan for hosting talks".
import { type ActorGroup, isPlaceMention, isSubjectPosition } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

// Verbs that reward, punish or judge someone for what they did: "sanctioned ten individuals for supporting Russia".
const JUDGING = new Set([
  "sanction",
  "fine",
  "punish",
  "penalise",
  "penalize",
  "blacklist",
  "praise",
  "thank",
  "commend",
  "reward",
  "criticise",
  "criticize",
  "blame",
  "condemn",
  "arrest",
  "detain",
  "jail",
  "imprison",
  "sentence",
  "prosecute",
  "charge",
  "accuse",
  "target",
  "expel",
]);
// Penalties named as nouns, with "on" or "against" before whom they fall on: "sanctions on banks for ...".
const PENALTIES = new Set(["sanction", "sanctions", "fine", "fines", "penalty", "penalties", "ban", "bans"]);
// The words of a common-noun object between a judging verb and "for": "ten individuals", "banks from third countries".
const OBJECT_WORDS = new Set(["NOUN", "ADJ", "NUM", "DET", "ADP", "PROPN", "CCONJ"]);

/**
 * "sanctioned ten individuals for supporting Russia", "fined two banks from third countries for cooperating with
 * Iran": the common-noun object of a judging verb did the gerund's act, and it is no party; whether the object holds a
 * noun that is no actor.
 */
function thingDid(units: readonly Unit[], head: number): boolean {
  let noun = false;
  for (let k = head - 2; k >= 0 && k >= head - 10; k--) {
    const u = units[k] as Unit;
    // The lemmatiser gives "fin" for "fined": the past form less its "d" or "ed" is the verb too.
    if (u.pos === "VERB")
      return noun && [u.lemma, u.lower.slice(0, -1), u.lower.slice(0, -2)].some((w) => JUDGING.has(w));
    // "sanctions on banks from third countries for cooperating": the penalty named as a noun judges its object too.
    if (noun && PENALTIES.has(u.lemma) && ["on", "against"].includes(units[k + 1]?.lower ?? "")) return true;
    if (u.mention && !u.mention.actor.role) return false;
    if (!u.mention && !OBJECT_WORDS.has(u.pos)) return false;
    if (u.pos === "NOUN" && !u.mention) noun = true;
  }
  return false;
}

/**
 * The object group that does the "for ...ing" act at `head` (empty when that object is no actor), or undefined when
 * the head is no such gerund.
 */
export function reasonDoer(units: readonly Unit[], groups: readonly ActorGroup[], at: number): number[] | undefined {
  // "for cooperating with X and supporting Y": a gerund joined to a reason's gerund shares its doer.
  const head = joinedGerund(units, at);
  const h = units[head] as Unit;
  if (!h.lower.endsWith("ing") || units[head - 1]?.lower !== "for") return undefined;
  const before = groups.filter((g) => g.last < head - 1 && (units[g.first] as Unit).clause === h.clause);
  const object = before.at(-1);
  // The tagger reads some gerunds after "for" as nouns ("for exporting drones").
  if ((h.pos === "VERB" || h.pos === "NOUN") && (!object || isSubjectPosition(units, object)) && thingDid(units, head))
    return [];
  if (h.pos !== "VERB") return undefined;
  // "was arrested in Lebanon for collaborating": a place is where the main act happened, not who did the gerund's.
  if (!object || isSubjectPosition(units, object) || object.members.some((k) => isPlaceMention(units, k)))
    return undefined;
  return object.members;
}

/** The "for ...ing" gerund that the gerund at `at` is joined to by "and" or "or" in its clause, or `at` itself. */
function joinedGerund(units: readonly Unit[], at: number): number {
  const h = units[at] as Unit;
  if (!h.lower.endsWith("ing") || !["and", "or"].includes(units[at - 1]?.lower ?? "")) return at;
  for (let k = at - 2; k > 0 && k >= at - 15 && (units[k] as Unit).clause === h.clause; k--)
    if ((units[k] as Unit).lower.endsWith("ing") && units[k - 1]?.lower === "for") return k;
  return at;
}

// Verbs of a material penalty: the act it is imposed for is reported as done ("fined Iran for exporting tools to
// Russia": Iran's trade with Russia), where a word of blame's reason may be old ("condemned Iran for executing").
const PENALISING = new Set(["sanction", "fine", "punish", "penalise", "penalize", "blacklist"]);

/**
 * "fined Iran for exporting tools to Russia", "sanctioned Iran for supplying drones to Russia": the gerund at `head`
 * after "for" and a party is the reason for a penalty, the party's own act, not part of the penalising verb's.
 */
export function penaltyReason(units: readonly Unit[], at: number): boolean {
  // "fined Hungary for refusing refugees and supporting Belarus": a gerund joined to the reason is a reason too.
  const head = joinedGerund(units, at);
  const h = units[head] as Unit;
  if (!h.lower.endsWith("ing") || units[head - 1]?.lower !== "for" || !units[head - 2]?.mention) return false;
  for (let k = head - 3; k >= 0 && k >= head - 8; k--) {
    const u = units[k] as Unit;
    if (u.pos === "VERB") return [u.lemma, u.lower.slice(0, -1), u.lower.slice(0, -2)].some((w) => PENALISING.has(w));
  }
  return false;
}
