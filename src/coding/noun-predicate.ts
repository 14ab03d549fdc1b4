// A noun act can be the subject of its own clause, and then the words after it say whether it happened: "Talks
// between Moscow and Kyiv are due to start next week", "a meeting of the two ministers is scheduled for May", "talks
// could start as early as Monday", "the visit, the first in five years, is planned for December". Those talks and
// that visit have not happened; the sentence reports a schedule or a guess.
import { RELATIVE_ADVERBS } from "./mistagged-verbs.ts";
import type { Mood } from "./modality.ts";
import type { Unit } from "./sentence-units.ts";

// Words inside the subject noun phrase, which the predicate follows: "talks between Russia and Ukraine".
const PHRASE = new Set(["NOUN", "PROPN", "ADP", "DET", "ADJ", "NUM", "CCONJ", "PART"]);
// Words of the verb group that opens the predicate: "are due to", "could", "is scheduled for", "will not".
const GROUP = new Set(["AUX", "VERB", "PART", "ADV", "ADJ", "ADP"]);
// Modals of a guess: what follows may or may not happen.
const GUESS = new Set(["could", "may", "might", "can", "should", "must"]);
const WILL = new Set(["will", "shall", "'ll", "wo"]);
// Words that put an act on a calendar: "is due to", "are scheduled for", "is planned for", "is set to".
const SCHEDULED = new Set(["due", "scheduled", "planned", "set", "slated", "penciled", "pencilled", "poised"]);
// Someone else's forecast: "are expected to resume", "is likely to take place" (modality.ts reads verbs' the same way).
export const FORECAST = new Set(["expected", "likely", "unlikely", "predicted", "forecast", "tipped"]);
// Verbs that say an act starts or takes place, so a modal before them speaks of the act itself ("talks could start"),
// not of something the act does ("the talks could help Ukraine").
const ONSET = new Set([
  "start",
  "begin",
  "resume",
  "open",
  "restart",
  "commence",
  "take",
  "hold",
  "happen",
  "occur",
  "go",
  "proceed",
  "convene",
  "kick",
  "be",
  "get",
]);

// Verbs that say who came to a gathering: "the session was not attended by France", "the summit did not bring together
// the leaders of A and B". Negated, the gathering of those parties did not happen; not onsets, since "the talks could
// bring peace" says what the talks may do.
const ATTENDED = new Set(["attend", "bring", "gather", "unite", "co-chair", "co-chaired"]);

// Flows of money and goods, and the verbs that measure them: "Chinese investment in Hungary has surged", "aid to
// Ukraine fell by half". A figure that moves is a statistic, not an act done by anyone at a time.
const FLOWS = new Set([
  "investment",
  "trade",
  "export",
  "import",
  "aid",
  "lending",
  "loan",
  "purchase",
  "sale",
  "spending",
]);
const TRENDS = new Set([
  "surge",
  "rise",
  "grow",
  "fall",
  "drop",
  "decline",
  "soar",
  "slump",
  "jump",
  "climb",
  "double",
  "triple",
  "halve",
  "increase",
  "decrease",
  "plunge",
  "shrink",
  "slow",
  "dwindle",
]);

// Nouns of a lasting relationship, and the verbs and words after them that say what it is like.
const TIES = new Set(["cooperation", "partnership", "tie", "ties", "relation", "relations", "friendship", "alliance"]);
const STATE_VERB = new Set(["be", "remain", "become", "stay"]);
// Verbs that tell how a relationship fares: "cooperation between Minsk and Moscow is developing dynamically",
// "relations continue to deepen", "the partnership has grown stronger". A tie that grows is a state of relations,
// not an act done by either side at a time ("cooperation was launched in 2019" is one).
const TIE_TRENDS = new Set([
  "develop",
  "grow",
  "expand",
  "deepen",
  "strengthen",
  "flourish",
  "progress",
  "evolve",
  "thrive",
  "improve",
  "advance",
  "intensify",
]);
const DESCRIBED = new Set(["DET", "ADJ", "NOUN", "NUM", "ADV"]);

// Trigger nouns that name the people who do an act rather than the act ("peacekeepers" for peacekeeping).
const DOERS = new Set(["peacekeeper", "peacekeepers", "monitors", "observers", "inspectors"]);
// Passive verbs that make such people victims: "peacekeepers were killed", "monitors were abducted".
const HARMED = new Set([
  "wound",
  "kill",
  "injure",
  "hurt",
  "attack",
  "abduct",
  "kidnap",
  "shoot",
  "ambush",
  "capture",
  "detain",
  "arrest",
  "hold",
  "seize",
  "take",
]);

/** "the first talks between Kyiv and Moscow since 2022 are to": a "since" the tagger reads as a conjunction dates the noun. */
function sinceYear(units: readonly Unit[], k: number): boolean {
  return units[k]?.lower === "since" && units[k + 1]?.pos === "NUM";
}

/** Skips an appositive between commas with no verb of its own ("the visit, the first in five years, is ..."). */
function afterAppositive(units: readonly Unit[], k: number): number {
  if (units[k]?.lower !== ",") return k;
  for (let j = k + 1; j < units.length && j <= k + 14; j++) {
    const u = units[j] as Unit;
    if (u.lower === ",") return j + 1;
    if (u.pos === "VERB" || u.pos === "AUX" || u.pos === "PRON" || u.pos === "SCONJ") return k;
  }
  return k;
}

// Predicates that report a planned occasion as held: "the long-planned visit took place", "was held", "went ahead".
const HELD = /^(?:took|happened|went|opened|began|started|was|were|got)$/;
const HELD_AFTER = /^(?:place|ahead|held|under|underway|staged|conducted)$/;

/**
 * Whether the noun act at `head`, its clause's subject, is said to have been held: "A long-planned visit by the
 * Turkish president to Azerbaijan took place on Tuesday". A planned or scheduled act then happened as planned.
 */
export function heldAsPlanned(units: readonly Unit[], head: number): boolean {
  let k = head + 1;
  while (k < units.length && (PHRASE.has((units[k] as Unit).pos) || (units[k] as Unit).mention)) k++;
  k = afterAppositive(units, k);
  const first = units[k];
  if (!first || !HELD.test(first.lower)) return false;
  if (["opened", "began", "started", "happened"].includes(first.lower)) return true;
  return HELD_AFTER.test(units[k + 1]?.lower ?? "");
}

/**
 * The mood the predicate gives a noun act that is its clause's subject: "hypothetical" for a guess ("could start",
 * "are expected to resume"), "future" for a schedule or a promise ("are due to start", "will be held", "is planned
 * for December"), or undefined when the noun is no subject or its predicate asserts nothing of the kind.
 */
export function predicateMood(units: readonly Unit[], head: number, reported: boolean): Mood | undefined {
  // The noun opens its clause's subject: nothing before it in the clause but its own modifiers.
  const clause = (units[head] as Unit).clause;
  for (let k = head - 1; k >= 0 && (units[k] as Unit).clause === clause; k--) {
    const u = units[k] as Unit;
    // "arrived in Turkey, where talks are to take place": a relative "where" or "when" opens the noun's own clause.
    if (RELATIVE_ADVERBS.has(u.lower) && u.pos !== "VERB") break;
    if (u.pos === "VERB" || u.pos === "AUX" || u.pos === "SCONJ") return undefined;
  }
  let k = head + 1;
  while (
    k < units.length &&
    (PHRASE.has((units[k] as Unit).pos) || (units[k] as Unit).mention || sinceYear(units, k))
  ) {
    if ((units[k] as Unit).pos === "ADP" && (units[k] as Unit).lower === "that") return undefined;
    k++;
  }
  k = afterAppositive(units, k);
  const first = units[k];
  if (!first || (first.pos !== "AUX" && first.pos !== "VERB")) return undefined;
  // "a Dutch UN peacekeeper was wounded": a noun for the people who do the act, harmed, names victims, not the act.
  if (DOERS.has((units[head] as Unit).lower) && first.lemma === "be" && HARMED.has(units[k + 1]?.lemma ?? ""))
    return "hypothetical";
  // "Cooperation between Tashkent and Dushanbe is a factor of stability", "relations remain strong": what a lasting
  // relationship is, not an act done at a time ("cooperation was launched in 2019" is one).
  if (TIES.has((units[head] as Unit).lemma) && STATE_VERB.has(first.lemma) && DESCRIBED.has(units[k + 1]?.pos ?? ""))
    return "hypothetical";
  const trend = units.slice(k, k + 3).find((u) => u.pos === "VERB");
  if (FLOWS.has((units[head] as Unit).lemma) && trend && TRENDS.has(trend.lemma)) return "hypothetical";
  const fares = units.slice(k, k + 4).some((u) => u.pos === "VERB" && TIE_TRENDS.has(u.lemma));
  if (TIES.has((units[head] as Unit).lemma) && fares) return "hypothetical";
  let mood: Mood | undefined;
  let negated = false;
  for (let j = k; j < units.length && j <= k + 5 && GROUP.has((units[j] as Unit).pos); j++) {
    const u = units[j] as Unit;
    if (
      j > k &&
      (u.pos === "ADP" || u.pos === "PART") &&
      !["to", "for", "on", "in", "place", "off", "not", "n't"].includes(u.lower)
    )
      break;
    if (u.lower === "not" || u.lower === "n't" || u.lower === "never") negated = true;
    // "talks were not held", "the meeting will never take place".
    else if (negated && (ONSET.has(u.lemma) || ATTENDED.has(u.lemma)) && u.pos === "VERB") return "negated";
    if (FORECAST.has(u.lower)) return "hypothetical";
    if (GUESS.has(u.lower) && ONSET.has(units[j + 1]?.lemma ?? "")) return "hypothetical";
    // "a deal between Israel and Saudi Arabia would reshape the region": what the act would do, so it is not done.
    // A closing attribution reports it too: "talks would resume on Sunday, Tehran said", "according to Tehran".
    if (u.lower === "would") {
      const said = reported || units.some((w, i) => i > j && w.attribution);
      return said && ONSET.has(units[j + 1]?.lemma ?? "") ? "future" : "hypothetical";
    }
    if (WILL.has(u.lower) && ONSET.has(units[j + 1]?.lemma ?? "")) mood = "future";
    if (SCHEDULED.has(u.lower) && j > k) mood = "future";
    // "are to start": a plan, as "is to visit" before a verb.
    if (u.lower === "to" && units[j - 1]?.lemma === "be" && ONSET.has(units[j + 1]?.lemma ?? "")) mood = "future";
    if (u.pos === "VERB" && !SCHEDULED.has(u.lower) && !ONSET.has(u.lemma)) break;
  }
  return mood;
}
