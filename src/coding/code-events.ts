import type { ActorMention, ActorRef, AnnotatedArticle, CodedEvent, Token } from "../domain/index.ts";
import { actCode } from "./act-code.ts";
import { actPlaceTarget } from "./act-place.ts";
import { actorGroups } from "./actor-groups.ts";
import { leavingCode, summonedCode } from "./actor-roles.ts";
import { allegation } from "./allegations.ts";
import { bySentence, datesNotVerbs, isDateline } from "./article-slices.ts";
import { namesWeapon } from "./attack-agent.ts";
import { toldAsHeld } from "./awaited-occasion.ts";
import { adverbialLimit, inScenePhrase, inTimeScene, participleAdjunct, tieEffect } from "./background.ts";
import { backgroundMatch } from "./background-match.ts";
import { carriedCargo } from "./cargo-act.ts";
import { carryOver } from "./carried-subject.ts";
import { conditionSubject } from "./conditions.ts";
import { disasterRecipient } from "./disaster-aid.ts";
import { clauseSpan, eventDate } from "./event-details.ts";
import { fallbackPairs } from "./fallback-pairs.ts";
import { DESTINATION } from "./implicit-pairs.ts";
import { joinedInAct, joinsPeers } from "./joined-act.ts";
import type { Match } from "./match-patterns.ts";
import { withMediators } from "./mediators.ts";
import { modifiesThing, ownsThing } from "./modifier-mention.ts";
import { isMutualAct } from "./mutual-act.ts";
import { namedActDate, namedActs } from "./named-act.ts";
import { isStateGroup, ownSideObject } from "./pair-actors.ts";
import { afterBreak, NO_PAIR, namePairAfterBetween, pairAntecedent } from "./pair-reference.ts";
import type { SentenceContext } from "./party-sides.ts";
import { PATTERNS, type PatternDictionary } from "./pattern-dictionary.ts";
import { openingPronoun, otherReferent, pronounAntecedent } from "./person-pronoun.ts";
import { DESTINED, destination } from "./place-target.ts";
import { postedArrival } from "./posted-envoy.ts";
import { privateTravellers } from "./private-travellers.ts";
import { personsRally } from "./real-page-senses.ts";
import { penaltyReason } from "./reason-gerund.ts";
import { reactingVerbAfter } from "./received-act.ts";
import { receiverWish } from "./receiver-wish.ts";
import { recordEvent, type SentenceScene } from "./record-event.ts";
import type { PriorAct } from "./reply-target.ts";
import { resolveParties } from "./resolve-parties.ts";
import { blocksOther, keptFrom, NOUN_AGENT } from "./reversal.ts";
import { sentenceMatches } from "./sentence-matches.ts";
import { appendPreviousSubject, sentenceUnits, type Unit } from "./sentence-units.ts";
import { settleTarget } from "./settle-target.ts";
import { notePartner, type Partners, sharedPartner } from "./shared-partner.ts";
import { speakerPossessive } from "./speaker-possessive.ts";
import { withoutStanceOpposition } from "./stance-opposition.ts";
import {
  absorbedObjects,
  attributiveParticiple,
  disownedNoun,
  isComplement,
  isLightObject,
  negotiatedAim,
  objectStop,
  protestsFor,
} from "./trigger-scope.ts";
import { clashAtVenue, organisationGathering } from "./venue.ts";
import { withVenueTalks } from "./venue-talks.ts";
import { isNominal } from "./voice.ts";

// How a noun trigger names its own agent: "protests by X", "protests from X", "X's protests", a pattern slot.
const OWN_AGENT = new Set([...NOUN_AGENT, "slot"]);

/** Codes every sentence of an annotated article into events. Pure: same input, same events. */
export function codeEvents(doc: AnnotatedArticle, dict: PatternDictionary = PATTERNS): CodedEvent[] {
  const n = doc.sentences.length;
  const textStart = doc.article.text.search(/\S/);
  const tokens = bySentence<Token>(doc.tokens, n);
  const mentions = bySentence(
    withoutStanceOpposition(
      doc.article.text,
      doc.actors.filter((m) => !isDateline(doc, m, textStart)),
    ).sort((a, b) => a.start - b.start),
    n,
  );
  const dates = bySentence(doc.dates, n);
  const places = bySentence(doc.places, n);
  const published = doc.article.published?.slice(0, 10);
  const events: CodedEvent[] = [];
  const isHead = (lemma: string) => dict.byHead.has(lemma);
  let previousSubject: ActorMention[] = [];
  // The one person the previous sentence names when its subject is a state, for an opening "he" or "she".
  let previousPerson: ActorMention | undefined;
  // The previous sentence's other actors, for a pronoun that cannot be its subject (otherReferent).
  let previousOthers: ActorMention[] = [];
  // The acts of the last sentences, newest first: a reply may point back to the one just before ("rejected these
  // accusations"), a reaction naming the act by its noun ("condemned the strikes") to one a little further back.
  let recent: PriorAct[][] = [];
  let priorEnd = -1;
  // The last two parties named together, for "the two leaders" (pair-reference.ts).
  let pair = NO_PAIR;
  for (const sentence of doc.sentences) {
    // The text since the previous sentence: a line break ends a paragraph; only spaces let a reply point back to it.
    const gap = priorEnd >= 0 ? doc.article.text.slice(priorEnd, sentence.start) : undefined;
    if (gap?.includes("\n")) pair = afterBreak(pair);
    const prior = gap !== undefined && !gap.trim() ? (recent[0] ?? []) : [];
    const acts: PriorAct[] = [];
    recent = [acts, ...recent.slice(0, 3)];
    priorEnd = sentence.end;
    const { units, speakers, speakerUnits } = sentenceUnits(
      tokens[sentence.index] ?? [],
      mentions[sentence.index] ?? [],
      isHead,
      places[sentence.index],
    );
    namePairAfterBetween(units, pair.mentions);
    const groups = actorGroups(units);
    // Pronouns at the start of a sentence refer to the previous sentence's subject: give them a unit to point at.
    const antecedent = pairAntecedent(units, pronounAntecedent(units, previousSubject, previousPerson), pair.mentions);
    const prevUnits = appendPreviousSubject(units, antecedent.subject);
    const otherUnits = appendPreviousSubject(units, previousOthers);
    const ctx: SentenceContext = { units, groups, speakerUnits, previousSubject: prevUnits };
    const real = units.length - prevUnits.length - otherUnits.length;
    const view = units.slice(0, real);
    const sentenceDates = datesNotVerbs(view, dates[sentence.index]);
    const sentencePlaces = places[sentence.index] ?? [];
    const scene: SentenceScene = {
      doc,
      sentence,
      units,
      view,
      speakers,
      dates: sentenceDates,
      places: sentencePlaces,
      published,
    };
    const matches = sentenceMatches(view, dict, sentenceDates, groups, speakerUnits);
    // "condemned Russia's strikes on Ukraine": a noun act named with its agent and target is an act of its own.
    const named = namedActs(view, matches, sentenceDates);
    const consumed = absorbedObjects(view, matches);
    for (const n of named) consumed.delete(n);
    const actHeads = new Set(matches.map((o) => o.head));
    const seen = new Set<string>();
    const reportedAt = view.findIndex((u) => u.attribution);
    // Clauses where a verb has already been coded: a later bare noun trigger there is its topic or purpose
    // ("agreed a free-trade pact", "accused X of blackmail in the negotiations"), not a second act.
    const verbalClauses = new Set<number>();
    const partners: Partners = [];
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i] as Match;
      if (consumed.has(m)) continue;
      // A participle after a comma is an act of its own, not the coded verb's complement ("met the Kyrgyz president,
      // praising its reforms"; "fired water cannon at the ships, accusing Manila of an intrusion"), unless it only says
      // what the act did to the parties' ties ("signed a deal, deepening their partnership").
      const adjunct = participleAdjunct(view, m.head - 1) && !tieEffect(view, m.head);
      const complementOf =
        verbalClauses.has((view[m.head] as Unit).clause) && !m.slotS.length && isComplement(view, m.head);
      if (complementOf && !adjunct && !named.has(m)) continue;
      // "joined Germany in condemning Russia" acts by condemning only (joined-act.ts); "joining Greece" as buyer: none.
      if (!m.pattern.sym && (joinedInAct(view, m.head, actHeads) >= 0 || joinsPeers(view, m.head))) continue;
      // "in talks to reach a deal on X": the aim is not done, and the nouns after it are its own, no acts either.
      if (attributiveParticiple(view, m.head)) continue;
      if (negotiatedAim(view, m.head)) {
        verbalClauses.add((view[m.head] as Unit).clause);
        continue;
      }
      // A converted dictionary verb in a clause whose act is already coded elaborates it ("seek to deepen a partnership
      // by promoting biofuels"), unless it is a penalty's reason ("fined Iran for exporting tools to Russia").
      if (m.pattern.tier && verbalClauses.has((view[m.head] as Unit).clause) && !penaltyReason(view, m.head)) continue;
      const nominal = isNominal(view, m.head);
      // An act the sentence only refers to (history, a standing stance, a charge, a reference) is not reported here.
      if (backgroundMatch(view, m, nominal, published, sentence.index === 0)) continue;
      const reported = reportedAt >= 0 && reportedAt < m.head;
      const act = actCode(view, matches, i, consumed, reported, nominal);
      if (!act) continue;
      const { complement, reverser, mood, condition } = act;
      let code = act.code;
      // "Russia and Ukraine clashed at the UN Security Council": words exchanged at a venue, not force; still mutual.
      const wordsClash = code.startsWith("19") && clashAtVenue(view, m.head);
      if (wordsClash) code = "111";
      // The object search stops at the next verb trigger: "met X and attacked Y" are two acts with two targets.
      const next = matches.find(
        (o, k) =>
          k > i && !consumed.has(o) && o !== complement && o.head > (complement ?? m).end && !isNominal(view, o.head),
      );
      // "condemned and rejected the decision": verbs joined before one object share it (objectStop).
      const stop = objectStop(view, matches, i, complement ? undefined : next)?.head ?? real;
      let limit = adverbialLimit(view, (complement ?? m).end, Math.min(stop, clauseSpan(view, m.head).last + 1));
      // "X's crackdown on protesters drew US criticism": a noun act's parties end at the verb that reacts to it.
      const reacting = nominal && !complement ? reactingVerbAfter(view, m.head, m.end, limit) : -1;
      if (reacting >= 0) limit = reacting;
      const probe = complement ? { ...m, end: complement.end, slotT: m.slotT.length ? m.slotT : complement.slotT } : m;
      const parties = resolveParties(ctx, probe, complement ? clauseSpan(view, complement.head).last + 1 : limit);
      if (nominal && organisationGathering(view, m.pattern.code, parties)) continue;
      // "hopes to receive aid from the EU" is no pledge of the EU's; "wants to receive aid from Y" appeals to Y.
      const wish = receiverWish(view, m, m.pattern.code);
      if (wish?.kind === "none") continue;
      if (wish) [code, parties.source, parties.target] = [wish.code, parties.target, parties.source];
      // "Hungary blocked EU sanctions": one actor stopping another's act is not that actor undoing its own.
      const kept = reverser >= 0 ? keptFrom(ctx, reverser, code, parties) : undefined;
      if (kept) Object.assign(parties, kept);
      else if (reverser >= 0 && blocksOther(ctx, reverser, parties)) continue;
      if (settleTarget({ ctx, view, matches, m, complement, code, parties, limit, nominal }))
        verbalClauses.add((view[m.head] as Unit).clause);
      const together = isMutualAct(view, m, complement, code, wordsClash);
      parties.target ??= sharedPartner(partners, view, m, code, parties, together);
      // "Estonia said Russia had expelled two of its diplomats": a hostile act on "its" people wrongs the speaker.
      if (!parties.target && parties.source && Number(code.slice(0, 2)) >= 16) {
        const wronged = speakerPossessive(
          view,
          speakerUnits,
          m.head,
          (complement ?? m).headEnd,
          limit,
          parties.source.units,
        );
        if (wronged !== undefined) parties.target = { units: [wronged], via: "object" };
      }
      // "despite hours of talks": a scene-setting noun is a second act only when it names its own agent
      // ("despite protests from Baku"); otherwise its parties are borrowed from the main act.
      // "denied accusations", "investigated the attack": nor is a noun act whose verb disowns it the subject's own.
      // "intercepted a ship carrying aid to Gaza": the cargo is the sender's act, not the subject's (cargo-act.ts).
      // "since Russia's invasion", "before the anniversary of Moscow's invasion": a time's starting point is never one.
      if (
        nominal &&
        (((inScenePhrase(view, m.head) || disownedNoun(view, m.head) || carriedCargo(view, m.head)) &&
          !OWN_AGENT.has(parties.source?.via ?? "")) ||
          inTimeScene(view, m.head))
      )
        continue;
      // A visit or a deployment is aimed at where it goes ("arrived in Amman"), a mission at the state it sits in.
      const destined =
        DESTINED.has(m.pattern.code) || DESTINED.has(complement?.pattern.code ?? "") || m.pattern.placeTarget;
      if (!parties.target && destined) {
        const at = destination(view, groups, (complement ?? m).headEnd, limit);
        if (at) parties.target = { units: at, via: "object" };
      }
      // "will retaliate if Israel strikes": the threat is aimed at whom the condition binds, a party of its own clause.
      if (!parties.target && code.startsWith("13") && condition) {
        const bound = conditionSubject(groups, condition.at);
        if (bound) parties.target = { units: bound, via: "object" };
      }
      // A converted dictionary verb is trusted only with both parties in its own clause: no pronoun, no context.
      if (
        m.pattern.tier &&
        !complement &&
        (!["subject", "slot", "passive", "by"].includes(parties.source?.via ?? "") ||
          !["object", "slot", "passive"].includes(parties.target?.via ?? ""))
      )
        continue;
      // The date the text gives the act, read once: where a destination stood then, and the event's own date.
      const dated =
        (named.has(m) ? namedActDate(view, m.head, sentenceDates) : undefined) ??
        eventDate(view, m.head, sentenceDates, Math.max(m.headEnd, m.end) - 1, published);
      let goesTo = parties.target
        ? undefined
        : actPlaceTarget(scene, { m, complement, code, parties, limit, destined, date: dated ?? published });
      // "A typhoon battered the Philippines, and China sent aid": aid with no recipient goes where the disaster struck.
      if (!parties.target && !goesTo && (code.startsWith("07") || code.startsWith("033"))) {
        const own = (parties.source?.units ?? []).map((k) => units[k]?.mention?.actor.code ?? "");
        const struck = parties.source ? disasterRecipient(view, m.head, own) : undefined;
        if (struck !== undefined) parties.target = { units: [struck], via: "object" };
      }
      // An alleged hostile act is an accusation by whoever alleges it ("claimed that X attacked Y").
      const alleged = allegation(ctx, m.head, code, parties);
      if (alleged === null) continue;
      if (alleged) {
        code = "112";
        parties.source = alleged.source;
        parties.target = alleged.target;
      }
      // "Trump met Zelensky. He criticised Mr. Trump": the previous subject cannot be its own target.
      const opening = parties.source?.via === "pronoun" ? openingPronoun(view, m.head) : undefined;
      if (opening && parties.source?.units.every((k) => k >= real) && parties.target) {
        const other = otherReferent(units, parties.source.units, parties.target.units, otherUnits, opening);
        if (other) parties.source = { units: other, via: "pronoun" };
      }
      const sources = parties.source?.units ?? [];
      if (personsRally(view, m.head, sources) || privateTravellers(units, code, sources)) continue;
      if (postedArrival(view, m.head, code, sources, published)) continue;
      // "Washington and the Taliban held talks on a deal for US troops to leave": a joint subject's mutual act whose
      // only object is one side's own people is between the two sides, not aimed at that side's own; so is a pattern
      // slot's ("Bangladesh and Myanmar agreed to repatriate Rohingya refugees": Myanmar's people, not its partner).
      const objectVia = parties.target?.via === "object" || parties.target?.via === "slot";
      if (together && objectVia && ownSideObject(units, sources, parties.target!.units)) parties.target = undefined;
      let targets = parties.target?.units ?? [];
      // One meets people, not things ("hosted Russian nuclear arms") nor what the subject names ("Chile's proposal").
      const subjectThing = (t: number) => parties.target?.via === "subject" && ownsThing(units, t);
      if (code.startsWith("04")) targets = targets.filter((t) => !modifiesThing(units, t, targets) && !subjectThing(t));
      // "Iranian missiles were intercepted by Israel", "a Russian spy's call was intercepted": no party shown force.
      if (code.startsWith("15") && parties.target?.via === "subject")
        targets = targets.filter((t) => !namesWeapon(units, t) && !ownsThing(units, t));
      code = summonedCode(leavingCode(code, targets, units, m.head), targets, units, m.head);
      if (!code) continue;
      const pairs: Array<[number, number]> = [];
      // A joint subject with no target acts on each other only in a mutual act ("X and Y signed", not "condemned").
      // "The two Koreas held talks": a named group of states alone is a joint subject of its members.
      const group = sources.length === 1 && isStateGroup(units, sources[0] as number);
      const reciprocal = !targets.length && (sources.length > 1 || group) && together;
      if (reciprocal) targets = sources;
      for (const s of sources) for (const t of targets) if (s !== t || (reciprocal && group)) pairs.push([s, t]);
      // A mutual act is both sides', unless only meant ("ready to talk with Y"), stopped or got "from" a giver.
      const mutual =
        parties.target && ["slot", "object"].includes(parties.target.via) && parties.source?.via !== "from";
      if (m.pattern.sym && !reciprocal && mutual && mood !== "future" && reverser < 0)
        for (const s of sources) for (const t of targets) pairs.push([t, s]);
      if (goesTo && !pairs.length) for (const s of sources) pairs.push([s, DESTINATION]);
      // "rallied to protest against NATO": with no one named, the purpose act after it says whom it is aimed at.
      if (!pairs.length && protestsFor(view, matches, i)) continue;
      let unnamed: ActorRef | undefined;
      if (!pairs.length) {
        const found = fallbackPairs({
          units,
          m,
          acts,
          prior,
          earlier: recent.slice(1).flat(),
          implicit: {
            code,
            units,
            view,
            groups,
            head: m.head,
            sources,
            targets,
            hasSource: !!parties.source,
            hasTarget: !!parties.target,
            ownTarget: !!(m.pattern.ownTarget || complement?.pattern.ownTarget),
            places: sentencePlaces,
          },
        });
        pairs.push(...found.pairs);
        goesTo = found.goesTo ?? goesTo;
        unnamed = found.unnamed;
      }
      if (!pairs.length) continue;
      // "Before the talks between Tokayev and Putin, ...", in a report that told those talks: no second, planned one.
      if (code === "036" && nominal && toldAsHeld(units, m.head, pairs, events)) continue;
      notePartner(partners, m, code, parties);
      if (!nominal || isLightObject(view, m.head)) verbalClauses.add((view[m.head] as Unit).clause);
      recordEvent(scene, { m, code, mood, nominal, parties, dated, pairs, unnamed, goesTo }, { seen, acts, events });
    }
    ({ previousSubject, previousPerson, previousOthers, pair } = carryOver(
      { units, view, real, groups, speakerUnits },
      antecedent,
      { previousSubject, previousPerson, previousOthers, pair },
    ));
  }
  return withVenueTalks(withMediators(doc, events));
}
