// "Smith told police he supported Trump", "an emotional Jabeur announced she was donating": "he" and "she" point at
// the person who speaks or is named as a subject right before them. When that person is no actor (a player, a
// suspect, a private citizen), the pronoun is theirs: neither the addressee of the report nor an actor named sentences
// before is who acted.
import type { ActorMention } from "../domain/index.ts";
import { governorOf, isFiniteVerb } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);
const PERSONAL = PERSONAL_PRONOUNS;

/** A group whose governor is "told" is whom a report is addressed to ("told police he ..."), not who speaks. */
export function isAddressee(units: readonly Unit[], first: number): boolean {
  const gov = governorOf(units, first);
  return !!gov?.attribution && gov.lemma === "tell";
}

export type PersonReferent = { units: number[] } | { pronoun: number } | undefined;

/**
 * What "he" or "she" at `pronoun` points at when a person comes after the nearest actor subject (ending at
 * `actorLast`): the speaker of a report right before it (its actor units, or the pronoun that speaks), or nothing
 * when that person is no actor. Undefined when no person is nearer than the actor, or the pronoun is not personal.
 */
export function personReferent(
  units: readonly Unit[],
  speakerUnits: readonly number[],
  pronoun: number,
  actorLast: number,
): PersonReferent {
  if (!PERSONAL.has((units[pronoun] as Unit).lower)) return undefined;
  let said = pronoun - 1;
  while (said > actorLast && !((units[said] as Unit).attribution && (units[said] as Unit).pos === "VERB")) said--;
  if (said > actorLast) {
    let from = said;
    while (from > 0 && units[from - 1]?.attribution) from--;
    const speaker = speakerUnits.filter((s) => s >= from && s < said).at(-1);
    if (speaker !== undefined) return { units: [speaker] };
    for (let k = said - 1; k >= from; k--) if (PERSONAL.has((units[k] as Unit).lower)) return { pronoun: k };
    if (unknownNameSubject(units, from, said + 1) >= 0) return { units: [] };
  }
  return unknownNameSubject(units, actorLast + 1, pronoun) >= 0 ? { units: [] } : undefined;
}

/**
 * The start of the last name no actor mention covers (capitalised words) standing as a subject between `from` and
 * `end`, right before a finite verb ("an emotional Jabeur announced", "When Smith was approached"), or -1. A name right
 * after an actor ("U.S. Attorney James Kennedy said") is that actor's official, not a private person.
 */
export function unknownNameSubject(units: readonly Unit[], from: number, end: number): number {
  let found = -1;
  let k = Math.max(0, from);
  while (k < end) {
    if (!isUnknownName(units[k] as Unit)) {
      k++;
      continue;
    }
    const start = k;
    while (k < end && isUnknownName(units[k] as Unit)) k++;
    if (!units[start - 1]?.mention && isFiniteVerb(units[k])) found = start;
  }
  return found;
}

function isUnknownName(u: Unit): boolean {
  return u.pos === "PROPN" && !u.mention && u.placeEnd === undefined && u.clause !== -2;
}

/** Two mentions that name the same party: the same person, or the same state side when neither names a person. */
function sameParty(a: ActorMention, b: ActorMention): boolean {
  const x = a.actor;
  const y = b.actor;
  if (x.person || y.person) return !!x.person && x.person === y.person;
  return x.code === y.code && x.role === y.role;
}

/**
 * The pronoun ("he", "she", "it", "they", lower-cased) that opens the sentence and is the nearest subject pronoun before
 * `head` in its clause ("He urged Vietnam", "But they accused Armenia"), or undefined. Only such a pronoun is read as
 * the previous sentence's other party: one after a speaker no actor names ("Both sides said they ...") is theirs.
 */
export function openingPronoun(units: readonly Unit[], head: number): string | undefined {
  const clause = units[head]?.clause;
  let k = head - 1;
  const isPronoun = (w: string) => PERSONAL.has(w) || w === "it" || w === "they";
  while (k >= 0 && units[k]?.clause === clause && !isPronoun((units[k] as Unit).lower)) k--;
  if (k < 0 || units[k]?.clause !== clause) return undefined;
  for (let q = 0; q < k; q++) if (!["PUNCT", "CCONJ", "ADV"].includes((units[q] as Unit).pos)) return undefined;
  return (units[k] as Unit).lower;
}

/**
 * "President Trump met Zelensky. He criticised Mr. Trump": a pronoun taken as the previous sentence's subject cannot
 * be the party its own act is aimed at, so it means another party of that sentence: the first of `others` (its other
 * actors, in order) that is not the target and is of the pronoun's kind ("he" and "she" a person, "it" and "they"
 * not). Returns the units the pronoun now stands for, [] when no such party exists
 * (it stays unresolved), or undefined when the subject is not its own target.
 */
export function otherReferent(
  units: readonly Unit[],
  sources: readonly number[],
  targets: readonly number[],
  others: readonly number[],
  pronoun: string,
): number[] | undefined {
  const mentionAt = (k: number) => units[k]?.mention as ActorMention | undefined;
  const targetMentions = targets.map(mentionAt).filter((m): m is ActorMention => !!m);
  const isTarget = (m: ActorMention) => targetMentions.some((t) => sameParty(m, t));
  const own = sources.map(mentionAt);
  if (!own.length || !own.every((m) => m && isTarget(m))) return undefined;
  const person = PERSONAL.has(pronoun);
  const other = others.find((k) => {
    const m = mentionAt(k);
    return !!m && !!m.actor.person === person && !isTarget(m);
  });
  return other === undefined ? [] : [other];
}

/**
 * The person a later "he" or "she" points at when a sentence's subject is no person: the one person the sentence names
 * ("Kyrgyzstan was the third country Putin visited. Before that, he talked ..."), since a state is not "he". Undefined
 * when the subject is a person (it is the referent already), or the sentence names no person or two.
 */
export function namedPerson(
  subject: readonly ActorMention[],
  named: readonly ActorMention[],
): ActorMention | undefined {
  if (subject.some((m) => m.actor.person)) return undefined;
  const people = new Map(named.filter((m) => m.actor.person).map((m) => [m.actor.person, m]));
  return people.size === 1 ? [...people.values()][0] : undefined;
}

/** The subject pronoun ("he", "she", "it", "they") a sentence uses before it names any actor, or undefined. */
export function leadingPronoun(units: readonly Unit[]): string | undefined {
  for (const u of units) {
    if (u.mention) return undefined;
    if ((PERSONAL.has(u.lower) && u.pos === "PRON") || u.lower === "it" || u.lower === "they") return u.lower;
  }
  return undefined;
}

/**
 * Whom the sentence's opening pronoun stands for: the previous sentence's person (`person`, from namedPerson) when the
 * first subject pronoun, before any actor is named, is "he" or "she"; otherwise the previous sentence's subject.
 */
export function pronounAntecedent(
  units: readonly Unit[],
  subject: readonly ActorMention[],
  person: ActorMention | undefined,
): readonly ActorMention[] {
  return person && PERSONAL.has(leadingPronoun(units) ?? "") ? [person] : subject;
}

const OBJECT_PRONOUNS = new Set(["him", "her", "them", "me", "us"]);
// The prepositions that give the reason for an act done to someone: "thanked him for", "accused her of",
// "criticised them over".
const REASON_PREPS = new Set(["for", "of", "over", "about"]);

/**
 * "Netanyahu thanked him for his leadership in confronting Iran's program", "accused them of spying for Russia": a
 * pronoun right after the verb is its object, and a party the reason after it names is no target. True when `first`
 * lies past such a pronoun and its reason.
 */
export function pastObjectPronoun(units: readonly Unit[], headEnd: number, first: number): boolean {
  return (
    first > headEnd + 1 &&
    OBJECT_PRONOUNS.has(units[headEnd]?.lower ?? "") &&
    REASON_PREPS.has(units[headEnd + 1]?.lower ?? "")
  );
}
