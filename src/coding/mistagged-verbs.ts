// The tagger often reads a past-tense verb right after its subject as a noun or adjective ("the Pakistani army
// shot/NOUN down a drone", "Egypt mediated/ADJ talks"); such a word still heads its clause.
import { createRequire } from "node:module";
import type { Unit } from "./sentence-units.ts";

const require = createRequire(import.meta.url);
/** wink's own table of irregular verb forms ("shot" → "shoot", "struck" → "strike"), shipped in its model package. */
let irregular: Record<string, string> | undefined;
function irregularVerbs(): Record<string, string> {
  irregular ??= require("wink-eng-lite-web-model/dist/wn-verb-exceptions.js") as Record<string, string>;
  return irregular;
}

// What may follow a verb read this way: its object or a particle ("shot down", "pulled out").
const OBJECT_START = new Set(["DET", "PROPN", "NUM", "PRON", "NOUN", "ADJ"]);
// "between" opens the two sides a mediating verb works between ("Egypt mediated/ADJ between Israel and Jordan").
const PARTICLES = new Set([
  "down",
  "off",
  "out",
  "up",
  "back",
  "over",
  "away",
  "into",
  "on",
  "at",
  "from",
  "to",
  "between",
]);

// Particles the tagger reads as adverbs after a verb it took for a noun ("hits/NOUN back/ADV").
const ADVERB_PARTICLES = new Set(["back", "out", "off", "down"]);

/** The lemmas a past-tense form may come from: "shot" → shoot, "mediated" → mediate, "stopped" → stop. */
function pastLemmas(word: string): string[] {
  const out: string[] = [];
  const irr = irregularVerbs()[word];
  if (irr && irr !== word) out.push(irr);
  if (word.endsWith("ied")) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("ed")) {
    out.push(word.slice(0, -1), word.slice(0, -2));
    if (word.at(-3) === word.at(-4)) out.push(word.slice(0, -3));
  }
  return out;
}

/**
 * Whether a word is a past participle, read alone or after "un": "masked", "armed", "unidentified", "unknown". Such a
 * modifier says how a group looks or what is known of it, never which people or cause it belongs to.
 */
export function isParticiple(word: string): boolean {
  const participle = (w: string) => {
    const irr = irregularVerbs()[w];
    return (irr !== undefined && irr !== w) || /^[a-z]{3,}ed$/.test(w);
  };
  return participle(word) || (word.startsWith("un") && participle(word.slice(2)));
}

/**
 * A mention that acts as a subject: a named state, organisation or person, or a demonym with a role ("Russian
 * forces"); a bare demonym ("the Israeli occupied territories") is an adjective, not a subject.
 */
function isSubject(u: Unit | undefined): boolean {
  const m = u?.mention;
  return !!m && (m.kind !== "demonym" || !!m.actor.role);
}

/**
 * "Ukraine's air defence shot/NOUN down", "Ukrainian air defences shot down": a subject noun of one or two words
 * owned by a party (its possessive or its demonym) ends right before `i`.
 */
function ownedSubject(units: readonly Unit[], i: number): boolean {
  for (let k = i - 1; k >= i - 2 && units[k]?.pos === "NOUN" && !units[k]?.mention; k--) {
    const owner = units[k - 1];
    if (owner?.lower === "'s" && units[k - 2]?.mention) return true;
    if (owner?.mention?.kind === "demonym" && !owner.mention.actor.role) return true;
  }
  return false;
}

// Verbs spelt like adverbs: "France and Germany back/ADV Ukraine". Read as the verb only before an object.
const ADVERB_VERBS = new Set(["back"]);

function adverbVerb(u: Unit, next: Unit | undefined): boolean {
  return u.pos === "ADV" && ADVERB_VERBS.has(u.lower) && !!next && (!!next.mention || OBJECT_START.has(next.pos));
}

/**
 * "refused to back/ADV sanctions/VERB on Russia": after an infinitive "to", a verb spelt like an adverb is the verb,
 * and a plural form the tagger then reads as a second verb is its object noun (two verbs cannot follow one "to").
 */
export function retagInfinitiveAdverbVerbs(units: Unit[]): void {
  for (let i = 1; i < units.length - 1; i++) {
    const u = units[i] as Unit;
    const next = units[i + 1] as Unit;
    if (units[i - 1]?.lower !== "to" || u.pos !== "ADV" || !ADVERB_VERBS.has(u.lower) || next.mention) continue;
    const plural = next.pos === "VERB" && /[^s]s$/.test(next.lower);
    if (!plural && !OBJECT_START.has(next.pos)) continue;
    u.pos = "VERB";
    u.lemma = u.lower;
    if (plural) next.pos = "NOUN";
  }
}

// Relative adverbs that open a clause of their own: "arrived in Turkey, where talks ...", "on Friday, when ...".
export const RELATIVE_ADVERBS = new Set(["where", "when"]);

// What may follow a plural noun object of a verb: "renewed calls for", "stepped up attacks on", "issued threats.".
const AFTER_OBJECT = new Set(["ADP", "DET", "PUNCT", "CCONJ", "SCONJ"]);

/**
 * "China repeated calls/VERB for the Philippines to leave", "Israel stepped up attacks/VERB on Gaza": two verbs cannot
 * follow each other, so a present form in -s right after a verb, before a preposition or the sentence's end, is the
 * first verb's plural object.
 */
export function retagPluralObjects(units: Unit[]): void {
  for (let i = 1; i < units.length; i++) {
    const u = units[i] as Unit;
    const before = units[i - 1] as Unit;
    const next = units[i + 1];
    if (u.mention || u.pos !== "VERB" || !/[^s]s$/.test(u.lower) || u.lemma === u.lower) continue;
    // "arrived in Turkey, where talks between Kyiv and Moscow are to take place": a finite verb right after a
    // relative "where" or "when" would have no subject, so the plural there opens the clause as its subject.
    const relative = RELATIVE_ADVERBS.has(before.lower) && next?.pos === "ADP";
    const verbBefore = before.pos === "VERB" || (before.pos === "ADP" && units[i - 2]?.pos === "VERB") || relative;
    if (!verbBefore || before.mention || (next && !AFTER_OBJECT.has(next.pos) && !next.mention)) continue;
    u.pos = "NOUN";
    u.lemma = u.lower.slice(0, -1);
  }
}

// Prepositions that join an object to the party it goes to, comes from or stands in: "exports oil to China", "buys
// gas from Russia", "hits refinery in Russia".
const OBJECT_PREPS = new Set(["to", "from", "in", "near"]);

/**
 * "Iran exports oil to China", "Ukraine hits refinery in Russia": an object (an article, an adjective, then one or
 * two nouns) then "to/from/in" a party, the shape of a verb's clause; a compound noun ("Iran exports fell") is followed
 * by its verb instead.
 */
function objectThenParty(units: readonly Unit[], i: number): boolean {
  let k = i;
  if (units[k]?.pos === "DET") k++;
  if (units[k]?.pos === "ADJ") k++;
  const first = k;
  while (k < first + 2 && units[k]?.pos === "NOUN" && !units[k]?.mention) k++;
  if (k === first || !OBJECT_PREPS.has(units[k]?.lower ?? "")) return false;
  const party = units[k + 1]?.pos === "DET" ? units[k + 2] : units[k + 1];
  return !!party?.mention;
}

/**
 * Reads as a verb a noun- or adjective-tagged past form of a trigger verb that follows its subject (an adverb may sit
 * between: "Beirut again rejected") or a perfect "have", and comes before its object or a particle. `isHead` says which lemmas head acts:
 * only those are worth reading again, and they keep the rule off ordinary nouns.
 */
export function retagPastVerbs(units: Unit[], isHead: (lemma: string) => boolean): void {
  for (let i = 1; i < units.length - 1; i++) {
    const u = units[i] as Unit;
    if (u.mention || (u.pos !== "NOUN" && u.pos !== "ADJ" && !adverbVerb(u, units[i + 1]))) continue;
    const before = units[i - 1]?.pos === "ADV" || units[i - 1]?.pos === "ADJ" ? units[i - 2] : units[i - 1];
    // "has long accused Beijing": after a perfect "have" the form is a participle, whatever follows its subject; its
    // object must then be a party or an article ("has armed forces" is a noun phrase).
    const perfect = before?.pos === "AUX" && before.lemma === "have";
    if (!perfect && !(isSubject(before) && units[i - 1]?.pos !== "ADJ") && !ownedSubject(units, i)) continue;
    const next = units[i + 1] as Unit;
    const object = perfect ? next.mention || next.pos === "DET" || next.pos === "PRON" : OBJECT_START.has(next.pos);
    // "Ukraine hits back at Russia", "Mali kicks out French troops": a present form before an adverb particle.
    const adverb = next.pos === "ADV" && ADVERB_PARTICLES.has(next.lower);
    if (!(next.mention || object || adverb || (next.pos === "ADP" && PARTICLES.has(next.lower)))) continue;
    // "Qatar funds Hamas": a present form between two parties is the verb too (a noun there would need an article).
    // An object then a party makes a present form a verb only after a named subject: after a noun it owns ("Russian
    // gas exports surge to China") the form is the head of a compound noun.
    const objectClause = isSubject(before) && objectThenParty(units, i + 1);
    const present = !perfect && (next.mention || adverb || objectClause) ? presentLemmas(u.lower) : [];
    const plain = adverbVerb(u, next) ? [u.lower] : [];
    const lemma = [...pastLemmas(u.lower), ...present, ...plain].find(isHead);
    if (!lemma) continue;
    u.pos = "VERB";
    u.lemma = lemma;
  }
}

// Words after which an "-ing" form opens a gerund phrase: "after meeting", "before visiting", "by shelling".
const GERUND_OPENERS = new Set(["after", "before", "since", "while", "upon", "by", "without", "on", "following"]);

/** The verbs an "-ing" form may come from: "meeting" → meet, "leaving" → leave, "hitting" → hit. */
function gerundLemmas(word: string): string[] {
  const stem = word.slice(0, -3);
  const out = [stem, `${stem}e`];
  if (stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
  return out;
}

/**
 * "After meeting/NOUN Chinese leaders": an "-ing" form of a trigger verb read as a noun, between a word that opens
 * a gerund phrase and a party (an article may come between), is the verb with that party as its object.
 */
export function retagGerunds(units: Unit[], isHead: (lemma: string) => boolean): void {
  for (let i = 1; i < units.length - 1; i++) {
    const u = units[i] as Unit;
    if (u.mention || u.pos !== "NOUN" || !u.lower.endsWith("ing")) continue;
    if (!GERUND_OPENERS.has((units[i - 1] as Unit).lower)) continue;
    const object = units[i + 1]?.pos === "DET" ? units[i + 2] : units[i + 1];
    if (!object?.mention) continue;
    const lemma = gerundLemmas(u.lower).find(isHead);
    if (!lemma) continue;
    u.pos = "VERB";
    u.lemma = lemma;
  }
}

// What may open the object of a progressive verb: "is freezing talks", "was freezing its aid", "is freezing all
// cooperation".
const PROGRESSIVE_OBJECT = new Set(["DET", "PRON", "NOUN", "ADJ", "PROPN", "NUM"]);

// Quote marks a writer puts round one word to distance himself from it: 'Armenia is “freezing” its participation'.
const SCARE_QUOTES = new Set(["“", "”", '"', "‘", "’", "'"]);

/**
 * "Chile is freezing/NOUN talks with Peru": an "-ing" form of a trigger verb read as a noun or adjective right after
 * a form of "be", before its object, is the progressive verb ("the weather was freezing" has no object after it).
 * The verb may stand in scare quotes ('Armenia is “freezing” its participation in the CSTO').
 */
export function retagProgressives(units: Unit[], isHead: (lemma: string) => boolean): void {
  for (let i = 1; i < units.length - 1; i++) {
    const u = units[i] as Unit;
    if (u.mention || (u.pos !== "NOUN" && u.pos !== "ADJ") || !u.lower.endsWith("ing")) continue;
    const quoted = SCARE_QUOTES.has(units[i - 1]?.lower ?? "") && SCARE_QUOTES.has(units[i + 1]?.lower ?? "");
    const be = units[quoted ? i - 2 : i - 1];
    if (be?.pos !== "AUX" || be.lemma !== "be") continue;
    const next = units[quoted ? i + 2 : i + 1];
    if (!next || (!next.mention && !PROGRESSIVE_OBJECT.has(next.pos))) continue;
    const lemma = gerundLemmas(u.lower).find(isHead);
    if (!lemma) continue;
    u.pos = "VERB";
    u.lemma = lemma;
  }
}

/**
 * "Qatar helped broker/NOUN a deal", "helped intercept/NOUN missiles": a trigger word right after the verb "help",
 * before its object, is the bare infinitive "help" takes.
 */
export function retagHelpedInfinitives(units: Unit[], isHead: (lemma: string) => boolean): void {
  for (let i = 1; i < units.length - 1; i++) {
    const u = units[i] as Unit;
    if (u.mention || (u.pos !== "NOUN" && u.pos !== "ADJ")) continue;
    const help = units[i - 1] as Unit;
    if (help.pos !== "VERB" || help.lemma !== "help") continue;
    const next = units[i + 1] as Unit;
    if (!next.mention && !PROGRESSIVE_OBJECT.has(next.pos) && !PARTICLES.has(next.lower)) continue;
    if (!isHead(u.lower)) continue;
    u.pos = "VERB";
    u.lemma = u.lower;
  }
}

/** The lemmas a third-person form may come from: "bans" → ban, "imposes" → impose, "pushes" → push, "carries" → carry. */
function presentLemmas(word: string): string[] {
  if (!word.endsWith("s") || word.endsWith("ss")) return [];
  const out = [word.slice(0, -1)];
  if (word.endsWith("ies")) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) out.push(word.slice(0, -2));
  return out;
}

/** A headline in Title Case: most of its words of four letters or more open with a capital. */
function isTitleCase(units: readonly Unit[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const u of units) {
    if (u.mention || u.lower.length < 4 || !/^[a-z]+$/.test(u.lower)) continue;
    words++;
    if (u.pos === "PROPN") capitals++;
  }
  return words >= 2 && capitals * 4 >= words * 3;
}

/**
 * "Russia Bans Flights To Georgia", "Scholz Visits China": in a Title Case headline the tagger reads a verb after its
 * subject as part of a name. A capitalised present or past form of a trigger verb right after a party, before its
 * object, is that verb.
 */
export function retagHeadlineVerbs(units: Unit[], isHead: (lemma: string) => boolean): void {
  if (!units.some((u, i) => u.pos === "PROPN" && !u.mention && isSubject(units[i - 1])) || !isTitleCase(units)) return;
  for (let i = 1; i < units.length - 1; i++) {
    const u = units[i] as Unit;
    if (u.mention || u.pos !== "PROPN" || !isSubject(units[i - 1])) continue;
    const next = units[i + 1] as Unit;
    if (!(next.mention || OBJECT_START.has(next.pos) || PARTICLES.has(next.lower))) continue;
    const lemma = [...presentLemmas(u.lower), ...pastLemmas(u.lower)].find(isHead);
    if (!lemma) continue;
    u.pos = "VERB";
    u.lemma = lemma;
  }
}

/**
 * "Turkey, Iraq sign water deal", "Russia, Ukraine trade blame": a headline joins its two subjects with a comma and
 * puts the verb in the plain present, which the tagger often reads as a noun. A plain form of a trigger verb right
 * after two parties that open the sentence ("A, B verb") is that verb; `headlinePair` (actor-groups.ts) then reads the
 * two as one subject.
 */
export function retagPairHeadlineVerbs(units: Unit[], isHead: (lemma: string) => boolean): void {
  const at = pairHeadlineVerbAt(units);
  const u = units[at];
  if (!u || u.mention || u.pos === "VERB" || !isHead(u.lower)) return;
  u.pos = "VERB";
  u.lemma = u.lower;
}

/** Where the verb of a headline "A, B verb ..." would stand: right after two parties that open the sentence; else -1. */
export function pairHeadlineVerbAt(units: readonly Unit[]): number {
  const first = units[0]?.pos === "DET" ? 1 : 0;
  if (!isSubject(units[first]) || units[first + 1]?.lower !== "," || !isSubject(units[first + 2])) return -1;
  const u = units[first + 3];
  // The plain present agrees with a plural subject: "sign", "agree", "discuss", not "signs" or "signed".
  return u && /^[a-z]+$/.test(u.lower) && !/(?:[^s]s|ed)$/.test(u.lower) ? first + 3 : -1;
}

/**
 * "the so-called Free Syrian Army", "a so-named buffer zone": a participle joined to "so" by a hyphen is an adjective
 * of the name after it, never a verb whose object that name is (no call is made to anyone).
 */
export function retagSoCalled(units: Unit[]): void {
  for (let i = 2; i < units.length; i++) {
    const [so, dash, word] = [units[i - 2], units[i - 1], units[i]] as [Unit, Unit, Unit];
    if (so.lower !== "so" || dash.lower !== "-" || so.end !== dash.start || dash.end !== word.start) continue;
    // The word keeps its offsets; its reading is the whole adjective, which no verb pattern names.
    Object.assign(word, { pos: "ADJ", lower: `so-${word.lower}`, lemma: `so-${word.lower}` });
  }
}
