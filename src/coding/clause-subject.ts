import { ownSubjectBetween } from "./background.ts";
import { titledSpeaker } from "./envoy-speaker.ts";
import { commalessOpener, frontedSubject } from "./fronted-phrase.ts";
import { infinitiveDoer } from "./infinitive-doer.ts";
import { inApposition } from "./modifier-mention.ts";
import { dateWordsBetween } from "./month-words.ts";
import { type ActorGroup, isPronounSubject, isSubjectPosition } from "./parties.ts";
import { groupsIn, SAFE_SOURCE, type SentenceContext, type Side } from "./party-sides.ts";
import { isAddressee, personReferent } from "./person-pronoun.ts";
import { POSSESSIVE_PRONOUNS } from "./possessive-pronouns.ts";
import type { Unit } from "./sentence-units.ts";
import { isStateReference, namesState } from "./state-reference.ts";
import { RELATIVE } from "./voice.ts";

// Who does the act of a clause when no slot names it: the actor before the head, a pronoun's referent, a relative
// clause's antecedent, or the subject a clause shares with the one before it.

/** The subject of the clause the head sits in, looking left from the head. */
export function clauseSubject(ctx: SentenceContext, head: number): Side | undefined {
  const fronted = frontedSubject(ctx.units, ctx.groups, head);
  if (fronted) return { units: fronted.members, via: "subject" };
  const made = infinitiveDoer(ctx.units, ctx.groups, head);
  if (made) return { units: made, via: "subject" };
  return subjectIn(ctx, (ctx.units[head] as Unit).clause, head, 0);
}

function subjectIn(ctx: SentenceContext, clause: number, head: number, depth: number): Side | undefined {
  const { units } = ctx;
  // "condemned the attack that killed three soldiers": a relative clause on a thing has that thing as its subject.
  let rel = head - 1;
  while (rel > 0 && ["ADV", "AUX"].includes((units[rel] as Unit).pos)) rel--;
  const antecedent = units[rel - 1];
  if (RELATIVE.has(units[rel]?.lower ?? "") && antecedent?.pos === "NOUN" && !antecedent.mention) return undefined;
  // "lifted sanctions on two Indian companies that had sold equipment to Iran": a relative clause right after an
  // actor has that actor as its subject, not the subject of the clause it hangs in. A bare present ("impunity for
  // security forces who kill protesters") says what such actors do in general, not an act, and is left as it was.
  const h = units[head] as Unit;
  const barePresent = rel === head - 1 && (h.lower === h.lemma || h.lower === `${h.lemma}s`);
  if (units[rel]?.lower !== "whose" && RELATIVE.has(units[rel]?.lower ?? "") && antecedent?.mention && !barePresent) {
    const ante = ctx.groups.find((g) => g.last === rel - 1);
    if (ante && SAFE_SOURCE(ctx, ante)) return { units: ante.members, via: "relative" };
  }
  const left = groupsIn(ctx, clause).filter(
    (g) =>
      g.last < head &&
      SAFE_SOURCE(ctx, g) &&
      (isSubjectPosition(units, g) || commalessOpener(units, g)) &&
      !ownSubjectBetween(units, g.last, head),
  );
  const pronoun = lastPronoun(units, head, clause);
  let group = left.at(-1);
  const prior = left[left.length - 2];
  if (group && prior && inApposition(units, prior, group, head)) group = prior;
  if (group && (pronoun < 0 || group.last > pronoun || jointPronoun(units, group) === pronoun)) {
    // "He and Orban discussed energy": a pronoun joined to the named party is the previous sentence's subject, and
    // the two act together.
    const joined = jointPronoun(units, group);
    const partner = joined >= 0 ? resolvePronoun(ctx, joined).filter((k) => !group.members.includes(k)) : [];
    return { units: [...partner, ...group.members], via: "subject" };
  }
  if (pronoun >= 0) {
    // "Silina said the country had expelled ...": a state referred back to by a noun is a state, never a body, and
    // one its own sentence names (a speaker, a subject before it); "the country" opening a sentence may be any.
    const state = isStateReference(units, pronoun);
    const resolved = resolvePronoun(ctx, pronoun).filter(
      (k) => !state || (namesState(units[k]) && !ctx.previousSubject.includes(k)),
    );
    if (resolved.length) return { units: resolved, via: "pronoun" };
  }
  const start = units.findIndex((u) => u.clause === clause);
  if (start < 0) return undefined;
  const first = units[start] as Unit;
  if (["which", "who", "that"].includes(first.lower)) {
    const before = ctx.groups.filter((g) => g.last < start);
    const ante = before.at(-1);
    if (ante && start - ante.last <= 3) return { units: ante.members, via: "relative" };
  }
  // "..., and distanced itself", "while strengthening ties": the clause shares the previous clause's subject.
  // "..., but was still refusing": a clause opening with its auxiliary has no subject of its own either.
  const afterConjunction = ["but", "and", "yet"].includes(units[start - 1]?.lower ?? "");
  if (
    clause > 0 &&
    depth < 3 &&
    (["VERB", "CCONJ", "SCONJ", "ADV"].includes(first.pos) || (first.pos === "AUX" && afterConjunction))
  ) {
    const prior = subjectIn(ctx, clause - 1, start, depth + 1);
    if (prior) return { units: prior.units, via: "inherited" };
  }
  return undefined;
}

function lastPronoun(units: readonly Unit[], head: number, clause: number): number {
  for (let k = head - 1; k >= 0 && (units[k] as Unit).clause === clause; k--) if (isPronounSubject(units, k)) return k;
  return -1;
}

// Pronouns of one person that may join a named party in a subject.
const PERSON_PRONOUNS = new Set(["he", "she"]);

/**
 * "He and Orban", "Orban and she", "He and his Azerbaijani counterpart": the pronoun joined by "and" to the subject
 * group, or -1.
 */
function jointPronoun(units: readonly Unit[], group: ActorGroup): number {
  let k = group.first - 1;
  if (units[k]?.pos === "DET" || POSSESSIVE_PRONOUNS.has(units[k]?.lower ?? "")) k--;
  if (units[k]?.lower === "and" && PERSON_PRONOUNS.has(units[k - 1]?.lower ?? "")) return k - 1;
  if (units[group.last + 1]?.lower === "and" && PERSON_PRONOUNS.has(units[group.last + 2]?.lower ?? ""))
    return group.last + 2;
  return -1;
}

function resolvePronoun(ctx: SentenceContext, pronoun: number): number[] {
  const speakers = ctx.speakerUnits.filter((s) => s < pronoun);
  const speaker = speakers.at(-1);
  // "Armenia said on 3 May 2024 it will sign": a date's words between the saying and "it" are no new party.
  // "said the country had": a noun reference is as near as the determiner that opens it.
  const at = isStateReference(ctx.units, pronoun) ? pronoun - 1 : pronoun;
  if (speaker !== undefined && at - speaker - dateWordsBetween(ctx.units, speaker, at) <= 4) return [speaker];
  // "Russian Ambassador to Israel Anatoly Viktorov said his country": the host and the name are the speaker's title.
  if (speaker !== undefined && titledSpeaker(ctx.units, speaker, at)) return [speaker];
  const before = ctx.groups.filter(
    (g) =>
      g.last < pronoun && SAFE_SOURCE(ctx, g) && isSubjectPosition(ctx.units, g) && !isAddressee(ctx.units, g.first),
  );
  const g = before.at(-1);
  const person = personReferent(ctx.units, ctx.speakerUnits, pronoun, g?.last ?? -1);
  if (person) return "pronoun" in person ? resolvePronoun(ctx, person.pronoun) : person.units;
  if (g) return g.members;
  return [...ctx.previousSubject];
}
