// What one sentence hands the next for its pronouns and "the two leaders": moved out of code-events.ts.
import type { ActorMention } from "../domain/index.ts";
import { nextPair, type PairMemory } from "./pair-reference.ts";
import { type ActorGroup, governorOf, isLocationMention, isPlaceMention } from "./parties.ts";
import { leadingPronoun, namedPerson, PERSONAL_PRONOUNS, unknownNameSubject } from "./person-pronoun.ts";
import type { Unit } from "./sentence-units.ts";

/** The previous sentence as the next one's pronouns see it. */
export interface Carried {
  // Its subject, for an opening pronoun.
  previousSubject: ActorMention[];
  // The one person it names when its subject is a state, for an opening "he" or "she".
  previousPerson: ActorMention | undefined;
  // Its other actors, for a pronoun that cannot be its subject (otherReferent).
  previousOthers: ActorMention[];
  // The last two parties named together, for "the two leaders" (pair-reference.ts).
  pair: PairMemory;
}

/** A coded sentence's units: all of them (`units`), its own (`view`, the first `real`), its groups and speakers. */
export interface CodedSentence {
  units: readonly Unit[];
  view: readonly Unit[];
  real: number;
  groups: readonly ActorGroup[];
  speakerUnits: readonly number[];
}

/** What a sentence leaves the next, given what the one before it left (`before`) and whom its pronouns took. */
export function carryOver(
  sentence: CodedSentence,
  antecedent: { subject: readonly ActorMention[]; pairUsed: boolean },
  before: Carried,
): Carried {
  const { units, view, real, groups, speakerUnits } = sentence;
  let { previousSubject } = before;
  // The subject a pronoun of the next sentence stands for: the first party named, but never a state named only as a
  // place ("at the intersection of Armenia, Azerbaijan and Georgia", "to the Armenian-Azerbaijani border"). With no
  // such party the sentence keeps the subject it was handed.
  const parties = groups.filter((g) => !g.members.some((k) => units[k]?.attribution) && !placeOnly(units, g));
  const subj = parties[0];
  // "During his meeting with the Tajik minister, Jaishankar emphasized ... He also met": the next "he" is the speaker,
  // not the contact's partner; "we" and "they" still take in both.
  const partner = !!subj && governorOf(units, subj.first)?.lower === "with";
  const speaker = partner ? speakerUnits.find((k) => k < real && units[k]?.mention) : undefined;
  const previousOthers = groups
    .filter((g) => g !== subj && g.first < real)
    .flatMap((g) => g.members.map((k) => (units[k] as Unit).mention as ActorMention));
  // Speakers count as named: "El-Sisi stressed ..." names one of the pair again.
  const named = [...groups.filter((g) => g.first < real).flatMap((g) => g.members), ...speakerUnits];
  const namedMentions = named.map((k) => (units[k] as Unit).mention as ActorMention);
  const pair = nextPair(before.pair, namedMentions);
  let previousPerson: ActorMention | undefined;
  // "He met Tokayev. He said ...": a sentence led by "he" or "she" keeps the person it stood for as the subject.
  if (PERSONAL_PRONOUNS.has(leadingPronoun(view) ?? "") && antecedent.subject.length && !antecedent.pairUsed)
    previousSubject = [...antecedent.subject];
  else if (subj) {
    previousSubject = subj.members.map((k) => (units[k] as Unit).mention as ActorMention);
    previousPerson =
      speaker === undefined ? namedPerson(previousSubject, namedMentions) : (units[speaker] as Unit).mention;
  }
  // "The two leaders agreed ... They also signed": the pair stays the subject.
  else if (antecedent.pairUsed) previousSubject = [...antecedent.subject];
  // "Sabalenka plays Rybakina today. She ...": a person no actor names, as subject, is who the next "she" is.
  else if (unknownNameSubject(view, 0, real) >= 0) previousSubject = [];
  return { previousSubject, previousPerson, previousOthers, pair };
}

const BOUNDARY = new Set(["border", "borders", "frontier", "boundary", "checkpoint", "crossing"]);

/**
 * A group that names only where something is: "in Baku", "at the intersection of Armenia, Azerbaijan and Georgia",
 * "the border with Iran", "the Armenian-Azerbaijani border". "Ties between Uzbekistan and Azerbaijan" name parties.
 */
function placeOnly(units: readonly Unit[], g: ActorGroup): boolean {
  if (isLocationMention(units, g.first) || namesBoundary(units, g)) return true;
  const gov = governorOf(units, g.first)?.lower ?? "";
  return (gov === "of" || gov === "with") && isPlaceMention(units, g.first);
}

/** "the Armenian-Azerbaijani border", "the Kazakh-Chinese crossing": states that only name a boundary or crossing. */
function namesBoundary(units: readonly Unit[], g: ActorGroup): boolean {
  let k = g.last + 1;
  while (units[k] && (units[k]?.mention || units[k]?.lower === "-")) k++;
  return BOUNDARY.has(units[k]?.lemma ?? "");
}
