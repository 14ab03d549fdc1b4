// Background around a trigger: adverbial clauses and phrases that set the scene for the main act but are not it.
import { isFiniteVerb } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

// Words that open an adverbial clause ("before allowing", "as shells continued", "after a coup toppled").
const SUBORDINATORS = new Set([
  "before",
  "after",
  "while",
  "since",
  "until",
  "when",
  "as",
  "because",
  "although",
  "unless",
  "once",
  "whereas",
  "without",
]);
// "attacked Ukraine and China condemned": a coordinator followed by a subject and its verb opens a new clause.
const COORDINATORS = new Set(["and", "or"]);
// "an admission that Soviet forces murdered": a complement clause with a subject of its own.
const COMPLEMENTIZERS = new Set(["that", "whether"]);
const PHRASE_POS = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"]);

/** How a subordinator at k opens a clause: with a gerund ("before allowing") or with its own subject and verb. */
function adverbialKind(units: readonly Unit[], k: number, complement = false): "gerund" | "finite" | undefined {
  const u = units[k] as Unit;
  const opener =
    SUBORDINATORS.has(u.lower) || COORDINATORS.has(u.lower) || (complement && COMPLEMENTIZERS.has(u.lower));
  if (!opener) return undefined;
  const next = units[k + 1];
  if (!next || next.clause !== u.clause) return undefined;
  if (next.pos === "VERB" && next.lower.endsWith("ing")) return COORDINATORS.has(u.lower) ? undefined : "gerund";
  // "such as", "as well as": "as" after these compares or lists, it opens nothing.
  if (u.lower === "as" && ["such", "well", "so"].includes(units[k - 1]?.lower ?? "")) return undefined;
  let j = k + 1;
  // "since the invasion of Ukraine began": an "of" inside the subject's phrase does not end it.
  const inSubject = (u: Unit) => !!u.mention || PHRASE_POS.has(u.pos) || (u.lower === "of" && j > k + 1);
  while (j < units.length && j <= k + 7 && inSubject(units[j] as Unit)) j++;
  if (j === k + 1) return undefined;
  const verb = units[j];
  return verb?.clause === u.clause && isFiniteVerb(verb) ? "finite" : undefined;
}

function opensAdverbialClause(units: readonly Unit[], k: number): boolean {
  return adverbialKind(units, k) !== undefined;
}

/**
 * "held talks ..., the first since the two countries fought a war", "demanded an admission that Soviet forces
 * murdered": a clause with a subject of its own lies between; the subject before it is not that clause's subject.
 */
export function ownSubjectBetween(units: readonly Unit[], from: number, to: number): boolean {
  // Only a subordinator or "that": "Israeli helicopters and tanks shelled" coordinates one subject.
  for (let k = from + 1; k < to; k++) {
    const w = (units[k] as Unit).lower;
    if ((SUBORDINATORS.has(w) || COMPLEMENTIZERS.has(w)) && adverbialKind(units, k, true) === "finite") return true;
  }
  return false;
}

/** An adverbial clause opens between two units: what lies on either side belongs to different acts. */
export function adverbialBetween(units: readonly Unit[], a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  return adverbialLimit(units, from + 1, to) < to;
}

/**
 * Where the trigger's own clause gives way to an adverbial clause ("demanded a truce with X before allowing Y in"):
 * an actor past that point belongs to the other clause's act, so the object search stops there.
 */
export function adverbialLimit(units: readonly Unit[], from: number, limit: number): number {
  for (let k = from; k < limit && k < units.length; k++)
    if (opensAdverbialClause(units, k) || participleAdjunct(units, k)) return k;
  return limit;
}

/**
 * "met the Dalai Lama in Prague, angering China": a comma then a participle opens an adjunct that says what the act
 * led to; its object is that participle's, not the act's.
 */
export function participleAdjunct(units: readonly Unit[], k: number): boolean {
  const next = units[k + 1];
  return (
    units[k]?.lower === "," &&
    next?.pos === "VERB" &&
    next.lower.endsWith("ing") &&
    next.lower !== "including" &&
    next.lower !== "according"
  );
}

// Nouns for the bond between parties: "deepening their partnership", "straining ties with Lima".
const TIE_NOUNS = new Set([
  "ties",
  "relations",
  "relationship",
  "partnership",
  "cooperation",
  "bond",
  "bonds",
  "alliance",
]);

/**
 * "signed a cooperation agreement, deepening their partnership", "hosted the minister, strengthening ties": a
 * participle whose object is the parties' bond says what the coded act did to it, not a second act.
 */
export function tieEffect(units: readonly Unit[], head: number): boolean {
  let k = head + 1;
  while (units[k]?.pos === "DET" || units[k]?.pos === "PRON" || units[k]?.pos === "ADJ") k++;
  return TIE_NOUNS.has(units[k]?.lower ?? "");
}

// What may stand between "as" and a trend's verb: its subject ("Yerevan", "the Kazakh government").
const TREND_SUBJECT = new Set(["DET", "ADJ", "NOUN", "PROPN"]);

/**
 * "The drills come as Yerevan deepens military ties with the West": a present-tense bond-building act in an "as" or
 * "while" clause is the trend behind the news, not an act done at a time. "as he held talks" (past) is kept.
 */
export function trendClause(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  if (h.pos !== "VERB" || h.lower === h.lemma || !/^(?:e?s)$/.test(h.lower.slice(h.lemma.length))) return false;
  if (!tieEffect(units, head)) return false;
  let k = head - 1;
  while (k >= 0 && k >= head - 5 && (units[k]?.mention || TREND_SUBJECT.has(units[k]?.pos ?? ""))) k--;
  return k < head - 1 && (units[k]?.lower === "as" || units[k]?.lower === "while");
}

// Prepositions that set a scene in time or circumstance: "despite hours of talks", "amid protests", "after the raid".
const SCENE_PREP = new Set(["despite", "amid", "amidst", "following", "after", "before", "during", "since"]);
const SCENE_SKIP = new Set(["DET", "ADJ", "NUM", "NOUN", "PRON"]);
// Prepositions that name a topic: "shared insights regarding trade negotiations with the US" tells of the talks, as
// a scene-setting phrase does, without reporting them; an act there with its own agent still is one ("regarding
// Russia's strikes").
const TOPIC_PREP = new Set(["regarding", "concerning"]);

// Contacts the clause's subject takes part in: "raised the issue during a phone call with Putin".
const CONTACTS = new Set([
  "call",
  "phone",
  "telephone",
  "conversation",
  "talks",
  // wink's lemma of "talks".
  "talk",
  "meeting",
  "visit",
  "videoconference",
  // "raised the issue during discussions with Vietnam's deputy premier": wink keeps these plurals as they are.
  "discussion",
  "discussions",
  "consultation",
  "consultations",
  "negotiation",
  "negotiations",
]);

/**
 * "Modi raised the issue during a phone call with Putin": a contact named with its other side after "with" is one
 * the subject held, so it is an act of its own, not the scene of the clause's act.
 */
export function contactWith(units: readonly Unit[], head: number): boolean {
  if (!CONTACTS.has((units[head] as Unit).lemma)) return false;
  for (let k = head + 1; k <= head + 2; k++) {
    if (units[k]?.lower === "with") return !!units[k + 1]?.mention || !!units[k + 2]?.mention;
    if (!CONTACTS.has(units[k]?.lemma ?? "")) return false;
  }
  return false;
}

/**
 * "during talks with X", and "Following a meeting with X, Y said ..." when the phrase opens the sentence: the
 * contact was held by the subject (fronted-phrase.ts). "agreed to expand trade after talks with Iran" keeps the talks
 * as the scene of the act they led to.
 */
export function heldAt(prep: string, k: number): boolean {
  return prep === "during" || (k === 0 && (prep === "following" || prep === "after"));
}

/**
 * The preposition of the scene-setting phrase a noun trigger sits in ("despite", "after", "ahead" for "ahead of"),
 * searched back over `reach` words, or undefined.
 */
function scenePrep(units: readonly Unit[], head: number, reach: number): string | undefined {
  for (let k = head - 1; k >= 0 && k >= head - reach; k--) {
    const u = units[k] as Unit;
    if (u.clause !== (units[head] as Unit).clause) return undefined;
    if (heldAt(u.lower, k) && contactWith(units, head)) return undefined;
    if (SCENE_PREP.has(u.lower) || TOPIC_PREP.has(u.lower)) return opensAdverbialClause(units, k) ? undefined : u.lower;
    if (u.lower === "of" && units[k - 1]?.lower === "ahead") return "ahead";
    const word = SCENE_SKIP.has(u.pos) || u.lower === "of" || u.lower === "-" || u.lower === "'s" || u.lower === "’s";
    if (u.mention ? !ownerOfHead(units, k, head) : !word) return undefined;
  }
  return undefined;
}

/**
 * "failed to agree despite hours of tense negotiations": a noun trigger in a scene-setting phrase names the
 * circumstance of the sentence's act, not a second act of its own.
 */
export function inScenePhrase(units: readonly Unit[], head: number): boolean {
  return scenePrep(units, head, 6) !== undefined;
}

// Nouns that make an act the starting point or the anniversary of a stretch of time: "since the beginning of".
const TIME_ANCHORS = new Set(["beginning", "start", "outbreak", "onset", "anniversary", "eve"]);

/**
 * "since Russia's invasion of Ukraine", "since the beginning of the Russian invasion", "just days before the third
 * anniversary of Moscow's invasion": an act that marks where a stretch of time began only dates the sentence's act;
 * even with its own agent it is a reference, not an act the sentence reports. A recent act the sentence follows on
 * ("following Poland's downing of drones last week", "after talks between X and Y") is still reported.
 */
export function inTimeScene(units: readonly Unit[], head: number): boolean {
  const prep = scenePrep(units, head, 12);
  if (!prep) return false;
  if (prep === "since") return true;
  for (let k = head - 1; k >= 0 && k >= head - 12 && (units[k] as Unit).lower !== prep; k--)
    if (TIME_ANCHORS.has((units[k] as Unit).lower) && units[k + 1]?.lower === "of") return true;
  return false;
}

/**
 * "have fought since the collapse of the Soviet Union", "following the breakup of Yugoslavia": a party named after
 * "of" in a scene-setting phrase is part of that background, not the one the clause's act is aimed at.
 */
export function inSceneOf(units: readonly Unit[], first: number): boolean {
  let k = first - 1;
  while (units[k]?.pos === "DET") k--;
  if (units[k]?.lower !== "of" || units[k - 1]?.pos !== "NOUN" || units[k - 1]?.mention) return false;
  const noun = (units[k - 1] as Unit).lemma;
  k -= 2;
  while (units[k]?.pos === "DET" || units[k]?.pos === "ADJ" || units[k]?.pos === "NUM") k--;
  const prep = units[k];
  return (
    !!prep &&
    prep.clause === (units[first] as Unit).clause &&
    (SCENE_PREP.has(prep.lower) || (TIME_PREP.has(prep.lower) && TIME_NOUNS.has(noun))) &&
    !opensAdverbialClause(units, k)
  );
}

// "at the end of British rule", "until the collapse of the Soviet Union", "in the days of the Ottoman empire": a point
// or stretch of time named by what ended or began there; whoever is named after its "of" only dates the act.
const TIME_PREP = new Set(["at", "until", "till", "in", "by", "from"]);
const TIME_NOUNS = new Set(["end", "start", "beginning", "dawn", "days", "era", "time", "fall", "collapse", "breakup"]);

/**
 * "following Russia's invasion of Ukraine", "after years of Armenian occupation": a party named as the owner or the
 * demonym of the scene's own noun is part of that phrase (any other mention ends it).
 */
function ownerOfHead(units: readonly Unit[], k: number, head: number): boolean {
  const m = units[k]?.mention;
  if (!m) return false;
  if (m.kind === "demonym") return k === head - 1;
  return /['’]s?$/.test(m.text) || units[k + 1]?.lower === "'s" || units[k + 1]?.lower === "’s";
}

// "in the 1967 Six-Day War", "during the 1991 Gulf War": a war the sentence dates by its year.
const WAR_OPENERS = new Set(["in", "during"]);
const WAR_WORDS = new Set(["war", "wars", "conflict"]);

/**
 * "Israel seized control of the territories ... in the 1967 Six-Day War": an act set in a war the sentence dates two
 * or more years before the article is history told as background, not news. Only a year inside the name of a war
 * counts; a bare year may date another act of the sentence ("suspected of blowing up a plane in 1988").
 */
export function inPastWar(units: readonly Unit[], head: number, published: string | undefined): boolean {
  const year = Number(published?.slice(0, 4));
  if (!year) return false;
  for (let k = head + 1; k + 2 < units.length; k++) {
    if (!WAR_OPENERS.has((units[k] as Unit).lower) || units[k + 1]?.lower !== "the") continue;
    const then = Number((units[k + 2] as Unit).lower);
    if (!/^\d{4}$/.test((units[k + 2] as Unit).lower) || then > year - 2) continue;
    for (let w = k + 3; w <= k + 6 && w < units.length; w++) if (WAR_WORDS.has((units[w] as Unit).lower)) return true;
  }
  return false;
}

// Nouns of a stretch of time that wrap an act as the backdrop of a sentence: "during a period of negotiations".
// Days and weeks are left out: "after days of talks" is often this text's news.
const PERIODS = new Set(["period", "periods", "time", "times", "era", "age", "years", "months", "decades", "decade"]);
// What opens such a backdrop: "during a period of", "amid years of", "at a time of", "in an era of".
const PERIOD_OPENERS = new Set([...SCENE_PREP, "at", "in", "through", "throughout", "over"]);

/**
 * "The talks took place during a period of negotiations between the US, China and Russia", "after years of talks
 * with Britain": an act named as the stretch of time around the sentence's act is background, whoever its parties.
 */
export function inPeriodPhrase(units: readonly Unit[], head: number): boolean {
  const clause = (units[head] as Unit).clause;
  let k = head - 1;
  // "years of Armenian occupation": the occupier's demonym stays inside the phrase.
  while (k >= 0 && (units[k]?.pos === "ADJ" || (k === head - 1 && units[k]?.mention?.kind === "demonym"))) k--;
  if (units[k]?.lower !== "of" || !PERIODS.has(units[k - 1]?.lower ?? "")) return false;
  k -= 2;
  // "after nearly 30 years of": a hedge on the count stays inside too.
  while (k >= 0 && ["ADJ", "DET", "NUM", "ADV"].includes(units[k]?.pos ?? "")) k--;
  const opener = units[k];
  return !!opener && opener.clause === clause && PERIOD_OPENERS.has(opener.lower);
}
