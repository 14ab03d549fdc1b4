// "talks between Serbia and Kosovo", "clashes between Indian and Pakistani troops", "US-China talks": an act named
// with its two sides after "between", or joined by a hyphen before it, is both sides' act.
import type { Match } from "./match-patterns.ts";
import { isStateGroup } from "./pair-actors.ts";
import type { ActorGroup } from "./parties.ts";
import type { SentenceContext } from "./party-sides.ts";
import type { Unit } from "./sentence-units.ts";
import { isPassive, passiveAfterNoun } from "./voice.ts";

const MODIFIERS = new Set(["DET", "ADJ", "NOUN", "NUM"]);

// Passive verbs by which a noun act before them took place: "talks were held", "a contract was signed", "clashes were
// reported", "a truce was brokered". Others undo it or only talk about it ("suspended", "discussed", "postponed").
const TOOK_PLACE = new Set([
  "hold",
  "sign",
  "conclude",
  "reach",
  "carry",
  "conduct",
  "seal",
  "strike",
  "ink",
  "agree",
  "report",
  "stage",
  "launch",
  "establish",
  "complete",
  "finalise",
  "finalize",
  "broker",
  "plan",
  "schedule",
  "arrange",
]);

/** Whether unit `k` starts its clause, after nothing but a comma or a determiner ("On Monday, the renewed …"). */
function opensAt(units: readonly Unit[], k: number): boolean {
  const prev = units[k - 1];
  return !prev || prev.clause !== (units[k] as Unit).clause || prev.lower === "," || prev.pos === "DET";
}

/**
 * Whether the words before the comma at `k` are an opening phrase ("On Monday,", "Despite the ceasefire,", "According
 * to the ministry,"): no verb of its own past the first word. After one ("Diplomats feared that, without a deal,
 * clashes … would resume") the act is what the verb says of it, not a fact.
 */
function opensSentence(units: readonly Unit[], k: number): boolean {
  for (let j = 1; j < k; j++) {
    const u = units[j] as Unit;
    if ((u.pos === "VERB" || u.pos === "AUX") && !u.attribution) return false;
  }
  return true;
}

/**
 * Only determiners and modifiers stand between the clause's start, or the comma that ends an opening phrase ("On
 * Monday, fresh clashes"), and the head: "Fierce clashes between ...". A capitalised first word that names no one is
 * an adjective the tagger took for a name ("Fresh clashes"), and a participle right before a modifier or the head
 * one too ("Renewed clashes") when it opens the clause itself: after a subject it is the clause's verb ("Officials
 * denied clashes", "Diplomats feared clashes"), which says the act did not, or may not, happen.
 */
function opensClause(units: readonly Unit[], head: number): boolean {
  const clause = (units[head] as Unit).clause;
  for (let k = head - 1; k >= 0 && (units[k] as Unit).clause === clause; k--) {
    const u = units[k] as Unit;
    if (u.lower === ",") return opensSentence(units, k);
    if (MODIFIERS.has(u.pos)) continue;
    if (k === 0 && u.pos === "PROPN" && !u.mention) continue;
    if (u.pos === "VERB" && u.lower.endsWith("ed") && MODIFIERS.has(units[k + 1]?.pos ?? "") && opensAt(units, k))
      continue;
    return false;
  }
  return true;
}

/**
 * The two or more sides after "between" right past a noun or gerund head: the pattern's own slot, or else the actors
 * right after "between" when the act opens its clause ("brokered an accord between X and Y" is the broker's act).
 */
export function betweenPair(ctx: SentenceContext, m: Match, nominal: boolean): number[] | undefined {
  const { units } = ctx;
  // The head may be one word of a longer match ("security" of "security pact"): "between" follows the whole match.
  const at =
    units[m.headEnd]?.lower === "between" ? m.headEnd : nominal && units[m.end]?.lower === "between" ? m.end : -1;
  // "Talks were held between Baku and Yerevan": the noun is the subject of a passive verb that names its sides, when
  // the verb says the act took place ("Trade was suspended between X and Y" is no trade; "discussed" no deal).
  const carrier = nominal && at < 0 ? passiveAfterNoun(units, m.end) : -1;
  const carried =
    carrier >= 0 && units[carrier + 1]?.lower === "between" && TOOK_PLACE.has((units[carrier] as Unit).lemma)
      ? carrier + 1
      : -1;
  // "Negotiations took place in Ankara between X and Y": the noun's clause says it happened, and names its sides.
  const held = carried >= 0 ? carried : nominal && at < 0 ? tookPlaceBetween(units, m.end) : -1;
  if (held >= 0) {
    const sides = ctx.groups.find((g) => g.first > held && g.first - held <= 3);
    return sides && (sides.members.length > 1 || isStateGroup(units, sides.members[0] as number))
      ? sides.members
      : undefined;
  }
  if (at < 0) return undefined;
  // "talks between the two Koreas": a named group of states is both (or all) sides by itself.
  const sides = (members: readonly number[]) => members.length > 1 || isStateGroup(units, members[0] as number);
  if (nominal && m.slotS.length && sides(m.slotS)) return m.slotS;
  const after = ctx.groups.find((g) => g.first > at && g.first - at <= 3);
  // "The contract was signed between Rosneft and ONGC", "talks were held between Baku and Yerevan": a passive verb
  // names its sides after "between" as a noun act does; its subject is the thing done, never a party.
  if (!nominal && at === m.headEnd && isPassive(units, m.head))
    return after && sides(after.members) ? after.members : undefined;
  // "Fighting between X and Y continued": a gerund opening the sentence names the act as a noun would.
  if (!(nominal || (units[m.head] as Unit).lower.endsWith("ing"))) return undefined;
  if (!after || !sides(after.members)) return undefined;
  // Past a longer match ("joint exercises between ...") the sides are left to the rules that read such phrases.
  if (opensClause(units, m.head)) return at === m.headEnd ? after.members : undefined;
  // "Japan and India are alarmed by a pact between China and Cambodia": a noun act deeper in its clause, its sides
  // named after "between", is theirs and never the clause subject's; whether it took place is the clause verb's to
  // say ("feared", "urged", "welcomed"), so the act gets no parties at all, unless a "during" phrase says it did
  // ("signed an accord during a meeting between Sisi and Putin").
  if (!nominal) return undefined;
  return during(units, m.head) || witnessed(units, m.head) ? after.members : [];
}

// Verbs that say a noun act took place before the subject's eyes or as part of an occasion: "witnessed the signing
// of", "attended the talks", "the visit resulted in the signing of", "the ceremony included the signing of". Not
// "oversee" or "observe": "to oversee a ceasefire between X and Y" watches over a standing truce, no new act.
const WITNESSING = new Set(["witness", "attend", "include", "result", "culminate", "preside"]);

/** Whether the noun at `head` is the object of a verb that says the act took place ("witnessed the signing"). */
function witnessed(units: readonly Unit[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - 5; k--) {
    const u = units[k] as Unit;
    if (MODIFIERS.has(u.pos)) continue;
    // "resulted in", "culminated in", "presided over": the verb's own preposition.
    if (["in", "over"].includes(u.lower) && WITNESSING.has(units[k - 1]?.lemma ?? "")) return true;
    return u.pos === "VERB" && WITNESSING.has(u.lemma) && !["result", "culminate", "preside"].includes(u.lemma);
  }
  return false;
}

// Prepositions of an occasion that took place: "during a meeting between", "after a phone call between", "at talks
// between" ("ahead of" or "before" one says it has not).
const OCCASION = new Set(["during", "after", "following", "at"]);

/** Whether an occasion's preposition opens the phrase of the noun at `head` ("during a two-day meeting between ..."). */
function during(units: readonly Unit[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - 4; k--) {
    const u = units[k] as Unit;
    if (OCCASION.has(u.lower)) return true;
    if (!MODIFIERS.has(u.pos)) return false;
  }
  return false;
}

/** A hyphen touching the words on both sides ("US-China"), not a dash between spaces ("MOSCOW - Russia said"). */
function isTightHyphen(units: readonly Unit[], k: number): boolean {
  const [before, u, after] = [units[k - 1], units[k], units[k + 1]];
  return u?.lower === "-" && before?.end === u.start && after?.start === u.end;
}

/**
 * The agents of a noun act named by the party right before it, with the party a hyphen joins to it: "US-China talks",
 * "India-Pakistan clashes" are both sides' act, not the second one's alone.
 */
export function hyphenedPair(units: readonly Unit[], pre: ActorGroup): readonly number[] {
  const partner = pre.first - 2;
  return pre.members.length === 1 &&
    units[partner]?.mention &&
    units[partner]?.clause === units[pre.first]?.clause &&
    isTightHyphen(units, pre.first - 1)
    ? [partner, ...pre.members]
    : pre.members;
}

// Nouns of a dealing the two hyphened sides have with each other: "hosted Russian-Ukrainian talks", "mediated the
// Armenian-Azerbaijani peace treaty". Not a border or a front ("shelled the Russian-Ukrainian border"), which names
// where, not with whom.
const SHARED_DEALINGS = new Set(
  "talk negotiation summit meeting consultation dialogue deal agreement treaty accord truce ceasefire".split(" "),
);

/**
 * The object a verb's act falls on, with the party hyphened after it when the two name the sides of a dealing
 * ("hosted Russian-Ukrainian talks", "joined the Serbian-Chinese consultations"): the act reaches both sides, not
 * the first alone.
 */
export function hyphenedObject(units: readonly Unit[], members: readonly number[]): readonly number[] {
  const last = members.at(-1) ?? -1;
  const partner = last + 2;
  if (members.length !== 1 || !units[partner]?.mention || !isTightHyphen(units, last + 1)) return members;
  if (units[partner]?.clause !== units[last]?.clause) return members;
  // "peace talks", "trade deal": a modifier or two may stand before the dealing noun.
  for (let k = partner + 1; k < units.length && k <= partner + 3; k++) {
    const u = units[k] as Unit;
    if (u.pos === "NOUN" && SHARED_DEALINGS.has(u.lemma)) return [...members, partner];
    if (!MODIFIERS.has(u.pos)) break;
  }
  return members;
}

// Nouns of a place or time phrase that leave "between" to the act: "took place in the Turkish capital between",
// "took place last week between".
const OCCASION_NOUNS = new Set(
  "capital city residence palace headquarters venue hotel day night morning afternoon evening week weekend month year".split(
    " ",
  ),
);

/**
 * A common noun right before "between" takes it as its own ("took place near the border between Russia and Ukraine",
 * "along the line of contact between X and Y"): the sides are the border's, not the act's, whose doers are unnamed.
 */
function betweenOfPlaceNoun(u: Unit | undefined): boolean {
  return u?.pos === "NOUN" && !u.mention && !OCCASION_NOUNS.has(u.lemma);
}

/**
 * The "between" after "took place" right past a noun act at `end`, where a short place or time phrase may come first
 * ("took place in Ankara between", "took place on Friday between"), else -1.
 */
function tookPlaceBetween(units: readonly Unit[], end: number): number {
  if (units[end]?.lemma !== "take" || units[end + 1]?.lower !== "place") return -1;
  for (let k = end + 2; k < units.length && k <= end + 7; k++) {
    const u = units[k] as Unit;
    if (u.lower === "between") return k > end + 2 && betweenOfPlaceNoun(units[k - 1]) ? -1 : k;
    if (u.pos === "VERB" || u.pos === "AUX" || u.lower === "," || u.lower === ";") return -1;
  }
  return -1;
}
