// What one sentence hands the next for its pronouns and "the two leaders": moved out of code-events.ts.
import type { ActorMention } from "../domain/index.ts";
import { nextPair, type PairMemory } from "./pair-reference.ts";
import type { ActorGroup } from "./parties.ts";
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
  const subj = groups.find((g) => !g.members.some((k) => units[k]?.attribution));
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
    previousPerson = namedPerson(previousSubject, namedMentions);
  }
  // "The two leaders agreed ... They also signed": the pair stays the subject.
  else if (antecedent.pairUsed) previousSubject = [...antecedent.subject];
  // "Sabalenka plays Rybakina today. She ...": a person no actor names, as subject, is who the next "she" is.
  else if (unknownNameSubject(view, 0, real) >= 0) previousSubject = [];
  return { previousSubject, previousPerson, previousOthers, pair };
}
