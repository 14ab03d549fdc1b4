import { believedAct } from "./belief.ts";
import { sharedInfinitive } from "./governing-verb.ts";
import { filedFor, hostVerb, phraseVerb } from "./host-verb.ts";
import { interestedIn } from "./interested-in.ts";
import { ASKED, ASKING, GUESSING, HEDGED, INTENT, PERMITTING, PLANNED, WEIGHING } from "./mood-words.ts";
import { FORECAST, heldAsPlanned, predicateMood } from "./noun-predicate.ts";
import { purposeTo } from "./purpose-adjunct.ts";
import { appealVerb, listingVerb, notDoneOnRealPages, soughtYield, unassertingQuestion } from "./real-page-hedges.ts";
import type { Unit } from "./sentence-units.ts";
import { headlineSubject, noneSubject } from "./subject-phrase.ts";
import { beforeThat, DEMANDING, demandedNoun, foretoldThat } from "./that-clause.ts";
import { unassertedMood } from "./unasserted-act.ts";
import { joinsAdjectives } from "./voice.ts";

export type Mood = "asserted" | "negated" | "hypothetical" | "future";

const NEGATORS = new Set(["not", "n't", "never", "no", "without", "neither", "nor"]);
// Quotation marks a report puts around a phrase it quotes ("no plans").
const QUOTE_MARKS = new Set([`"`, "'", "“", "”", "‘", "’", "``", "''"]);
// "failed to reach", "refrained from signing", "were unable to agree": the act did not happen.
const FAILED = new Set(["fail", "refrain", "neglect", "unable"]);
// "denied that it had attacked", "denies shelling the town": a denied act is not asserted.
export const DENYING: ReadonlySet<string> = new Set(["deny", "refute"]);
// Prepositions that attach a topic to a noun: "talks on joining", "a debate about sending".
const TOPIC_OF = new Set(["on", "about", "over", "regarding", "concerning"]);
/** Nouns that put an act to someone without the writer vouching for it: "claims that", "allegations of". */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  "accusation",
  "allegation",
  "charge",
  "claim",
  "rumour",
  "rumor",
]);
// "accusations that it was moving closer to Russia", "reports that troops had crossed": a claim's content is not
// asserted by the sentence.
const CLAIMS = new Set([...CLAIM_NOUNS, "report", "suggestion", "speculation", "assertion", "suspicion"]);
const HYPOTHETICAL = new Set(["could", "may", "might", "should", "can", "must", "if", "unless", "whether", "cannot"]);
const FUTURE = new Set(["will", "shall", "'ll", "wo"]);

// Words before "to" that oblige in the present: "has to", "need to", "ought to" ("had to withdraw" says it was done).
export const OBLIGED: ReadonlySet<string> = new Set(["have", "has", "need", "needs", "ought"]);
// Verbs whose noun object is wanted, not done: "requires deeper concessions", "needs a ceasefire".
const NEEDING = new Set(["require", "need"]);
// Verbs of making room for an act: "a ceasefire to allow talks", "a bridge to permit aid deliveries".
const ENABLING = new Set(["allow", "permit", "enable", "facilitate", "pave", "prepare"]);

// Verbs of holding a relationship ("have close ties", "maintain cooperation", "enjoy good relations").
const HOLDING = new Set(["have", "enjoy", "maintain", "share", "keep"]);
// Nouns of a lasting relationship between parties.
const RELATIONSHIP = new Set(["tie", "ties", "link", "links", "relation", "relations", "partnership", "cooperation"]);
// Words that put a bond before the news as one long held: "existing security alliances", "extensive military
// cooperation", "long-standing ties". A bond being made is "new", "first" or just named.
const STANDING_BOND = new Set([
  "existing",
  "extensive",
  "long-standing",
  "longstanding",
  "decades-old",
  "traditional",
  "historic",
  "historical",
  "established",
]);

const VERBAL_STOP = new Set(["NOUN", "PROPN", "PUNCT", "SCONJ"]);
// A noun trigger's own phrase runs back over its modifiers ("no real apology", "without Russian mediation").
const NOMINAL_STOP = new Set(["VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON"]);

// Time conjunctions before which a present tense speaks of what is still to come (news tells what happened in the past).
const PENDING_TIME = new Set(["before", "until", "when", "whenever", "once", "after"]);

/**
 * The mood of a trigger from the words before it in its clause: "did not sign" (negated), "could cut" (hypothetical),
 * "will visit", "plans to visit" (future). "would" is a future after a verb of saying ("said it would allow"),
 * otherwise a hypothetical.
 */
export function moodOf(units: readonly Unit[], head: number, reported: boolean): Mood {
  const mood = clauseMood(units, head, reported);
  if (mood === "negated" || mood === "hypothetical") return mood;
  // "A long-planned visit ... took place on Tuesday": a planned or scheduled occasion said to be held is done.
  if (mood === "future" && (units[head] as Unit).pos !== "VERB" && heldAsPlanned(units, head)) return "asserted";
  // "NATO and Russia held no talks", "have signed no new deals": a verb whose object is denied did no act.
  if (deniedObject(units, head)) return "negated";
  // "Baku objected, believing that the EU is planning to arm Armenia": what one party believes another does or plans.
  if (believedAct(units, head)) return "hypothetical";
  // "will join the accords to normalise relations", "is set to sign the pact, opening its border": an act of purpose
  // or a participle after a verb still to come or only supposed is no more done than that verb's act.
  const host = mood === "asserted" ? hostVerb(units, head) : -1;
  if (host >= 0) {
    const hosted = moodOf(units, host, reported);
    if (hosted === "future" || hosted === "hypothetical") return hosted;
    // "has not submitted an official notification to withdraw": an act only filed for, by a filing not made.
    if (hosted === "negated" && filedFor(units, head)) return hosted;
  }
  // "did not join Western countries' anti-Russian economic sanctions": a noun act in the object of a negated verb is
  // not done, however long the phrase that names it (clauseMood stops at a party named in it).
  const verb = mood === "asserted" && (units[head] as Unit).pos !== "VERB" ? phraseVerb(units, head) : -1;
  // "warned that Kyiv would escalate its drone attacks": nor is one in the object of a verb only supposed.
  const governed = verb >= 0 ? clauseMood(units, verb, reported) : mood;
  if (governed === "negated" || governed === "hypothetical") return governed;
  // "was set to press Netanyahu", "we will ask the ICC to": an appeal still to be made has not been made, nor has
  // what it asks for ("was set to press Netanyahu to agree to pauses in fighting").
  const clause = (units[head] as Unit).clause;
  for (let k = head; k >= 0 && k >= head - 16 && (units[k] as Unit).clause === clause; k--)
    if (appealVerb(units, k) && (k === head ? mood : clauseMood(units, k, reported)) === "future")
      return "hypothetical";
  return mood;
}

/** "held no talks with Moscow", "signed no agreement": "no" opens the object of the verb at `head` ("no longer" is time). */
function deniedObject(units: readonly Unit[], head: number): boolean {
  return (units[head] as Unit).pos === "VERB" && units[head + 1]?.lower === "no" && units[head + 2]?.lower !== "longer";
}

const JOINING = new Set(["join", "follow"]);

/** The verb of joining a gerund's "in" hangs on ("joined its allies in condemning"), or -1. */
function joiningVerb(units: readonly Unit[], inAt: number): number {
  for (let k = inAt - 1; k >= 0 && k >= inAt - 6; k--) {
    const u = units[k] as Unit;
    if (u.pos === "VERB") return JOINING.has(u.lemma) ? k : -1;
    if (u.lower === "," || u.lower === ";") return -1;
  }
  return -1;
}

/** "could one day hit", "may some day join": a vague time between a modal and its verb does not end the search. */
function someDay(units: readonly Unit[], k: number): boolean {
  return units[k]?.lower === "day" && ["one", "some"].includes(units[k - 1]?.lower ?? "");
}

/** A relationship noun ("ties", "relations") right after the verb at `head`, past its modifiers only. */
function heldRelationship(units: readonly Unit[], head: number): boolean {
  for (let j = head + 1; j < units.length && j <= head + 4; j++) {
    const u = units[j] as Unit;
    if (RELATIONSHIP.has(u.lemma) || RELATIONSHIP.has(u.lower)) return true;
    if (u.mention || !["ADJ", "NOUN", "DET", "PRON"].includes(u.pos)) return false;
  }
  return false;
}

/** The mood the words of the trigger's own clause give it (moodOf, before an appeal to come is dropped). */
function clauseMood(units: readonly Unit[], head: number, reported: boolean): Mood {
  // "plans to suspend talks and withdraw its troops": a verb sharing an earlier infinitive's "to" shares its mood.
  const shared = sharedInfinitive(units, head);
  if (shared >= 0) return clauseMood(units, shared, reported);
  if (unassertingQuestion(units, head)) return "hypothetical";
  // "on the verge of a deal", "hopes for a deal", "advocated the deployment", "weather warnings": not done, or no act.
  if (notDoneOnRealPages(units, head)) return "hypothetical";
  // "stopped short of condemning", "blocked a statement criticising", "no evidence that X attacked".
  const unasserted = unassertedMood(units, head);
  if (unasserted) return unasserted;
  const h = units[head] as Unit;
  if (purposeTo(units, head + 1)) return "hypothetical";
  // "has maintained close business ties with Russia": holding a relationship is a standing state, as the noun's is.
  if (h.pos === "VERB" && HOLDING.has(h.lemma) && heldRelationship(units, head)) return "hypothetical";
  const gerund = h.lower.endsWith("ing");
  // "a role in rioting": a gerund after a preposition is a noun for what governs it.
  const nominal = h.pos !== "VERB" || (gerund && units[head - 1]?.pos === "ADP");
  const clause = h.clause;
  // "has not joined its allies in imposing sanctions": the act joined in has the mood of the joining.
  const joining = gerund && units[head - 1]?.lower === "in" ? joiningVerb(units, head - 1) : -1;
  if (joining >= 0) {
    const joined = clauseMood(units, joining, reported);
    if (joined !== "asserted") return joined;
  }
  // "interested in expanding cooperation": an intent, unless the clause denies or hedges the interest.
  let mood: Mood = interestedIn(units, head) ? "future" : "asserted";
  for (let k = head - 1, seen = 0; k >= 0 && seen < 5; k--, seen++) {
    const u = units[k] as Unit;
    if (u.clause !== clause) break;
    if (NEGATORS.has(u.lemma) || NEGATORS.has(u.lower)) return "negated";
    if (u.lower === "longer" && units[k - 1]?.lower === "no") return "negated";
    if (HYPOTHETICAL.has(u.lower)) return "hypothetical";
    if (u.lower === "would") return reported ? "future" : "hypothetical";
    if (FUTURE.has(u.lower)) mood = "future";
    // "is considering joining", "plans sending": a gerund after a verb of intent has not happened yet.
    if (k === head - 1 && INTENT.has(u.lemma) && u.pos === "VERB" && gerund) mood = "future";
    // "an appeal for deploying troops", "calls for sending aid": what is asked for has not happened.
    if (k === head - 1 && u.lower === "for" && ASKING.has(units[k - 1]?.lemma ?? "")) return "hypothetical";
    // "warned Ukraine against joining NATO": the act warned against has not happened.
    if (k === head - 1 && (u.lower === "against" || u.lower === "from") && gerund) return "hypothetical";
    if (k === head - 1 && DENYING.has(u.lemma) && gerund) return "negated";
    // "would take measures, including calling for a debate": an act listed under a verb has that verb's mood.
    if (k === head - 1 && u.lower === "including" && gerund) {
      const listed = listingVerb(units, k);
      if (listed >= 0) return clauseMood(units, listed, reported);
    }
    // "in touch with Iran for the release of hostages", "efforts for a withdrawal": a yielding act after "for" is
    // the goal of what came before, not done (unless thanked or praised for, which says it was).
    if (nominal && u.lower === "for" && soughtYield(units, k, head)) return "hypothetical";
    // "talks on joining the EU", "a referendum on leaving": a gerund that is a noun's topic is not done.
    // A named accord or plan is such a noun too: "the Abraham Accords on normalizing relations".
    if (k === head - 1 && gerund && TOPIC_OF.has(u.lower) && /^(?:NOUN|PROPN)$/.test(units[k - 1]?.pos ?? ""))
      return "hypothetical";
    // "is expected to join", "likely to attend": someone else's forecast, not the actor's act or commitment.
    if (u.lower === "to" && FORECAST.has(units[k - 1]?.lower ?? "")) return "hypothetical";
    // "rejected calls to mediate", "an appeal to stop": what others are asked to do has not happened.
    // The asking word is a noun, or a verb's object the tagger read as a verb ("rejected calls/VERB to").
    const asked = units[k - 1]?.pos === "NOUN" || units[k - 2]?.pos === "VERB";
    if (u.lower === "to" && asked && ASKED.has(units[k - 1]?.lemma ?? "")) return "hypothetical";
    // "strives to boost", ", aiming to deepen", "in a bid to ease" (here or as the head): an aim, unlike "seeks to".
    if (purposeTo(units, k)) return "hypothetical";
    // "has \"no plans\" to meet": a closing quotation mark between the intent and "to" changes nothing.
    const quoted = u.lower === "to" && QUOTE_MARKS.has(units[k - 1]?.lower ?? "") ? 1 : 0;
    if (u.lower === "to" && INTENT.has(units[k - 1 - quoted]?.lemma ?? "")) {
      // "had no plans to invade", "has no intention to": the intent itself is negated.
      if (units[k - 1 - quoted]?.pos === "NOUN" && NEGATORS.has(units[k - 2 - quoted]?.lower ?? "")) return "negated";
      mood = "future";
      // "Beijing aims to deepen cooperation", "Ankara seeks to expand its influence": with no one quoted, a goal is
      // the writer's reading of a party, not an intent the party stated ("Erdogan said Turkey aims to ..." is one).
      if (authorsGoal(units, k)) return "hypothetical";
    }
    if ((u.lower === "to" || u.lower === "from") && FAILED.has(units[k - 1]?.lemma ?? "")) return "negated";
    // "have yet to agree", "is yet to sign": not done so far.
    if (
      u.lower === "to" &&
      units[k - 1]?.lower === "yet" &&
      /^(?:have|has|had|is|are|was|were|remain)/.test(units[k - 2]?.lower ?? "")
    )
      return "negated";
    if (u.lower === "to" && k === head - 1) {
      // "saw no reason to send", "there is no need to sanction": nothing to do is nothing done.
      if (units[k - 1]?.pos === "NOUN" && NEGATORS.has(units[k - 2]?.lower ?? "")) return "negated";
      // "has done too little to help Ukraine", "too late to stop": a judgement on what was not done, not an act.
      if (units[k - 2]?.lower === "too" && ["little", "late", "few"].includes(units[k - 1]?.lower ?? ""))
        return "hypothetical";
    }
    // "wants Putin to attack", "urged Serbia to withdraw": an act wished on someone else has not happened.
    // "plans by Azerbaijan to attack", "an attempt by Russia to": the intent noun names its agent before "to".
    if (u.lower === "to" && units[k - 1]?.mention && ["by", "of"].includes(units[k - 2]?.lower ?? "")) {
      const noun = units[k - 3];
      if (noun?.pos === "NOUN" && INTENT.has(noun.lemma)) {
        const det = units[k - 4]?.lower ?? "";
        if (NEGATORS.has(det)) return "negated";
        if (det === "any") return "hypothetical";
        mood = "future";
      }
    }
    if (u.lower === "to" && units[k - 1]?.mention) {
      const lemma = units[k - 2]?.lemma ?? "";
      if (INTENT.has(lemma) || DEMANDING.has(lemma) || PERMITTING.has(lemma)) return "hypothetical";
    }
    if (u.lower === "to" && (units[k - 1]?.lemma === "be" || units[k - 1]?.lower === "is")) mood = "future";
    // "Putin to meet Xi in Beijing", "Kazakhstan to host summit": a headline's subject then "to" is its "is to".
    if (u.lower === "to" && k === head - 1 && headlineSubject(units, k - 1)) mood = "future";
    // "we have to ban", "Kyiv needs to hold", "ought to stop": an obligation in the present is not yet met.
    if (u.lower === "to" && OBLIGED.has(units[k - 1]?.lower ?? "")) return "hypothetical";
    // "the pressure must continue for Damascus to allow", "time for Iran to return": a for-to infinitive is wished.
    if (u.lower === "to" && units[k - 1]?.mention && units[k - 2]?.lower === "for") return "hypothetical";
    // "was due to visit": a scheduled act has not happened yet ("due to the attack" gives a cause, not a schedule).
    if (u.lower === "to" && units[k - 1]?.lower === "due" && units[k + 1]?.pos === "VERB") mood = "future";
    if (nominal) {
      // "an alleged attack", "her possible role in rioting": a hedged act is not asserted; a planned one is future.
      if (HEDGED.has(u.lower)) return "hypothetical";
      if (PLANNED.has(u.lower)) mood = "future";
      // "Bhutan and India have close economic ties", "maintains military cooperation with": a relationship held is a
      // standing state, not an act done at a time.
      const related = RELATIONSHIP.has(h.lemma) || RELATIONSHIP.has(units[head + 1]?.lemma ?? ""); // "economic ties"
      if (HOLDING.has(u.lemma) && related) return "hypothetical";
      const bond = related || /^alliances?$/.test(h.lower) || /^alliances?$/.test(units[head + 1]?.lower ?? "");
      if (STANDING_BOND.has(u.lower) && bond) return "hypothetical";
      // "Western diplomats fear/NOUN the fighting could spread": the tagger may read the verb of guessing after its
      // subject as a noun; the act feared or expected is still a guess ("Kyiv's fears of an attack" too).
      const subject = units[k - 1];
      if (GUESSING.has(u.lemma) && u.pos === "NOUN" && (subject?.mention || subject?.pos === "NOUN"))
        return "hypothetical";
      // The noun is the object of a verb: "did not hold talks" is as negated as its verb; "is considering
      // sanctions" is no more than an intent.
      if (u.pos === "VERB") {
        // "may consider lifting the ban" (the gerund read as a noun): the weighing verb's own modal still counts.
        if (mood !== "asserted") {
          const weighed = clauseMood(units, k, reported);
          return weighed === "negated" || weighed === "hypothetical" ? weighed : mood;
        }
        // "announced a ceasefire to allow talks": a noun act that an infinitive after a noun is for has not happened.
        const purpose = units[k - 1]?.lower === "to" && units[k - 2]?.pos === "NOUN" && !units[k - 2]?.mention;
        if (purpose && ENABLING.has(u.lemma)) return "hypothetical";
        const own = clauseMood(units, k, reported);
        // "requires deeper concessions", "needs a ceasefire": what is needed has not been given.
        if (own === "asserted" && NEEDING.has(u.lemma)) return "hypothetical";
        // "diplomats fear the fighting could spread", "expect clashes": a guessed act is not one that happened.
        if (own === "asserted" && GUESSING.has(u.lemma)) return "hypothetical";
        return own === "asserted" && WEIGHING.has(u.lemma) ? "future" : own;
      }
      if (NOMINAL_STOP.has(u.pos) && u.lower !== "“" && u.lower !== '"' && !joinsAdjectives(units, k)) break;
    } else if (u.mention || (VERBAL_STOP.has(u.pos) && u.lower !== "'s" && !someDay(units, k))) {
      // "No EU member has voiced support", "None of the neighbours has condemned": a subject that names no one.
      if (noneSubject(units, k)) return "negated";
      break;
    }
  }
  // A clause opened by "if" or "unless" is a condition, whatever its verb; "demanded that X ..." is not done yet.
  for (let k = head - 1; k >= 0 && (units[k] as Unit).clause === clause; k--) {
    const w = (units[k] as Unit).lower;
    if (w === "if" || w === "unless") return "hypothetical";
    // "Nor has the Commission welcomed the plan", "Neither Paris nor Berlin has praised it": the clause denies it.
    if (w === "nor" || w === "neither") return "negated";
    if (w === "that" && k < head - 1) {
      const before = units[k - 1];
      // "demanded an admission by Moscow that ...", "sought assurances from Kyiv that ...": so is a demanded noun's.
      if (DEMANDING.has(units[beforeThat(units, k)]?.lemma ?? "") || demandedNoun(units, k)) return "hypothetical";
      if (DENYING.has(before?.lemma ?? "")) return "negated";
      // "diplomats fear that Hungary will block", "analysts predict that China will respond": a guess at what
      // another will do, not its promise.
      if (mood === "future" && GUESSING.has(before?.lemma ?? "")) return "hypothetical";
      if (before?.pos === "NOUN" && CLAIMS.has(before.lemma)) return "hypothetical";
      if (foretoldThat(units, k)) return "hypothetical";
    }
    // "a day before Sarkozy heads to Beijing(, seeking to ...)", "when they meet in Sochi", "once he arrives": a
    // present tense after a time conjunction has not happened yet, nor has anything after it in the clause.
    if (PENDING_TIME.has(w) && isPresent(firstVerb(units, k, head))) return "hypothetical";
  }
  // "talks are due to start", "a meeting could take place": a noun act's own predicate may put it in the future.
  if (nominal && mood === "asserted") return predicateMood(units, head, reported) ?? mood;
  return mood;
}

// Verbs that name a goal rather than state a decision.
const GOAL = new Set(["aim", "seek"]);
// Ends a writer ascribes to a party's policy: ties, influence or support grown or kept, no particular act.
const BROAD_END = new Set(
  "deepen expand strengthen solidify preserve maintain boost increase enhance broaden develop diversify consolidate extend reinforce bolster cement".split(
    " ",
  ),
);

/**
 * "aims to deepen cooperation", "is seeking to solidify support from the West" at the "to" at `k`, in a sentence no
 * speaker reports: a broad end, not a particular act ("is seeking to expel the ambassador" stays an intent).
 */
function authorsGoal(units: readonly Unit[], k: number): boolean {
  const verb = units[k - 1];
  if (verb?.pos !== "VERB" || !GOAL.has(verb.lemma) || units.some((u) => u.attribution)) return false;
  return BROAD_END.has(units[k + 1]?.lemma ?? "");
}

/** A present-tense verb form: "heads", "flies", "meet" (the lemma itself, or with -s/-es/-ies). */
function isPresent(u: Unit | undefined): boolean {
  if (!u) return false;
  const l = u.lemma;
  return u.lower === l || u.lower === `${l}s` || u.lower === `${l}es` || u.lower === `${l.slice(0, -1)}ies`;
}

/** The first verb after `from`, up to and including `to`. */
function firstVerb(units: readonly Unit[], from: number, to: number): Unit | undefined {
  for (let k = from + 1; k <= to; k++) if ((units[k] as Unit).pos === "VERB") return units[k];
  return undefined;
}
