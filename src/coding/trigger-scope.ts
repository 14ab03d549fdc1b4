// Which triggers a sentence codes: noun triggers absorbed by a verb, noun modifiers, promises not to act.

import { heldContact } from "./held-contact.ts";
import type { Match } from "./match-patterns.ts";
import { DENYING } from "./modality.ts";
import { penaltyReason } from "./reason-gerund.ts";
import type { Unit } from "./sentence-units.ts";
import { carrierParticiple, isNominal } from "./voice.ts";

/** "EC truce monitors", "aid workers": a bare noun trigger that modifies the noun after it names no act. */
export function isNounModifier(units: readonly Unit[], m: Match): boolean {
  const next = units[m.end];
  return (
    m.end === m.headEnd &&
    (units[m.head] as Unit).pos === "NOUN" &&
    next?.pos === "NOUN" &&
    !next.mention &&
    !FORCE_HEADS.has(next.lemma) &&
    !FORCE_HEADS.has(next.lower)
  );
}

// "peacekeeping troops", "mediation efforts": the noun after names who carries the act out or the act itself.
const FORCE_HEADS = new Set([
  "troop",
  "force",
  "soldier",
  "convoy",
  "unit",
  "effort",
  "process",
  "mission",
  "operation",
  "campaign",
  "bid",
  "initiative",
  "attempt",
  "plan",
]);

/** "not to", "never to" right after a promise verb (adverbs may sit between). */
export function promisesNotTo(units: readonly Unit[], from: number): boolean {
  let negated = false;
  for (let k = from; k < units.length && k < from + 4; k++) {
    const w = (units[k] as Unit).lower;
    if (w === "not" || w === "never") negated = true;
    else if (w === "to") return negated;
    else if ((units[k] as Unit).pos !== "ADV") return false;
  }
  return false;
}

const QUOTE_MARKS = new Set(["`", "``", "''", '"', "“", "”", "‘", "’", "'"]);
// Verbs whose noun object is the act itself: "held talks", "launched strikes"; and verbs that only step an act up,
// so "stepped up attacks on Ukraine", "intensified its shelling of Kharkiv" are the attacks themselves, not a
// dictionary verb of increase (PETRARCH's 060) that takes the attacks as its object and codes nothing.
const LIGHT_VERBS = new Set([
  "hold",
  "launch",
  "issue",
  "stage",
  "make",
  "conduct",
  "pursue",
  "sign",
  "open",
  "begin",
  "file",
  "bring",
  "step",
  "escalate",
  "intensify",
  "redouble",
  "ramp",
]);

const NOUN_PHRASE = new Set(["DET", "ADJ", "NOUN", "NUM"]);

/** The unit right before the noun phrase a noun at `head` ends ("denied [the fresh accusations]"): its verb, if any. */
export function beforeNounPhrase(units: readonly Unit[], head: number): number {
  let k = head - 1;
  while (k >= 0 && NOUN_PHRASE.has((units[k] as Unit).pos) && !(units[k] as Unit).mention) k--;
  return k;
}

/** "began a hunger strike", "staged a protest": a noun trigger that is the object of a light verb is a verbal act. */
export function isLightObject(units: readonly Unit[], head: number): boolean {
  const k = beforeNounPhrase(units, head);
  const verb = units[k];
  return k < head - 1 && verb?.pos === "VERB" && LIGHT_VERBS.has(verb.lemma);
}

/** A noun trigger that is the object of a verb trigger ("rejected recognition") is part of the verb's act. */
export function absorbedObjects(units: readonly Unit[], matches: readonly Match[]): Set<Match> {
  const out = new Set<Match>();
  for (const v of matches) {
    const head = units[v.head] as Unit;
    if (head.pos !== "VERB" || isNominal(units, v.head) || LIGHT_VERBS.has(head.lemma)) continue;
    for (const n of matches) {
      if (n.head < v.end || n.head > v.end + 8 || (units[n.head] as Unit).pos !== "NOUN") continue;
      // "praised the deal in a phone call with Putin": a contact set beside the act is no part of its object.
      if (heldContact(units, n.head)) continue;
      let words = 0;
      for (let k = v.end; k < n.head; k++) if (!QUOTE_MARKS.has((units[k] as Unit).lower)) words++;
      if (words > 4) continue;
      // "rejected an Australian ultimatum", "agreed upon a new free-trade pact": modifiers, names, one preposition.
      let between = true;
      for (let k = v.end; k < n.head; k++) {
        const u = units[k] as Unit;
        // "condemned as ``unacceptable'' allegations": a predicative "as" and quotes sit inside the object too.
        const quote = QUOTE_MARKS.has(u.lower) || (k === v.end && u.lower === "as");
        if (
          !(
            ["DET", "ADJ", "NUM"].includes(u.pos) ||
            u.mention ||
            u.lower === "-" ||
            quote ||
            (k === v.end && u.pos === "ADP")
          )
        )
          between = false;
      }
      if (between) out.add(n);
    }
  }
  // "the sanctions imposed by the EU on Belarus": the participle carrying a noun act is that act, not a second one.
  for (const n of matches) {
    const carrier = isNominal(units, n.head) ? carrierParticiple(units, n.end) : -1;
    if (carrier >= 0) for (const v of matches) if (v.head === carrier) out.add(v);
  }
  return out;
}

/** ", a close partner of the EU,": a noun inside an apposition describes an actor, it reports no act. */
export function inAppositive(units: readonly Unit[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k > head - 8; k--) {
    const u = units[k] as Unit;
    if (u.pos === "VERB" || u.pos === "AUX" || u.clause !== (units[head] as Unit).clause) return false;
    if (u.lower === ",") return !!units[k - 1]?.mention && ["DET"].includes(units[k + 1]?.pos ?? "");
  }
  return false;
}

/**
 * A bare noun trigger, a purpose infinitive ("met Assad to discuss") or a participle that elaborates the verb
 * ("demonstrated on Sunday calling for independence"): part of an earlier verb's act.
 */
export function isComplement(units: readonly Unit[], head: number): boolean {
  const u = units[head] as Unit;
  if (penaltyReason(units, head) || heldContact(units, head)) return false;
  const participle = u.pos === "VERB" && u.lower.endsWith("ing") && units[head - 1]?.pos !== "NOUN";
  return isNominal(units, head) || units[head - 1]?.lower === "to" || participle;
}

// Prefixes written with a hyphen that leave the word a verb: "re-imposed", "co-sponsored", "counter-attacked".
const VERB_PREFIXES = new Set("re co pre counter anti non de un over under out inter".split(" "));

/** "the crisis-struck OPEC nation", "a drought-hit region": a trigger word hyphened onto a word before it, in one
 * word, is half of a compound adjective. */
function compoundModifier(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  const dash = units[head - 1];
  const first = units[head - 2];
  if (dash?.lower !== "-" || !first || first.mention || VERB_PREFIXES.has(first.lower)) return false;
  return dash.end === h.start && first.end === dash.start && /^[a-z]+$/.test(first.lower);
}

// Quantifiers that may float between a subject and its verb: "have all expelled", "both condemned".
const FLOATED = new Set(["all", "both", "each"]);

/**
 * "the flow of sanctioned goods to Russia", "two blockaded ports": a past participle between a determiner or a
 * preposition and the noun it qualifies describes the thing; it reports no act.
 */
export function attributiveParticiple(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  if (compoundModifier(units, head)) return true;
  if (h.pos !== "VERB" || !h.lower.endsWith("ed")) return false;
  const before = units[head - 1];
  const after = units[head + 1];
  // "to replace sanctioned Russian exports": right after another verb, a participle before a noun qualifies it.
  const afterVerb = before?.pos === "VERB" && !["be", "have", "get"].includes(before.lemma);
  // "its eastern occupied Tskhinvali region": an adjective after a determiner stands in the same noun phrase.
  const inPhrase = before?.pos === "ADJ" && ["DET", "PRON"].includes(units[head - 2]?.pos ?? "");
  if (!before || (!["DET", "ADP", "NUM"].includes(before.pos) && !afterVerb && !inPhrase) || before.lower === "by")
    return false;
  // "The Baltic states have all expelled Russian diplomats": a quantifier floated after the subject keeps the verb.
  if (FLOATED.has(before.lower) || units[head - 2]?.pos === "AUX") return false;
  // "near the occupied Tskhinvali region": a named place or region is qualified too.
  const place = after?.placeEnd !== undefined || after?.mention?.kind === "region";
  return !!after && (after.mention?.kind === "demonym" || place || (after.pos === "NOUN" && !after.mention));
}

// Words for the work of reaching a deal: "talks", "negotiating", "efforts" ("pressed its bid to join" states an intent).
const NEGOTIATING = new Set([
  "talk",
  "talks",
  "negotiation",
  "negotiations",
  "negotiate",
  "dialogue",
  "consultation",
  "consultations",
  "effort",
  "efforts",
]);

/**
 * "have been in talks for years to reach an agreement", "negotiating to sign a deal", "efforts to end the war": the
 * act an infinitive names after the work of getting to it is that work's aim, not yet done; so is a noun act that
 * infinitive takes ("to reach a deal": no deal yet).
 */
export function negotiatedAim(units: readonly Unit[], head: number): boolean {
  if ((units[head] as Unit).pos !== "VERB") {
    const k = beforeNounPhrase(units, head);
    if (k < head - 1 && units[k]?.pos === "VERB" && aimAfterWork(units, k)) return true;
  }
  return aimAfterWork(units, head);
}

function aimAfterWork(units: readonly Unit[], head: number): boolean {
  if (units[head - 1]?.lower !== "to") return false;
  const clause = (units[head] as Unit).clause;
  for (let k = head - 2; k >= 0 && k >= head - 10; k--) {
    const u = units[k] as Unit;
    if (u.clause !== clause || u.lower === "," || u.pos === "SCONJ") return false;
    if (NEGOTIATING.has(u.lower) || NEGOTIATING.has(u.lemma)) return true;
    // "in talks for years to", "talks with Ethiopia since 2011 to": only a time, a party or their words lie between.
    if (!["NOUN", "NUM", "ADP", "DET", "ADJ", "ADV", "PROPN", "PRON"].includes(u.pos) && !u.mention) return false;
  }
  return false;
}

// Acts a protest may be staged for: protesting, demanding, denouncing, rejecting.
const PURPOSE_ROOTS = new Set(["10", "11", "12", "14"]);

/**
 * "rallied in Belgrade to protest against NATO", "marched to demand the release of X": a protest act whose purpose
 * infinitive (in its clause, a few words on) is itself a protest or demand. The purpose act names whom it is aimed
 * at; the rally alone would be taken as aimed at the protesters' own government.
 */
export function protestsFor(units: readonly Unit[], matches: readonly Match[], i: number): boolean {
  const m = matches[i] as Match;
  const clause = (units[m.head] as Unit).clause;
  if (!(m.pattern.code.startsWith("14") && (units[m.head] as Unit).pos === "VERB")) return false;
  const o = matches[i + 1];
  if (!o || o.head - m.end > 6 || units[o.head - 1]?.lower !== "to" || (units[o.head] as Unit).clause !== clause)
    return false;
  if (!PURPOSE_ROOTS.has(o.pattern.code.slice(0, 2))) return false;
  // The purpose act must name whom it is aimed at: an actor after it in the clause, not its agent ("reforms by X").
  for (let k = o.head + 1; k < units.length && (units[k] as Unit).clause === clause; k++)
    if (units[k]?.mention && units[k - 1]?.lower !== "by") return true;
  return false;
}

/**
 * The trigger whose head ends the object search of `matches[i]`: the next verb trigger, or, when that verb is joined
 * to this one before their object ("condemned and rejected the decision"), the one after it, so both share it.
 */
export function objectStop(
  units: readonly Unit[],
  matches: readonly Match[],
  i: number,
  next: Match | undefined,
): Match | undefined {
  const m = matches[i] as Match;
  const joined =
    next && m.end === m.headEnd && next.head === m.end + 1 && ["and", "or"].includes(units[m.end]?.lower ?? "");
  if (!joined) return next;
  return matches.find((o) => o.head > next.end && !isNominal(units, o.head));
}

// Nouns that put an act to someone, to be taken or turned down: "an invitation to attend", "the offer to mediate".
const PROPOSALS = new Set(["invitation", "offer", "proposal", "request", "call", "plea", "appeal", "suggestion"]);
// What may stand between a verb and its proposal noun: "an", "Egypt's", "a fresh", "the two".
const BEFORE_NOUN = new Set(["DET", "ADJ", "NUM", "PROPN", "PART"]);

/**
 * "rejected an invitation to attend a meeting": the infinitive after a proposal noun that is the verb's object is
 * governed by the verb through that noun, as in "refused to attend" (125), not a meeting of its own (042).
 */
export function governsThroughProposal(units: readonly Unit[], verbEnd: number, noun: number): boolean {
  const u = units[noun] as Unit;
  if (!PROPOSALS.has(u.lemma) && !PROPOSALS.has(u.lower)) return false;
  if (noun - verbEnd > 4) return false;
  for (let k = verbEnd; k < noun; k++) if (!BEFORE_NOUN.has((units[k] as Unit).pos)) return false;
  return true;
}

// Verbs whose object act is turned down ("denied accusations") or looked into, not done ("UN inspectors investigated
// the chemical attack in Syria"): the noun act they take is someone else's, or none.
const DISOWNING = new Set([
  ...DENYING,
  "dismiss",
  "reject",
  "investigate",
  "probe",
  "examine",
  "inspect",
  "document",
  "monitor",
  "verify",
  "review",
  "study",
  "assess",
  "research",
  "analyse",
  "analyze",
  // "Ankara described the arrest of its citizens in Greece as a violation": a verdict on someone else's act.
  "describe",
  "characterise",
  "characterize",
  "brand",
  "label",
  "portray",
  "depict",
]);
// Words that look "into" an act: "an inquiry into", "a probe into", "looked into".
const INQUIRING = new Set([
  "investigation",
  "inquiry",
  "enquiry",
  "probe",
  "look",
  "inquire",
  "enquire",
  "investigate",
]);

/**
 * A noun act that its verb turns down ("denied accusations", "dismissed the threats"), or looks into ("investigated
 * the chemical attack"), or that is looked or inquired into ("an inquiry into the bombing", "looked into the killing"),
 * is not the subject's act: someone else did it, or no one.
 */
export function disownedNoun(units: readonly Unit[], head: number): boolean {
  const k = beforeNounPhrase(units, head);
  const at = units[k];
  if (at?.clause !== (units[head] as Unit).clause) return false;
  if (at.lower === "into") return INQUIRING.has(units[k - 1]?.lemma ?? "");
  return at.pos === "VERB" && DISOWNING.has(at.lemma);
}

// Verbs that link a subject to what it is: "is a threat to", "remains a threat", "has become a threat".
const COPULAS = new Set(["be", "remain", "become", "seem", "constitute", "represent"]);

/**
 * "Hong Kong's street battles are an existential threat to Beijing", "Iran's drone programme remains a threat to
 * Israel": a threat named as what something is describes a danger; no one has threatened anyone.
 */
export function predicateThreat(units: readonly Unit[], m: Match): boolean {
  if (!m.pattern.code.startsWith("13")) return false;
  const k = beforeNounPhrase(units, m.head);
  const verb = units[k];
  return k < m.head && !!verb && (verb.pos === "AUX" || verb.pos === "VERB") && COPULAS.has(verb.lemma);
}
