import { appositiveClause } from "./appositive-clause.ts";
import { attackerAfter, onlyBackers, reportedDowner } from "./attack-agent.ts";
import { adverbialBetween, inSceneOf } from "./background.ts";
import { betweenPair, hyphenedObject, hyphenedPair } from "./between-pair.ts";
import { FORCE_ROOTS } from "./cameo-table.ts";
import { clauseSubject } from "./clause-subject.ts";
import { commonNounObject } from "./common-object.ts";
import { frontedPartner } from "./fronted-phrase.ts";
import { privateParty, unrealBetween } from "./gathering-parties.ts";
import type { Match } from "./match-patterns.ts";
import { backsNamedActor, isModifierMention, occasionMention, ownedBy } from "./modifier-mention.ts";
import {
  type ActorGroup,
  governorOf,
  isFiniteVerb,
  isPlaceMention,
  isSubjectPosition,
  isTargetPosition,
} from "./parties.ts";
import { groupsIn, type Parties, SAFE_SOURCE, type SentenceContext, type Side } from "./party-sides.ts";
import { patientOwner, subjectPhraseActor } from "./passive-subject.ts";
import { pastObjectPronoun } from "./person-pronoun.ts";
import { envoyHost } from "./posted-envoy.ts";
import { purposeInfinitiveBetween } from "./purpose-adjunct.ts";
import { reasonDoer } from "./reason-gerund.ts";
import { beforeAside, receivingVerb } from "./received-act.ts";
import { mentionedAct } from "./recounted-act.ts";
import { relativeObject } from "./relative-object.ts";
import type { Unit } from "./sentence-units.ts";
import { speakerOwner } from "./speaker-possessive.ts";
import { agentTimePhraseBetween, inTimePhrase } from "./time-phrase.ts";
import { isSponsor, isVenue } from "./venue.ts";
import {
  agentOfObject,
  carrierParticiple,
  isNominal,
  isPassive,
  isReducedActive,
  isReducedPassive,
  participleSubject,
  passiveAfterNoun,
  prenominal,
  reducedRelativeBetween,
  verbBetween,
} from "./voice.ts";

function after(
  ctx: SentenceContext,
  m: Match,
  limit: number,
  want: (g: ActorGroup) => boolean,
): ActorGroup | undefined {
  const clause = (ctx.units[m.head] as Unit).clause;
  return groupsIn(ctx, clause).find((g) => g.first >= m.headEnd && g.first < limit && want(g));
}

const govIs = (ctx: SentenceContext, g: ActorGroup, words: string[]) =>
  words.includes(governorOf(ctx.units, g.first)?.lower ?? "");

// "held talks on Afghanistan", "agreed on Syria": after a cooperative talk or accord, "on/about X" is the topic;
// "formed an alliance against Britain": whom it is against is no partner in it.
const TOPIC_ROOTS = new Set(["03", "04", "05", "06"]);
const TOPIC_PREP = ["on", "about", "regarding", "concerning"];
// Verbs whose subject authors their object: "issued a statement condemning", "sent a letter urging", "handed him a
// note declaring".
const AUTHOR_VERBS = new Set([
  "issue",
  "hand",
  "release",
  "publish",
  "send",
  "adopt",
  "pass",
  "sign",
  "make",
  "deliver",
  "write",
]);
// Pronouns an authored thing is given to: "handed him a note", "sent them a letter".
const INDIRECT = new Set(["him", "her", "them"]);
// "discussed Syria", "debated sanctions against Russia": what these verbs take is what is talked about; only "with X"
// names a party.
const TOPIC_VERBS = new Set(["discuss", "debate"]);

/** Source and target of one trigger from the slots, voice and word order around it. */
export function resolveParties(ctx: SentenceContext, m: Match, limit: number): Parties {
  const { units } = ctx;
  const parties: Parties = {};
  // "The forum gathered investors from A and B": private people of two states meeting are no meeting of the states.
  if (gatheringInSlot(m) && m.slotS.some((i) => privateParty(units, i))) return parties;
  if (m.slotS.length) parties.source = { units: m.slotS, via: "slot" };
  // "lifted sanctions on the Russian proxy state": a slot actor that only names whom the target stands in for is not it.
  if (m.slotT.length && !m.slotT.every((i) => isModifierMention(units, i) === "pro"))
    parties.target = { units: [...hyphenedObject(units, m.slotT)], via: "slot" };
  const nominal = isNominal(units, m.head);
  if (m.pattern.subjectTarget && !parties.target) {
    const subject = clauseSubject(ctx, m.head);
    if (subject) parties.target = { units: subject.units, via: "subject" };
  }
  // "resumed UN-sponsored talks": an actor that sponsors or brokers the act inside the trigger's phrase is no party;
  // nor is the backer of an actor named after it ("battled U.S.-backed Kurdish militia": the militia is the target).
  const sponsor = (i: number) => (i < m.end && isModifierMention(units, i) === "backed") || backsNamedActor(units, i);
  const targetOk = (g: ActorGroup) =>
    !g.members.some((i) => isPlaceMention(units, i) || isModifierMention(units, i) === "pro" || sponsor(i)) &&
    (isTargetPosition(units, g, m.head) || (!nominal && agentOfObject(units, g, m.end)));
  // "is alarmed by Russia's moves": a pattern whose target slot follows its "by" reads the feeling, not a passive act.
  const byTarget = units[(m.slotT[0] ?? 0) - 1]?.lower === "by";
  if (!nominal && isPassive(units, m.head) && !byTarget) {
    // "The contract was signed between Rosneft and ONGC": the sides after "between" are both the act's parties.
    const sides = m.slotT.length ? undefined : betweenPair(ctx, m, nominal);
    if (sides?.length) return { source: { units: sides, via: "slot" } };
    const by = after(ctx, m, limit, (g) => govIs(ctx, g, ["by"]));
    if (by && !onlyBackers(units, by)) parties.source ??= { units: by.members, via: "passive" };
    // "were killed in a Russian missile strike": with no "by" agent, the attack a force act happened in names it.
    const forceAct = FORCE_ROOTS.has(m.pattern.code.slice(0, 2));
    const attacker = by || !forceAct ? undefined : attackerAfter(ctx, m, limit);
    if (attacker) parties.source ??= { units: attacker.members, via: "passive" };
    const subject = clauseSubject(ctx, m.head) ?? subjectPhraseActor(ctx, m.head);
    if (subject) parties.target ??= { units: subject.units, via: "passive" };
    const downer = subject && !parties.source && forceAct ? reportedDowner(ctx, m.head, subject.units) : undefined;
    if (downer) parties.source = { units: downer, via: "passive" };
    // "Chile's ambassador to Peru was summoned": with no one named doing it, the host state did.
    const host = subject && !parties.source ? envoyHost(units, subject.units, m.head, m.pattern.code) : -1;
    if (host >= 0) parties.source = { units: [host], via: "passive" };
    // "a loan was granted to Pakistan by China": with a thing as subject, the party it goes to is the target.
    if (!subject) parties.target ??= recipient(ctx, m, limit, parties);
    return parties;
  }
  // "property seized by government forces", "civilians killed by Russian troops": a participle right after a
  // noun, with its "by" agent, is a passive whose patient is that noun; the clause subject is not involved.
  if (!nominal && isReducedPassive(units, m.head)) {
    const by = after(ctx, m, limit, (g) => govIs(ctx, g, ["by"]));
    if (by && !onlyBackers(units, by)) parties.source ??= { units: by.members, via: "passive" };
    const patient = participleSubject(units, m.head);
    if (units[patient]?.mention) parties.target ??= { units: [patient], via: "passive" };
    // "the loan, granted by China to Pakistan": with a thing as patient, the party it goes to is the target; with
    // none, the state the patient belongs to ("British sailors detained by Iran").
    else parties.target ??= recipient(ctx, m, limit, parties) ?? patientOwner(ctx, patient);
    return parties;
  }
  // "blocked a UN resolution condemning X": the participle's subject is the noun before it, acting for the actor
  // that owns the noun ("UN"); with no such owner the act has no known source, never the clause subject.
  if (!nominal && isReducedActive(units, m.head)) {
    const owner = ctx.groups.find(
      (g) => g.last < m.head - 1 && g.last >= m.head - 5 && prenominal(units, g.last, m.head - 1),
    );
    // "issued a declaration demanding": the author of what was issued is the clause subject.
    // "handed him a note declaring": a pronoun the note is given to stands between the verb and its object.
    const gov = governorOf(units, m.head - 1);
    const byVerb = gov && INDIRECT.has(gov.lower) ? units[units.indexOf(gov) - 1] : gov;
    const authored = AUTHOR_VERBS.has(byVerb?.lemma ?? "");
    if (!owner && !authored) return parties;
    if (owner) parties.source ??= { units: owner.members, via: "prenominal" };
  }
  // "talks between Serbia and Kosovo angered Russia": the pair is the whole act; Russia is the verb's object.
  const pair = m.slotT.length ? undefined : betweenPair(ctx, m, nominal);
  if (pair) return { source: { units: pair, via: "slot" } };
  // "sanctions imposed by the EU on Belarus": the participle carrying a noun act, whose parties come after it.
  let carrier = -1;
  if (nominal) {
    // "crimes committed by X" after the noun: the "by" belongs to that verb, not to the noun's act, unless the noun
    // is that passive verb's subject ("aid was sent to Turkey by Azerbaijan").
    if (units[m.head - 1]?.pos !== "ADP") carrier = carrierParticiple(units, m.end);
    const passive = carrier >= 0 || units[m.head - 1]?.pos === "ADP" ? carrier : passiveAfterNoun(units, m.end);
    const by = after(
      ctx,
      m,
      limit,
      // "a probe into war crimes by Russia": a "by" the pattern took as its target names the investigated.
      (g) =>
        govIs(ctx, g, ["by"]) &&
        SAFE_SOURCE(ctx, g) &&
        (passive >= 0 ? g.first > passive : !verbBetween(units, m.headEnd, g.first)) &&
        !g.members.some((i) => m.slotT.includes(i)),
    );
    if (by) parties.source ??= { units: by.members, via: "by" };
    const pre = ctx.groups.find((g) => g.last < m.head && g.last >= m.head - 4 && prenominal(units, g.last, m.head));
    if (pre) {
      if (m.pattern.preTarget) parties.target ??= { units: pre.members, via: "prenominal" };
      else if (SAFE_SOURCE(ctx, pre)) parties.source ??= { units: [...hyphenedPair(units, pre)], via: "prenominal" };
    }
    // "Kobakhidze said his meeting with Li Qiang ...": the speaker "his" points back at owns the act.
    const owner = parties.source ? undefined : speakerOwner(units, ctx.speakerUnits, m.head);
    if (owner !== undefined) parties.source = { units: [owner], via: "prenominal" };
    const from = after(ctx, m, Math.min(limit, m.end + 3), (g) => govIs(ctx, g, ["from"]));
    if (from && !from.members.some((i) => parties.target?.units.includes(i)))
      parties.source ??= { units: from.members, via: "from" };
    // "Germany faced Russian criticism over ...": the subject of a receiving verb is the one the act falls on.
    const receiving = parties.target ? -1 : receivingVerb(units, m.head);
    if (receiving >= 0) {
      const subject = clauseSubject(ctx, beforeAside(units, receiving));
      if (subject) parties.target = { units: subject.units, via: "object" };
    }
  }
  const own = parties.source;
  const doer = parties.source ? undefined : reasonDoer(units, ctx.groups, m.head);
  if (doer) parties.source = { units: doer, via: "subject" };
  if (!parties.source) {
    const subject = clauseSubject(ctx, m.head);
    if (subject) parties.source = subject;
  }
  // "the fight against militants": the object is named, and is no party.
  const aimless = nominal && commonNounObject(units, m.end);
  if (!parties.target && !aimless) {
    const topical = TOPIC_ROOTS.has(m.pattern.code.slice(0, 2));
    const meeting = !nominal && m.pattern.code.startsWith("04");
    const object = after(
      ctx,
      m,
      limit,
      // "opened its borders to Africans ordered out of Nigeria": past another verb, the actor is that verb's.
      (g) =>
        targetOk(g) &&
        !(topical && govIs(ctx, g, TOPIC_PREP)) &&
        !(topical && !m.pattern.governs && govIs(ctx, g, ["against"])) &&
        !(TOPIC_VERBS.has((units[m.head] as Unit).lemma) && !govIs(ctx, g, ["with"])) &&
        !g.members.some((i) => parties.source?.units.includes(i) || ownedBy(units, i, parties.source?.units)) &&
        !reducedRelativeBetween(units, Math.max(m.end, carrier), g.first) &&
        !agentTimePhraseBetween(units, Math.max(m.end, carrier), g.first) &&
        !subjectAfterBreak(units, Math.max(m.end, carrier), g) &&
        // "met in Warsaw to underline their unity toward Russia": Russia is the aim's, not the meeting's partner.
        !(meeting && purposeInfinitiveBetween(units, m.end, g.first)) &&
        !appositiveClause(units, m.end, g) &&
        // "an attack Russia condemned": a name right after a noun act, with a verb of its own, is that verb's subject.
        !(nominal && g.first === m.end && isFiniteVerb(units[g.last + 1])) &&
        !occasionMention(units, g) &&
        !isVenue(units, g, parties.source?.units) &&
        !isSponsor(units, g) &&
        !inSceneOf(units, g.first) &&
        !pastObjectPronoun(units, m.headEnd, g.first) &&
        // "The talks were co-chaired by Norway and would have included Israel": a counterfactual party did not meet.
        !(sidesInSlot(m) && unrealBetween(units, m.end, g.first)),
    );
    if (object) parties.target = { units: [...hyphenedObject(units, object.members)], via: "object" };
  }
  // "Zambia, which Angola accused of ...", "Following talks with Iran, Iraq agreed": the antecedent, the partner.
  if (!parties.target && parties.source?.via === "subject" && !nominal) {
    const src = parties.source.units;
    const aim =
      relativeObject(units, ctx.groups, src, m.head, m.headEnd) ?? frontedPartner(units, ctx.groups, m.head, src);
    if (aim) parties.target = { units: aim, via: "object" };
  }
  // A nominal act with its own agent ("protests from Baku", "Moscow's pressure") is aimed at the clause's actor.
  // Without an agent of its own, only the subject of another clause can be its aim ("threats ..., but Azerbaijan").
  if (!parties.target && !aimless && nominal && parties.source && !inTimePhrase(units, m.head) && !sidesInSlot(m)) {
    const src = parties.source.units;
    const clause = (units[m.head] as Unit).clause;
    // "Germany mentioned Russia's seizure of the tanker": a verb that only names the act is no answer to it.
    const mentioned = !!own && mentionedAct(units, m.head);
    const other = ctx.groups.find(
      (g) =>
        !g.members.some((i) => src.includes(i)) &&
        ((own && !mentioned) || (units[g.first] as Unit).clause !== clause) &&
        (units[g.first] as Unit).clause >= 0 &&
        SAFE_SOURCE(ctx, g) &&
        isSubjectPosition(units, g) &&
        !adverbialBetween(units, g.first, m.head),
    );
    if (other) parties.target = { units: other.members, via: "context" };
  }
  return parties;
}

/**
 * A mutual act whose pattern names all its sides in one slot after it ("talks between $S", "the summit was attended by
 * $S"): with one side there ("was attended by Ukraine, while Russia was not invited") the other is not in the context.
 */
function sidesInSlot(m: Match): boolean {
  const slotOnlyS = !m.pattern.elements.some((e) => e.kind === "slot" && e.role === "T");
  return m.pattern.sym && slotOnlyS && (m.slotS[0] ?? -1) > m.head;
}

/** A meeting named with its parties after it ("the forum brought together $S"). */
function gatheringInSlot(m: Match): boolean {
  return sidesInSlot(m) && m.pattern.code.startsWith("04");
}

// Marks that end one clause and open another: "Moldovans protested - the EU is their future".
const CLAUSE_BREAKS = new Set(["-", "–", "—", ";"]);

/** A semicolon, or a dash with space on either side (not the hyphen of "government-held"). */
function isClauseBreak(units: readonly Unit[], k: number): boolean {
  const u = units[k];
  if (!u || !CLAUSE_BREAKS.has(u.lower)) return false;
  return u.lower === ";" || units[k - 1]?.end !== u.start || units[k + 1]?.start !== u.end;
}

/**
 * "Moldovans protested - the EU is their future", "... - Europe is a shield against Moscow": past a dash or
 * semicolon, once a verb of its own opens the next clause, the parties after it, and a party right before that verb,
 * belong to that clause, not to the act before the break.
 */
function subjectAfterBreak(units: readonly Unit[], from: number, g: ActorGroup): boolean {
  let broken = false;
  for (let i = from; i <= g.last; i++) {
    if (isClauseBreak(units, i)) broken = true;
    else if (broken && i < g.first && isFiniteVerb(units[i])) return true;
    else if (broken && units[i]?.mention) {
      let k = i + 1;
      while (units[k]?.pos === "ADV") k++;
      if (isFiniteVerb(units[k])) return true;
    }
  }
  return false;
}

/** Whom a thing passively given or imposed goes to: "granted to X", "imposed on X"; not the passive's agent. */
function recipient(ctx: SentenceContext, m: Match, limit: number, parties: Parties): Side | undefined {
  const to = after(ctx, m, limit, (g) => govIs(ctx, g, PASSIVE_RECIPIENT) && SAFE_SOURCE(ctx, g));
  return to && !to.members.some((i) => parties.source?.units.includes(i))
    ? { units: to.members, via: "passive" }
    : undefined;
}

// Whom a thing passively given or imposed goes to: "was granted to X", "were imposed on X".
const PASSIVE_RECIPIENT = ["to", "on", "against", "upon"];
