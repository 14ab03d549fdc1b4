// Word-order facts about one trigger: voice (active, passive, reduced passive), nominal use, and what lies between.
import { opensCount } from "./count-bound.ts";
import { DAY_WORDS } from "./day-words.ts";
import { type ActorGroup, hasPossessive, isFiniteVerb } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

// Quote marks a report puts round a word it quotes: "drones have been 'downed'".
const QUOTE_MARKS = new Set(["'", '"', "“", "”", "‘", "’", "«", "»"]);

/** "was attacked", "got detained", "have been 'downed'": a past participle after a form of be or get. */
export function isPassive(units: readonly Unit[], head: number): boolean {
  const u = units[head] as Unit;
  if (u.pos !== "VERB" || u.lower === u.lemma || u.lower.endsWith("ing")) return false;
  for (let k = head - 1; k >= 0 && k >= head - 3; k--) {
    const w = units[k] as Unit;
    if (w.lemma === "be" || w.lemma === "get") return true;
    // "defended its purchase when accused by the West", "if attacked by Russia": a participle opening a clause after
    // a subordinator, with no subject of its own, is passive; its patient is the main clause's subject.
    if (SUBORDINATORS.has(w.lower) && k === head - 1) return true;
    if (w.pos !== "ADV" && w.pos !== "PART" && !QUOTE_MARKS.has(w.lower)) return false;
  }
  return false;
}

const SUBORDINATORS = new Set(["when", "whenever", "if", "unless", "once", "while", "though", "although", "until"]);

/**
 * "Aid was sent to Turkey by Azerbaijan", "New sanctions were imposed on Iran by the EU": the passive verb whose
 * subject is the noun phrase ending before `end`, or -1. Its "by" agent does the noun's act.
 */
export function passiveAfterNoun(units: readonly Unit[], end: number): number {
  // "New sanctions on Russia were imposed by Japan": the noun's own target phrase may stand before a verb that
  // carries the act ("Sanctions on Russia were criticised by Hungary" names no one who imposed them).
  const past = pastTargetPhrase(units, end);
  const carried = past > end;
  end = past;
  if (units[end]?.lemma !== "be" || units[end]?.pos !== "AUX") return -1;
  for (let k = end + 1; k <= end + 3 && k < units.length; k++) {
    if (isPassive(units, k)) return !carried || CARRIERS.has((units[k] as Unit).lemma) ? k : -1;
    if (!["AUX", "ADV", "PART"].includes((units[k] as Unit).pos)) return -1;
  }
  return -1;
}

// Prepositions that name whom a noun act is aimed at: "sanctions on Russia", "aid to Ukraine".
const TARGET_PREPS = new Set(["on", "against", "to", "for"]);

/** Past a short "on/against/to/for X" phrase at `at` ending in a party ("on Russia", "against the Iranian regime"). */
function pastTargetPhrase(units: readonly Unit[], at: number): number {
  if (!TARGET_PREPS.has(units[at]?.lower ?? "")) return at;
  for (let k = at + 1; k <= at + 3; k++) {
    const u = units[k];
    if (u?.mention) return k + 1;
    if (u?.pos !== "DET" && u?.pos !== "ADJ") return at;
  }
  return at;
}

// Verbs that carry a noun act to its doer: "sanctions imposed by", "aid sent by", "the treaty, signed by". Not
// verbs that name another party's act on it ("talks hosted by", "a deal brokered by", "an attack condemned by").
const CARRIERS = new Set([
  "impose",
  "introduce",
  "adopt",
  "send",
  "deliver",
  "provide",
  "give",
  "grant",
  "offer",
  "extend",
  "pledge",
  "approve",
  "sign",
  "conclude",
  "reach",
  "launch",
  "carry",
  "conduct",
  "stage",
  "mount",
  "make",
  "issue",
  "lodge",
  "level",
  "voice",
  "announce",
  "declare",
  "wage",
  "unleash",
]);

const CARRIER_GAP = new Set(["ADV", "ADP", "DET"]);

/**
 * "sanctions imposed by the EU on Belarus", "the treaty, signed by X and Y,": a participle of a verb that carries the
 * noun's act, right after the noun that ends before `end` (or after a comma), with its "by" agent near: the
 * participle's index, or -1. Its agent does the noun's act, and a party after it is the act's target.
 */
export function carrierParticiple(units: readonly Unit[], end: number): number {
  // "The deal -- signed in Bishkek by X and Y -- is ...": a dash opens the aside as a comma does.
  const at = ASIDE_OPENERS.has(units[end]?.lower ?? "") ? end + 1 : end;
  const u = units[at];
  // A past form, regular or not ("imposed", "sent", "made"); the "by" after it makes it a passive participle.
  if (u?.pos !== "VERB" || u.lower === u.lemma || /(?:ing|s)$/.test(u.lower) || !CARRIERS.has(u.lemma)) return -1;
  for (let k = at + 1; k < units.length && k <= at + 5; k++) {
    const w = units[k] as Unit;
    if (w.lower === "by") return at;
    // "carried out by", "imposed on Cuba by": a particle, or the party the act goes to before its agent; "signed in
    // Bishkek by": the place the act was done in.
    const place = w.placeEnd !== undefined || (w.pos === "PROPN" && PLACE_PREPS.has(units[k - 1]?.lower ?? ""));
    if (!(CARRIER_GAP.has(w.pos) || w.mention || place || w.lower === "out" || DAY_WORDS.has(w.lower))) return -1;
  }
  return -1;
}

const ASIDE_OPENERS = new Set([",", "--"]);
const PLACE_PREPS = new Set(["in", "at"]);

/**
 * "condemned the attack by Azerbaijan", "condemned the arrest of the journalist by Russian authorities": the agent of
 * the verb's object noun (with an "of" phrase of its own) is whom the verb is aimed at.
 */
export function agentOfObject(units: readonly Unit[], g: ActorGroup, from: number): boolean {
  // "by the Turkish army": an article may stand between "by" and the agent.
  const at = units[g.first - 1]?.pos === "DET" ? g.first - 1 : g.first;
  const by = units[at - 1];
  const noun = units[at - 2];
  // "the shelling of Kharkiv by Russian forces": the noun phrase may end in a place's name.
  // "condemned shelling by Armenian forces": an -ing form before its "by" agent names the act, as a noun does.
  const nominal =
    noun?.pos === "NOUN" ||
    (noun?.pos === "PROPN" && !noun.mention) ||
    (noun?.pos === "VERB" && noun.lower.endsWith("ing"));
  if (by?.lower !== "by" || !nominal || at - 2 < from || at - 2 > from + 7) return false;
  let of = false;
  for (let k = from; k < at - 2; k++) {
    const u = units[k] as Unit;
    // one "of" (or "on", "against") after a noun: "the arrest of the journalist", "the attack on Kharkiv"
    if (OBJECT_PREP.has(u.lower) && !of && units[k - 1]?.pos === "NOUN") of = true;
    // "the violation of its airspace by Chile": a possessive pronoun may open the "of" phrase.
    else if (of && OWNER_PRONOUNS.has(u.lower)) continue;
    else if (!["DET", "ADJ", "NOUN", "NUM"].includes(u.pos) && !(of && u.pos === "PROPN" && !u.mention)) return false;
  }
  return of || at - 2 <= from + 4;
}

const OBJECT_PREP = new Set(["of", "on", "against"]);
const OWNER_PRONOUNS = new Set(["its", "their", "our", "his", "her"]);

// Verbs of harm and capture never stand without their object: with none after them, their subject suffered them.
const MUST_OBJECT = new Set(["kill", "wound", "injure", "arrest", "detain", "capture", "abduct", "kidnap"]);

/**
 * The unit a participle after a noun is said of: the word before it, or the actor or noun before a comma when the
 * participle opens an apposition ("The Serbian police, accused by Western governments of ...", "The treaty, signed
 * by Armenia and Iran, ...").
 */
export function participleSubject(units: readonly Unit[], head: number): number {
  const noun = units[head - 2];
  return units[head - 1]?.lower === "," && (noun?.mention || noun?.pos === "NOUN") ? head - 2 : head - 1;
}

/** "property seized by", "civilians killed by": a past participle after a noun and before "by". */
export function isReducedPassive(units: readonly Unit[], head: number): boolean {
  const u = units[head] as Unit;
  const subject = participleSubject(units, head);
  const before = units[subject];
  if (u.pos !== "VERB" || u.lower === u.lemma || !/(?:ed|en|wn)$/.test(u.lower) || !before) return false;
  // "Civilians killed by ...": the tagger reads a capitalised noun opening the sentence as a name.
  if (!(before.pos === "NOUN" || before.mention || (subject === 0 && before.pos === "PROPN"))) return false;
  // "ten Russian soldiers killed in Ukraine": a verb that must take an object, with none after it, is passive.
  const next = units[head + 1];
  // "killed at least 20 Syrian soldiers": a count's bound ("at least", "up to") opens the object, no place phrase.
  const bare = !next || ((next.pos === "ADP" || next.pos === "PUNCT") && !opensCount(units, head + 1));
  // "the remains of soldiers killed in combat": so it is after a plain noun, a reduced relative on that noun.
  if ((before.mention || before.pos === "NOUN") && MUST_OBJECT.has(u.lemma) && bare) return true;
  for (let k = head + 1; k < units.length && k <= head + 3; k++) {
    const w = units[k] as Unit;
    // "shortened by one hour the curfew", "cut by half its exports": a "by" before an amount measures the change.
    if (w.lower === "by") return !byAmount(units, k);
    if (w.pos !== "ADV" && !/^(on|in|last|this)$/.test(w.lower) && !DAY_WORDS.has(w.lower)) return false;
  }
  return false;
}

// Amount words that are no number: "by half", "by a third", "by a quarter".
const FRACTIONS = new Set(["half", "third", "quarter", "fifth", "tenth", "several", "much", "far"]);

/** The "by" at k measures an amount ("by one hour", "by 20 percent", "by a third"), naming no agent. */
function byAmount(units: readonly Unit[], k: number): boolean {
  return afterAmount(units, k) > k;
}

/**
 * Where a measuring "by" phrase at k ends ("shortened by one hour the curfew", "cut by 20 percent its exports"): the
 * unit after its amount and unit word, or k when no amount follows "by" there.
 */
export function afterAmount(units: readonly Unit[], k: number): number {
  if (units[k]?.lower !== "by") return k;
  let at = units[k + 1]?.pos === "DET" ? k + 2 : k + 1;
  const first = units[at];
  // "killed by one of the gunmen", "by two of its allies": a number of people picked out is an agent.
  if (!first || units[at + 1]?.lower === "of") return k;
  if (!(first.pos === "NUM" || FRACTIONS.has(first.lower))) return k;
  while (units[at]?.pos === "NUM" || FRACTIONS.has(units[at]?.lower ?? "")) at++;
  // The unit of the amount: "hour", "percent", "%", "points"; a second noun starts what was changed.
  if (units[at]?.pos === "NOUN" || units[at]?.lower === "%") at++;
  return at;
}

/** "a UN resolution condemning X", "a convoy carrying aid to Y": a present participle right after a common noun. */
export function isReducedActive(units: readonly Unit[], head: number): boolean {
  const u = units[head] as Unit;
  const before = units[head - 1];
  return u.pos === "VERB" && u.lower.endsWith("ing") && before?.pos === "NOUN" && !before.mention;
}

/**
 * "Africans ordered out of Nigeria", "crimes committed by X": a participle after a noun opens its own phrase; so does
 * a relative clause with its own subject and verb ("a law that critics compare to X", "a pipeline Germany built
 * with X"), whose parties are that verb's.
 */
export function reducedRelativeBetween(units: readonly Unit[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if (opensReducedRelative(units, k) || opensSubjectRelative(units, k, to) || opensMemberRelative(units, k, to))
      return true;
  return false;
}

// Verbs that say what a body is made of or stands for, not what it does: "a bloc that includes Chad".
const MEMBER_VERBS = new Set(["include", "comprise", "consist", "contain", "unite", "group", "represent", "encompass"]);
const SUBJECT_RELATIVE = new Set(["that", "which", "who"]);

/**
 * "withdrew from a force that includes Chad": a relative clause naming a body's members describes the body; the
 * members are no party to the act on it (the body is, when it is named).
 */
function opensMemberRelative(units: readonly Unit[], k: number, to: number): boolean {
  if (!SUBJECT_RELATIVE.has((units[k] as Unit).lower) || units[k - 1]?.pos !== "NOUN") return false;
  let j = k + 1;
  while (j < to && ["AUX", "ADV"].includes((units[j] as Unit).pos)) j++;
  return j < to && MEMBER_VERBS.has((units[j] as Unit).lemma);
}

const OBJECT_RELATIVE = new Set(["that", "which", "whom"]);
const SUBJECT_POS = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"]);

/** "that critics compare": a relative word after a noun, then a subject of its own and its verb, before `to`. */
function opensSubjectRelative(units: readonly Unit[], k: number, to: number): boolean {
  const prev = units[k - 1];
  if (!OBJECT_RELATIVE.has((units[k] as Unit).lower) || prev?.pos !== "NOUN") return false;
  let j = k + 1;
  while (j < to && j <= k + 5 && (units[j]?.mention || SUBJECT_POS.has((units[j] as Unit).pos))) j++;
  return j > k + 1 && j < to && isFiniteVerb(units[j]);
}

/** The participle at k follows a noun and takes no object of its own: "men accused of spying", "aid sent to". */
export function opensReducedRelative(units: readonly Unit[], k: number): boolean {
  const u = units[k] as Unit;
  const prev = units[k - 1];
  return (
    !!prev &&
    u.pos === "VERB" &&
    u.lower !== u.lemma &&
    /(?:ed|en|wn)$/.test(u.lower) &&
    (prev.pos === "NOUN" || (prev.pos === "PROPN" && !prev.mention)) &&
    !["NOUN", "PROPN", "ADJ", "DET"].includes(units[k + 1]?.pos ?? "")
  );
}

// Words that open a relative clause: an agent after them belongs to that clause's verb.
export const RELATIVE = new Set(["whose", "which", "who", "whom", "that"]);

/** A verb, a participle the tagger read as an adjective ("strained by"), or a relative word between the two. */
export function verbBetween(units: readonly Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const u = units[k] as Unit;
    if (u.pos === "VERB" || RELATIVE.has(u.lower) || (u.pos === "ADJ" && /ed$/.test(u.lower))) return true;
  }
  return false;
}

/** An actor right before a noun head, with only modifiers between: "Russian police custody", "Moscow's pressure". */
export function prenominal(units: readonly Unit[], last: number, head: number): boolean {
  if (hasPossessive(units, last) && head - last <= 4) return true;
  for (let k = last + 1; k < head; k++) {
    const u = units[k] as Unit;
    if (!["ADJ", "NOUN", "PUNCT", "PART"].includes(u.pos) || u.lower === ",") return false;
  }
  return true;
}

/** A noun trigger, or a gerund used as one ("the downing of", "Moscow's bullying"). */
export function isNominal(units: readonly Unit[], head: number): boolean {
  const u = units[head] as Unit;
  // "is willing to withdraw": an auxiliary head ("be ready", "be willing") is a verb phrase, not a noun.
  if (u.pos === "AUX") return false;
  if (u.pos !== "VERB") return true;
  const before = units[head - 1];
  // "Shelling by the Turkish military killed ...", "condemned shelling by Russia": an -ing form whose doer follows in
  // a "by" phrase names the act, as a noun does ("is shelling" stays a verb).
  if (u.lower.endsWith("ing") && units[head + 1]?.lower === "by" && before?.pos !== "AUX") return true;
  return (
    !!before &&
    u.lower.endsWith("ing") &&
    (before.pos === "DET" || before.pos === "ADJ" || hasPossessive(units, head - 2))
  );
}

/** "this brutal and deadly crackdown": the "and" at k joins two adjectives and stays inside the noun's phrase. */
export function joinsAdjectives(units: readonly Unit[], k: number): boolean {
  return units[k]?.pos === "CCONJ" && units[k - 1]?.pos === "ADJ" && units[k + 1]?.pos === "ADJ";
}
