// Acts a sentence only refers to, to date or explain its own news: "the first visit since Russia invaded Ukraine",
// "a resolution condemning Israel's offensive", "in the wake of Iran's seizure of a tanker". The referred act happened, but the sentence does not report it; coding it again from every
// later mention would count one war as many events (docs/event-audit.md: "a mere reference in a modifier or a time
// phrase" is no event).
import { DAY_WORDS } from "./day-words.ts";
import { isFiniteVerb } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";
import { beforeNounPhrase } from "./trigger-scope.ts";

// What may stand between "since" and the ", when" that dates an act: "since February 24, 2022, when".
const DATE_WORDS = new Set(["NUM", "PROPN", "DET", "ADJ", "NOUN", "PUNCT"]);
// What may stand between "since" and the act it opens: the clause's subject (joint: "since Chile and Peru signed") or
// a gerund's object.
const SINCE_SKIP = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "ADV", "AUX", "PART", "CCONJ"]);

/**
 * The act at `head` lies in a temporal "since" clause: "has doubled since Moscow invaded Ukraine", "his first trip
 * since launching the war", "the fourth visit since February 24, 2022, when Russia launched its invasion". A sentence
 * that opens with "Since" is left alone: there the word often gives a reason ("Since Moscow refused, Ankara ...").
 */
export function inSinceClause(units: readonly Unit[], head: number, published: string | undefined): boolean {
  for (let k = head - 1; k >= 1 && k >= head - 14; k--) {
    const u = units[k] as Unit;
    if (u.lower === ";" || u.attribution) return false;
    // "signed a treaty nine years after they broke off relations": an act years back dates the news, as "since" does.
    if (u.lower === "after" && YEARS.has(units[k - 1]?.lower ?? "")) return opensSinceClause(units, k, head);
    if (u.lower !== "since") continue;
    // "Since Moscow refused, ...", "And since it is ...": at the head of the sentence the word gives a reason.
    if (!units.slice(0, k).some((w) => w.pos !== "PUNCT" && w.pos !== "CCONJ" && !w.attribution)) return false;
    return (opensSinceClause(units, k, head) && !datedDaysAgo(units, head)) || datedByWhen(units, k, head, published);
  }
  return false;
}

// Spans that put an act days back: "last week", "earlier this month", "three days ago".
const RECENT_SPANS = new Set(["week", "weekend", "month"]);

/**
 * "since Chad expelled the French ambassador on Monday", "since Pakistan downed an Indian jet last week": an act the
 * since-clause dates to the last few days is most often the news itself, which this sentence may be the only one to
 * report (as a since-date of this year keeps its when-clause act); only an older or undated act is background.
 */
function datedDaysAgo(units: readonly Unit[], head: number): boolean {
  for (let j = head + 1; j < units.length && (units[j] as Unit).lower !== ","; j++) {
    const w = (units[j] as Unit).lower;
    if (DAY_WORDS.has(w) || (w === "ago" && /^(days?|hours?|weeks?)$/.test(units[j - 1]?.lower ?? ""))) return true;
    if ((w === "last" || w === "this") && RECENT_SPANS.has(units[j + 1]?.lower ?? "")) return true;
  }
  return false;
}

// The spans of time before "after" that set an act years back: "nine years after", "decades after", "a year after".
const YEARS = new Set(["year", "years", "decade", "decades"]);

/** "since Moscow invaded", "since launching": a subject and a finite verb, or a gerund, follow "since" up to the act. */
function opensSinceClause(units: readonly Unit[], k: number, head: number): boolean {
  // "his first since the war began, drew criticism": a comma ends the clause before the act.
  for (let j = k + 1; j < head; j++) if ((units[j] as Unit).lower === ",") return false;
  let seenVerb = false;
  for (let j = k + 1; j <= head; j++) {
    const w = units[j] as Unit;
    if (j === k + 1 && w.pos === "VERB" && w.lower.endsWith("ing")) return true;
    if (w.pos === "VERB" || isFiniteVerb(w)) {
      // "has since withdrawn": "since" right before a verb is an adverb, it opens no clause. "since it is the first
      // debate": a present tense gives a reason; only a past one dates the news.
      if (j === k + 1 || !pastForm(w)) return false;
      seenVerb = true;
      break;
    }
    if (!w.mention && !SINCE_SKIP.has(w.pos)) return false;
  }
  return seenVerb;
}

const PAST_AUX = new Set(["was", "were", "had", "did"]);

/** "invaded", "began", "was": a verb in a past form (a present "is", "attacks" or "attack" is not). */
function pastForm(w: Unit): boolean {
  if (w.pos === "AUX") return PAST_AUX.has(w.lower);
  return w.lower !== w.lemma && w.lower !== `${w.lemma}s` && w.lower !== `${w.lemma}es`;
}

/**
 * "since February 24, 2022, when Russia launched ...": a date in a year before the article's, after "since", and a
 * "when" clause that holds the act. "since February, when Greece sent aid" dates a change to this year's act, which
 * the sentence may be the only one to report: it is kept.
 */
function datedByWhen(units: readonly Unit[], k: number, head: number, published: string | undefined): boolean {
  const year = Number(published?.slice(0, 4));
  let past = false;
  for (let j = k + 1; j < head; j++) {
    const w = units[j] as Unit;
    if (w.lower === "when") return past && units[j - 1]?.lower === ",";
    if (w.mention || !DATE_WORDS.has(w.pos)) return false;
    if (/^\d{4}$/.test(w.lower) && year && Number(w.lower) < year && Number(w.lower) > 1000) past = true;
  }
  return false;
}

// Verbs by which a text or a body judges an act: "a resolution condemning", "a motion deploring".
const JUDGING = new Set([
  "condemn",
  "denounce",
  "deplore",
  "criticise",
  "criticize",
  "censure",
  "welcome",
  "praise",
  "support",
  "oppose",
  "protest",
]);
// Phrases that tie the sentence's news to an earlier act: "in the wake of", "in light of", "in the context of".
const TIED_AFTER_IN: ReadonlyArray<readonly string[]> = [
  ["in", "the", "wake", "of"],
  ["in", "light", "of"],
  ["in", "the", "light", "of"],
  ["in", "the", "context", "of"],
];

/**
 * A noun act (`head`) the sentence only refers to: the circumstance of an unrelated change ("in the wake of Iran's
 * seizure", "in the context of the Saudi blockade") or what a named text or body judges ("a resolution condemning
 * Israel's offensive").
 */
export function referencedNominal(units: readonly Unit[], head: number): boolean {
  if (feltCause(units, head)) return true;
  const k = beforeOwner(units, beforeNounPhrase(units, head));
  const at = units[k];
  if (!at || at.clause !== (units[head] as Unit).clause) return false;
  if (at.lower === "of") return TIED_AFTER_IN.some((p) => p.every((w, i) => units[k - p.length + 1 + i]?.lower === w));
  // "a resolution condemning", "a statement denouncing": a verb of judging that describes a noun, not a party's act.
  if (at.pos === "VERB" && at.lower.endsWith("ing") && JUDGING.has(at.lemma)) {
    const noun = units[k - 1];
    return !!noun && noun.pos === "NOUN" && !noun.mention;
  }
  return false;
}

// Words of a feeling, and the prepositions that name its cause after them: "angered by Greek defence agreements with
// France", "concerns over North Korean cooperation with Russia", "dissatisfaction with Russia's progress in talks".
const FEELINGS = new Set([
  "anger",
  "angered",
  "angry",
  "irritated",
  "irritation",
  "alarm",
  "alarmed",
  "concern",
  "concerns",
  "concerned",
  "worry",
  "worries",
  "worried",
  "dissatisfaction",
  "dissatisfied",
  "frustration",
  "frustrated",
  "displeasure",
  "displeased",
  "unhappy",
  "upset",
  "dismay",
  "dismayed",
  "annoyed",
  "annoyance",
]);
const CAUSE_PREPS = new Set(["by", "over", "with", "about", "at", "regarding", "concerning"]);
// Prepositions inside the cause's own noun phrase: "progress in talks", "the signing of deals".
const INNER_PREPS = new Set(["of", "in", "on", "for"]);
const PHRASE_POS = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PART"]);

/**
 * A noun act (`head`) named as the cause of a feeling ("angered by", "concerns over", "dissatisfaction with"): the
 * feeling is the news, the act only its reference.
 */
function feltCause(units: readonly Unit[], head: number): boolean {
  const clause = (units[head] as Unit).clause;
  // "concern over the attack by Russia on Ukraine": an act that names its own doer with "by" is reported as done.
  if (units[head + 1]?.lower === "by" && units[head + 2]?.mention) return false;
  for (let k = head - 1; k > 0 && k >= head - 10; k--) {
    const u = units[k] as Unit;
    if (u.clause !== clause) return false;
    if (CAUSE_PREPS.has(u.lower)) return FEELINGS.has(units[k - 1]?.lower ?? "");
    if (!(u.mention || PHRASE_POS.has(u.pos) || INNER_PREPS.has(u.lower) || u.lower === "'s" || u.lower === "’s"))
      return false;
  }
  return false;
}

/** Past an owner before the noun phrase ("Russia's", "Israel 's"): the word before the whole phrase. */
function beforeOwner(units: readonly Unit[], k: number): number {
  let j = k;
  if (units[j]?.lower === "'s" || units[j]?.lower === "’s") j--;
  if (units[j]?.mention) j--;
  while (units[j]?.pos === "DET") j--;
  return j;
}

// Conjunctions that open a clause dating the main act by an earlier one: "worsened after Russia invaded Ukraine".
const DATING_OPENERS = new Set(["after", "when"]);

/**
 * The verb act at `head` lies in an "after" or "when" clause that puts it two or more years before the article: "ties
 * worsened after Russia invaded Ukraine in 2022", "After Baku seized the region in September 2023, thousands fled".
 * Such a clause dates the news by history; "condemned the strike after Russia shelled Odesa on Monday" keeps its act.
 */
export function inPastYearClause(units: readonly Unit[], head: number, published: string | undefined): boolean {
  const year = Number(published?.slice(0, 4));
  const h = units[head] as Unit;
  if (!year || h.pos !== "VERB" || !pastForm(h)) return false;
  let k = head - 1;
  while (k >= 0 && k >= head - 8 && !DATING_OPENERS.has((units[k] as Unit).lower)) {
    const u = units[k] as Unit;
    // The opener's subject only: a party, its noun phrase, an auxiliary ("had seized").
    if (u.lower === "," || u.attribution || !(u.mention || SINCE_SKIP.has(u.pos))) return false;
    k--;
  }
  const opener = units[k];
  if (!opener || !DATING_OPENERS.has(opener.lower) || k === head - 1) return false;
  for (let j = head + 1; j < units.length && j <= head + 16; j++) {
    const w = units[j] as Unit;
    if (w.lower === "," || w.lower === ";" || w.clause !== h.clause) return false;
    // Two years back at least: "in December 2024" in a report of January 2025 may be its own news.
    if (/^\d{4}$/.test(w.lower) && Number(w.lower) > 1000 && Number(w.lower) <= year - 2) return true;
  }
  return false;
}
