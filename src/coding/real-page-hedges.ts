// Hedges met on real news pages more than in wire sentences: questions with a modal ("What would have happened had
// ...?"), acts listed under a verb ("would take steps, including calling for ..."), and the goal after "for" ("in
// touch with Iran for the release of hostages"), acts only neared, missed or looked ahead to ("on the verge of a
// deal", "a deal has proved elusive", "hopes for a deal"), acts argued for ("advocated the deployment of troops") and
// a poll's findings ("a poll shows most Georgians want"). moodOf (modality.ts) reads them.
import { POSSESSIVE_PRONOUNS } from "./possessive-pronouns.ts";
import { notAnActSense } from "./real-page-senses.ts";
import type { Unit } from "./sentence-units.ts";

// Nouns of yielding that are sought more often than reported after "for": "for the release of", "for a withdrawal".
const YIELDING = new Set(["release", "withdrawal", "ceasefire", "truce", "pullout", "return", "evacuation"]);
// Verbs that say the act after "for" was done: "thanked Qatar for the release", "praised Turkey for its mediation".
const THANKING = new Set(["thank", "praise", "credit", "commend", "hail", "congratulate", "laud", "applaud"]);
// Modal words that make a question hypothetical ("What would have happened had ...?", "Could Russia attack ...?");
// a question without one may still presuppose its act ("Why did Russia attack?").
const QUESTION_MODAL = new Set(["would", "could", "should", "will", "might", "may", "can"]);

// Auxiliaries that open a yes-no question ("Did Pakistan shell ...?", "Has China sent ...?"): it asks whether the act
// happened and asserts nothing, unlike a question word ("Why did Russia attack?"), which presupposes it.
const QUESTION_AUXILIARY = new Set(["do", "does", "did", "has", "have", "had", "is", "are", "was", "were"]);
const QUOTES = ["“", "”", '"', "’", "‘", "'"];

/**
 * The sentence is a question (ends with "?") with a modal word before the trigger, or a yes-no question that opens
 * with its auxiliary.
 */
export function unassertingQuestion(units: readonly Unit[], head: number): boolean {
  let end = units.length - 1;
  while (end > head && QUOTES.includes((units[end] as Unit).lower)) end--;
  if ((units[end] as Unit).lower !== "?") return false;
  let start = 0;
  while (start < head && QUOTES.includes((units[start] as Unit).lower)) start++;
  if (QUESTION_AUXILIARY.has((units[start] as Unit).lower)) return true;
  for (let k = 0; k < head; k++) if (QUESTION_MODAL.has((units[k] as Unit).lower)) return true;
  return false;
}

/**
 * The verb a list opened by "including" at k hangs on: the nearest verb before it that is not an infinitive of
 * purpose ("would take measures to oppose it, including ..." hangs on "take"), or -1.
 */
export function listingVerb(units: readonly Unit[], including: number): number {
  for (let k = including - 1; k >= 0 && k >= including - 16; k--)
    if ((units[k] as Unit).pos === "VERB" && units[k - 1]?.lower !== "to") return k;
  return -1;
}

/** "for the release of": a yielding noun at `head` after "for" at `k` that no verb of thanks looks back on. */
export function soughtYield(units: readonly Unit[], k: number, head: number): boolean {
  return YIELDING.has((units[head] as Unit).lemma) && !THANKING.has(verbBefore(units, k)?.lemma ?? "");
}

/** The nearest verb before k within six words. */
function verbBefore(units: readonly Unit[], at: number): Unit | undefined {
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) if ((units[k] as Unit).pos === "VERB") return units[k];
  return undefined;
}

// Nouns of the point just short of an act: "on the verge of a deal", "on the brink of signing an agreement".
const VERGE = new Set(["verge", "brink", "cusp"]);
// Verbs that bring one near an act without doing it: "were close to a deal", "came closer to an agreement".
const NEARING = new Set(["be", "come", "get", "edge", "inch", "move", "draw"]);
const NEAR = new Set(["close", "closer", "near", "nearer"]);
// A noun's own modifiers, and a gerund that governs it ("of signing a deal"), between the act and what hedges it.
const MODIFIER = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN"]);

/** "on the verge of a deal", "were close to an agreement": the act at `head` is only neared, not done. */
function nearedAct(units: readonly Unit[], head: number): boolean {
  let k = head - 1;
  while (k >= 0) {
    const u = units[k] as Unit;
    if (MODIFIER.has(u.pos) || (u.pos === "VERB" && u.lower.endsWith("ing") && units[k - 1]?.pos === "ADP")) k--;
    else break;
  }
  const at = units[k];
  if (at?.lower === "of") return VERGE.has(units[k - 1]?.lemma ?? "") && units[k - 3]?.lower === "on";
  if (at?.lower !== "to" || !NEAR.has(units[k - 1]?.lower ?? "")) return false;
  let v = k - 2;
  if (units[v]?.pos === "ADV") v--;
  return NEARING.has(units[v]?.lemma ?? "");
}

// Nouns that look ahead to an act: "China's outlook on trade talks", "hopes for a deal", "the prospects of a truce",
// and the goals one sets for it ("ambitious goals for a trade pact"; not "aim": "announced the aim of a deal" is
// an intent, 030, which the aim's own verb gives).
const LOOKING_AHEAD = new Set([
  "outlook",
  "optimism",
  "pessimism",
  "hope",
  "expectation",
  "prospect",
  "chance",
  "odds",
  "goal",
  "ambition",
  "aspiration",
  "dream",
  // "candidates for EU membership", "its bid for membership": a standing that asks for the act, not the act.
  "candidate",
  "candidacy",
  "bid",
  "application",
  "quest",
]);
const ABOUT = new Set(["on", "about", "over", "for", "of", "regarding", "concerning"]);
// Nouns of kind that stand between a looking-ahead noun and the act: "prospects for any sort of trade deal".
const KIND_OF = new Set(["sort", "kind", "type", "form"]);

/** Steps back from k over a noun's modifiers; a party joined by a hyphen stays in ("a China-US trade deal"). */
function skipModifiersBack(units: readonly Unit[], k: number): number {
  while (k >= 0) {
    const u = units[k] as Unit;
    if (!(MODIFIER.has(u.pos) || u.lower === "-")) break;
    if (u.mention && units[k - 1]?.lower !== "-" && units[k + 1]?.lower !== "-") break;
    k--;
  }
  return k;
}

/** "dampening China's outlook on trade talks", "hopes for a deal": an act that is what one looks ahead to. */
function lookedAheadTo(units: readonly Unit[], head: number): boolean {
  // "candidates for EU membership": a party naming the act's other side may stand right before it.
  let k = skipModifiersBack(units, units[head - 1]?.mention ? head - 2 : head - 1);
  // "any sort of trade deal": step over the noun of kind to what is said of the deal.
  if (units[k]?.lower === "of" && KIND_OF.has(units[k - 1]?.lemma ?? "")) k = skipModifiersBack(units, k - 2);
  return ABOUT.has(units[k]?.lower ?? "") && LOOKING_AHEAD.has(units[k - 1]?.lemma ?? "");
}

// Nouns for the standing ties between parties, and the nouns that name a side of them: "the development of
// Russian-Kyrgyz cooperation", "a new level of strategic cooperation", "the key issues of Kazakh-Russian cooperation".
const TIES = new Set(["cooperation", "collaboration", "partnership", "ties", "relation", "integration"]);
const ASPECT = new Set([
  "development",
  "level",
  "issue",
  "question",
  "prospect",
  "state",
  "area",
  "field",
  "sphere",
  "spirit",
  "framework",
  "agenda",
  "topic",
  "importance",
  "potential",
  "history",
]);

/** "the next level of strategic cooperation": ties named as a topic or a state of affairs, not an act done. */
function aspectOfTies(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  if (h.pos !== "NOUN" || !TIES.has(h.lemma)) return false;
  const k = skipModifiersBack(units, head - 1);
  return units[k]?.lower === "of" && ASPECT.has(units[k - 1]?.lemma ?? "");
}

// Verbs that link an act to "elusive": "a deal has proved elusive", "peace remains elusive".
const LINKING = new Set(["be", "prove", "remain", "seem", "appear"]);

/** "signing a deal has proved elusive", "an agreement remains out of reach": the act at `head` was not reached. */
function provedElusive(units: readonly Unit[], head: number): boolean {
  let linked = false;
  for (let k = head + 1; k < units.length && k <= head + 10; k++) {
    const u = units[k] as Unit;
    // "a deal between Sudan and Chad remains elusive": an "and" between two parties stays in the act's phrase.
    const joinsParties = u.pos === "CCONJ" && units[k - 1]?.mention && units[k + 1]?.mention;
    if (u.pos === "PUNCT" || u.pos === "SCONJ" || (u.pos === "CCONJ" && !joinsParties)) return false;
    if (LINKING.has(u.lemma)) linked = true;
    const outOfReach = u.lower === "out" && units[k + 1]?.lower === "of" && units[k + 2]?.lower === "reach";
    if (linked && (u.lower === "elusive" || outOfReach)) return true;
  }
  return false;
}

// Verbs of appealing to another party: "urged Israel to", "pressed Iran to", "asked the ICC to".
const APPEALING = new Set(["urge", "ask", "press", "appeal", "implore", "plead", "request", "exhort"]);

/** The trigger is a verb of appeal: said of the future ("was set to press", "will ask"), it is not yet made. */
export function appealVerb(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  return h.pos === "VERB" && APPEALING.has(h.lemma);
}

// Verbs that put a policy forward without carrying it out: "advocated the deployment of troops", "favours a ban on"
// (not "propose": "proposed talks with Venezuela" is itself an act, 036, which the verb's own pattern codes).
const PROPOSING = new Set(["advocate", "favour", "favor", "champion"]);
// Verbs of support, which put an act forward only when it is indefinite ("backs an end to aid", "supported sending
// troops"); "backed the Azerbaijani offensive" supports an act that was done.
const SUPPORTING = new Set(["support", "back", "endorse"]);
// Their forms, read as the verb whatever the tagger calls them.
const SUPPORT_FORMS = new Set([...SUPPORTING].flatMap((v) => [v, `${v}s`, v.endsWith("e") ? `${v}d` : `${v}ed`]));
// People named by a cause they argue for or against: "a consistent voice for Ukraine aid", "an advocate of Russia
// sanctions", "a champion of Georgian membership", "a critic of arms sales to Riyadh".
const ADVOCATES = new Set([
  "voice",
  "advocate",
  "proponent",
  "champion",
  "supporter",
  "backer",
  "opponent",
  "critic",
  "sceptic",
  "skeptic",
  "foe",
]);
// Prepositions that chain a noun phrase to the act it names: "an end to aid", "a ban on imports", "the sale of arms".
const CHAIN = new Set(["to", "on", "of"]);

/**
 * "supporting an end to military aid for Ukraine", "advocated the deployment of troops": an act a party argues for
 * (the object of a verb of proposing, or an indefinite one of a verb of support) is put forward, not done; so is one
 * a person is named for ("a voice for Ukraine aid", "an advocate of sanctions").
 */
function advocatedAct(units: readonly Unit[], head: number): boolean {
  let k = head - 1;
  // "backs talks with Russia", "refused to back sanctions on Russia": a bare noun with no determiner is indefinite
  // too; "backed a Russian offensive", "backed Baku's offensive" name an act with its own doer, which was done ("an
  // end to U.S. military aid" names the doer of the act ended, not of the end).
  let indefinite = true;
  let doer = false;
  const nounAct = (units[head] as Unit).pos === "NOUN";
  for (let seen = 0; k >= 0 && seen < 8; k--, seen++) {
    const u = units[k] as Unit;
    // "Rubio, a long-time advocate of Ukraine aid, said": a noun act names a cause a person stands for, not one done
    // ("supporters of the former president blocked roads" is done: the act is the verb, not in the phrase).
    if (nounAct && (u.lower === "for" || u.lower === "of") && ADVOCATES.has(units[k - 1]?.lemma ?? "")) return true;
    // "Ukraine backs/NOUN talks", "to back/ADV sanctions": the tagger misreads these forms; they are the verb.
    if (supportForm(units, k)) break;
    // "an end to U.S. military aid": a party named in the act's phrase stays in it.
    if (MODIFIER.has(u.pos) || u.lower === "'s") {
      if (u.lower === "a" || u.lower === "an") indefinite = true;
      else if (u.pos === "DET") indefinite = false;
      if (u.lower === "'s" || u.mention) doer = true;
      continue;
    }
    // The doer named so far belongs to the act the chain leads to ("an end to U.S. aid"), not to the outer one.
    if (CHAIN.has(u.lower) && units[k - 1]?.pos === "NOUN") {
      doer = false;
      continue;
    }
    break;
  }
  if (supportForm(units, k)) return indefinite && !doer;
  const verb = units[k];
  if (verb?.pos !== "VERB") return false;
  return PROPOSING.has(verb.lemma) || (SUPPORTING.has(verb.lemma) && indefinite && !doer);
}

/** A form of a verb of support, whatever its tag; "back" after a verb is its particle ("beat back", "hit back"). */
function supportForm(units: readonly Unit[], k: number): boolean {
  const u = units[k];
  return !!u && !u.mention && SUPPORT_FORMS.has(u.lower) && units[k - 1]?.pos !== "VERB";
}

// A poll's findings are what people think, not what a party does: "a poll shows most Georgians want ...".
const POLL = new Set(["poll", "survey"]);
const FINDING = new Set(["show", "find", "suggest", "indicate", "reveal"]);
const RESPONDENTS = new Set(["people", "respondent", "voter", "citizen", "adult", "resident", "those"]);

/**
 * "A fresh poll shows that most Georgians want the government to cut ties", "60 percent of Armenians support": an act
 * reported as a poll's finding (a poll or survey that shows or finds, or a share in percent) is an opinion, not done.
 */
function pollFinding(units: readonly Unit[], head: number): boolean {
  for (let k = head - 1; k >= 0; k--) {
    const u = units[k] as Unit;
    // "60 percent of Armenians support": a share of people, right before their view ("40 percent of Europe's gas" is
    // a quantity of something else).
    if ((u.lower === "percent" || u.lower === "%") && units[k + 1]?.lower === "of" && head - k <= 6)
      if (units[k + 2]?.mention?.kind === "demonym" || RESPONDENTS.has(units[k + 2]?.lemma ?? "")) return true;
    if (!POLL.has(u.lemma) || units[k + 1]?.pos === "NOUN") continue;
    for (let j = k + 1; j < head; j++) if (FINDING.has((units[j] as Unit).lemma)) return true;
  }
  return false;
}

/**
 * The act at `head` is not done, or is no act at all (clauseMood drops it as hypothetical): only neared, missed or
 * looked ahead to ("on the verge of a deal", "a deal has proved elusive", "hopes for a deal"), argued for, a poll's
 * finding, or a sense of the trigger that is no act ("weather warnings", "a broad-based rally").
 */
export function notDoneOnRealPages(units: readonly Unit[], head: number): boolean {
  return (
    nearedAct(units, head) ||
    provedElusive(units, head) ||
    lookedAheadTo(units, head) ||
    aspectOfTies(units, head) ||
    advocatedAct(units, head) ||
    pollFinding(units, head) ||
    foreseenOutcome(units, head) ||
    notAnActSense(units, head)
  );
}

// Modal words that put what a noun act leads to ahead of the report: "talks with Iran would bear fruit".
const OUTCOME_MODAL = new Set(["would", "will", "could", "might", "may", "should", "can", "'ll"]);
// Verbs after the modal that still say the act was done: judged ("could be a crime", "could have killed") or going on
// ("strikes will continue").
const KEPT_UP = new Set(["be", "have", "continue", "persist", "last", "remain", "go", "drag", "intensify", "escalate"]);
// Words inside the noun act's own phrase: "talks with Bolivia on its border", "the deal between Chile and Peru".
const PHRASE_WORDS = new Set(["with", "between", "on", "of", "over"]);

/**
 * "optimistic that talks with Ethiopia would bear fruit", "hopes the deal will hold": a noun act that is the subject
 * of a modal verb is what a guess or a hope is about, not an act the report says was done. A judgement of a done act
 * ("the attack could be a war crime", "could have killed hundreds") or one going on ("strikes will continue") keeps it.
 */
function foreseenOutcome(units: readonly Unit[], head: number): boolean {
  if ((units[head] as Unit).pos !== "NOUN" || doerNamedBefore(units, head)) return false;
  let k = head + 1;
  for (; k < units.length && k <= head + 14; k++) {
    const u = units[k] as Unit;
    const inPhrase =
      u.mention ||
      PHRASE_WORDS.has(u.lower) ||
      POSSESSIVE_PRONOUNS.has(u.lower) ||
      u.lower === "-" ||
      ["NOUN", "PROPN", "ADJ", "DET", "NUM"].includes(u.pos) ||
      (u.lower === "and" && !!units[k + 1]?.mention) ||
      // "their shared river", "the disputed border": a participle before a noun describes it.
      (u.pos === "VERB" && /(?:ed|ing)$/.test(u.lower) && units[k + 1]?.pos === "NOUN");
    if (!inPhrase) break;
  }
  if (!OUTCOME_MODAL.has(units[k]?.lower ?? "")) return false;
  let v = k + 1;
  while (units[v]?.pos === "ADV" || units[v]?.pos === "PART") v++;
  const verb = units[v];
  return verb?.pos === "VERB" && !KEPT_UP.has(verb.lemma);
}

/**
 * "Russia's strikes on Ukrainian ports", "the Azerbaijani attack on Armenia": a noun act whose doer is named before it
 * is a particular act the report takes as done; a guess at what it will lead to ("could push prices higher") does not
 * undo it. "A Chinese invasion of Taiwan would ...", with "a", names no particular act and stays a guess.
 */
function doerNamedBefore(units: readonly Unit[], head: number): boolean {
  let k = head - 1;
  while (units[k]?.pos === "ADJ" || units[k]?.pos === "NUM") k--;
  if (units[k]?.lower === "'s" || units[k]?.lower === "’s") k--;
  if (!units[k]?.mention) return false;
  let d = k - 1;
  while (units[d]?.pos === "ADJ") d--;
  return units[d]?.lower !== "a" && units[d]?.lower !== "an";
}
