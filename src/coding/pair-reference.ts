// "Putin met Erdogan in Sochi. The two leaders agreed ...": a plural noun for two parties ("the two leaders", "both
// sides", "the two foreign ministers") stands for the pair named just before, and reads as "they" for that pair.
import type { ActorMention } from "../domain/index.ts";
import { MONTHS } from "../nlp/index.ts";
import { DAY_WORDS } from "./day-words.ts";
import type { Unit } from "./sentence-units.ts";

// Nouns for the two parties of a dispute or a deal: with no pair named before they still read as "they", the
// previous sentence's subject ("Armenia and Azerbaijan met. Both countries pledged ...").
const SIDES = new Set(["sides", "countries", "nations", "governments", "neighbours", "neighbors", "parties", "rivals"]);
// Nouns for the two parties' people: they stand only for a pair of parties named before ("the two leaders").
const PEOPLE = new Set([
  "leaders",
  "presidents",
  "ministers",
  "premiers",
  "counterparts",
  "delegations",
  "heads",
  "states",
  "capitals",
  "allies",
  "officials",
  "participants",
]);
// People nouns that stand for the pair with a bare "the" too: a readout goes on "The leaders also discussed ...",
// "During the talks, the ministers reviewed ...", "The heads of state witnessed ...". Officials, delegations or allies
// with a bare "the" may be one side's people ("the officials said"), so they need "the two" or "both".
const BARE_PEOPLE = new Set(["leaders", "presidents", "ministers", "premiers", "heads", "participants"]);
// Words naming the office in a bare "the foreign ministers", "the prime ministers", "the defence ministers".
const OFFICE = new Set(["foreign", "prime", "defence", "defense", "finance", "economy", "trade", "interior", "energy"]);
// Words between "the two" and the noun that keep it a noun for the pair: "the two foreign ministers".
const MODIFIER = new Set(["ADJ", "NOUN", "PROPN"]);

/** The original word of a pair noun read as "they", kept to undo the reading when no pair stands behind it. */
const originals = new WeakMap<Unit, { lower: string; lemma: string; pos: string; speaks: boolean; bare: boolean }>();
// Verbs of saying after the pair noun: "Both sides said they were hopeful talks could resume" reports a hope or a
// claim, so the pair noun stays the previous subject, as "they" would be, not the pair.
const SAYS = new Set([
  "say",
  "said",
  "says",
  "tell",
  "told",
  "add",
  "added",
  "note",
  "noted",
  "hope",
  "hoped",
  "claim",
  "claimed",
]);

/** Where the noun phrase "the two [modifier] NOUN", "both [modifier] NOUN" or "the sides" ending at `i` opens, or -1. */
function pairPhraseStart(units: readonly Unit[], i: number): number {
  let k = i - 1;
  if (MODIFIER.has(units[k]?.pos ?? "") && !units[k]?.mention && units[k]?.lower !== "two") k--;
  if (units[k]?.lower === "both") return k;
  if (units[k]?.lower === "two" && units[k - 1]?.lower === "the") return k - 1;
  // "The sides signed a memorandum", "the parties agreed": in news the bare plural is the two parties of a talk.
  if ((units[i]?.lower === "sides" || units[i]?.lower === "parties") && k === i - 1 && units[k]?.lower === "the")
    return k;
  // "The leaders discussed", "the foreign ministers agreed": read as the pair only where a pair was named before
  // (pairAntecedent puts the noun back otherwise). A word before the noun must name the office: "the opposition
  // leaders", "the Baltic ministers", "the rebel leaders" are other people than the pair just named.
  const office = k === i - 1 || OFFICE.has(units[i - 1]?.lower ?? "");
  if (BARE_PEOPLE.has(units[i]?.lower ?? "") && units[k]?.lower === "the" && office) return k;
  return -1;
}

// People sent by the two parties: "Delegations from both countries signed", "officials of the two sides met".
const ENVOYS = new Set(["delegations", "officials", "representatives", "envoys", "diplomats", "negotiators", "teams"]);

/**
 * "Delegations from both countries": a noun for people "from" or "of" the pair, opening the sentence or a clause;
 * the index of the people noun (read as "they" for the pair), or -1.
 */
function envoysOfPair(units: readonly Unit[], start: number): number {
  const of = units[start - 1];
  if (of?.lower !== "from" && of?.lower !== "of") return -1;
  const h = start - 2;
  if (!ENVOYS.has(units[h]?.lower ?? "") || units[h]?.mention) return -1;
  // "the delegations from both countries", "Senior officials from both sides".
  let opens = h - 1;
  if (units[opens]?.lower === "the") opens--;
  else if (MODIFIER.has(units[opens]?.pos ?? "") && !units[opens]?.mention) opens--;
  const before = units[opens];
  if (before && before.lower !== "," && before.pos !== "CCONJ") return -1;
  return h;
}

/** "The leaders", "the foreign ministers": a people noun after a bare "the" (not "the two", not "the sides"). */
function bareSubset(units: readonly Unit[], start: number, i: number): boolean {
  return units[start]?.lower === "the" && units[start + 1]?.lower !== "two" && BARE_PEOPLE.has(units[i]?.lower ?? "");
}

// Adverbs that move a report to another scene: "Meanwhile, the ministers ...", "Separately, the leaders ...".
const SCENE_SHIFT = new Set(["meanwhile", "separately", "elsewhere"]);

/**
 * "Meanwhile in Brussels, the ministers approved ...", "In Brussels, the ministers ...": a fronted adverb of another
 * scene, or a bare place, before a bare "the ministers" tells of other people than the pair just named.
 */
function elsewhere(units: readonly Unit[], start: number): boolean {
  if (units[start - 1]?.lower !== ",") return false;
  const front = units.slice(0, start - 1);
  if (front.some((u) => SCENE_SHIFT.has(u.lower))) return true;
  // A bare "In Brussels," only: "During their summit in Tokyo, the leaders agreed" names the pair's own meeting.
  const place = front[1];
  if (front.length === 2 && front[0]?.lower === "in" && place && (!!place.mention || place.placeEnd !== undefined))
    return true;
  return front[0]?.lower === "in" && unknownPlaceName(front.slice(1));
}

// Capitalised words after a fronted "In" that name a time, not a place ("In December, the leaders agreed"): the
// months and day words the dates and the coder already know, and the seasons.
const TIME_NAMES: ReadonlySet<string> = new Set([...MONTHS, ...DAY_WORDS, "spring", "summer", "autumn", "winter"]);

/** "In Geneva,", "In Sharm el-Sheikh,": a proper name the place index does not know is a place all the same. */
function unknownPlaceName(words: readonly Unit[]): boolean {
  if (!words.length || words.length > 3 || words[0]?.pos !== "PROPN") return false;
  return words.every((w) => (w.pos === "PROPN" || w.lower.includes("-")) && !TIME_NAMES.has(w.lower));
}

/** After "heads of state/government" the words that follow the noun phrase. */
function afterPhrase(units: readonly Unit[], i: number): number {
  const u = units[i] as Unit;
  if (u.lower === "heads" && units[i + 1]?.lower === "of" && /^(?:state|government)s?$/.test(units[i + 2]?.lower ?? ""))
    return i + 3;
  return i + 1;
}

/**
 * "The two sides blamed each other", "Both countries accused each other", "The two leaders agreed": as the subject of
 * its verb (opening the sentence or a clause after a comma or a conjunction), a noun for the two parties reads as
 * "they"; pairAntecedent then says whom it stands for.
 */
export function retagPairNouns(units: Unit[]): void {
  for (let i = 1; i < units.length - 1; i++) {
    const u = units[i] as Unit;
    if (u.mention || !(SIDES.has(u.lower) || PEOPLE.has(u.lower))) continue;
    const start = pairPhraseStart(units, i);
    if (start < 0) continue;
    const after = afterPhrase(units, i);
    const next = units[after]?.pos === "ADV" ? units[after + 1] : units[after];
    if (next?.pos !== "VERB" && next?.pos !== "AUX") continue;
    const opens = units[start - 1];
    // "A spokesman said the two countries had signed": a reported clause opens after its saying, or after "that".
    const reported = opens?.lower === "that" || (opens?.pos === "VERB" && SAYS.has(opens.lower));
    const bare = bareSubset(units, start, i);
    if (bare && elsewhere(units, start)) continue;
    if (!opens || opens.lower === "," || opens.pos === "CCONJ" || reported) readAsThey(u, SAYS.has(next.lower), bare);
    else {
      const envoys = envoysOfPair(units, start);
      if (envoys >= 0) readAsThey(units[envoys] as Unit, SAYS.has(next.lower), false);
    }
  }
}

function readAsThey(u: Unit, speaks: boolean, bare: boolean): void {
  originals.set(u, { lower: u.lower, lemma: u.lemma, pos: u.pos, speaks, bare });
  u.lower = "they";
  u.lemma = "they";
  u.pos = "PRON";
}

/**
 * Whom a sentence's opening pronouns stand for: the previous sentence's subject, or, when the sentence reads a pair
 * noun as "they" ("The two leaders agreed"), the pair named before (`pair`, two mentions of different parties). With
 * no such pair a noun for people is read as the noun again (no one to stand for), and a noun for sides stands for
 * the previous subject as "they" does.
 */
export function pairAntecedent(
  units: Unit[],
  previousSubject: readonly ActorMention[],
  pair: readonly ActorMention[],
): { subject: readonly ActorMention[]; pairUsed: boolean } {
  let found = false;
  for (const u of units) {
    const original = originals.get(u);
    if (!original) continue;
    const { speaks, bare, ...word } = original;
    // "The leaders" with no number stands for two people named before ("Putin met Erdogan. The leaders ..."), not
    // for two states ("Russia accused Ukraine. The ministers met in Brussels" may be anyone's ministers).
    const byPair = pair.length === 2 && !speaks && (!bare || pair.every(namesPerson));
    found ||= byPair;
    if (byPair || SIDES.has(word.lower)) continue;
    Object.assign(u, word);
  }
  if (found) return { subject: pair, pairUsed: true };
  return { subject: previousSubject, pairUsed: false };
}

/**
 * A mention of a person or of an office ("Putin", "the Kazakh foreign minister", "his Uzbek counterpart", whose
 * demonym carries no role), which a bare "the leaders" can take up; a state or its forces are no one's leaders.
 */
function namesPerson(m: ActorMention): boolean {
  if (m.kind === "person" || m.kind === "role" || m.actor.person || m.actor.role === "government") return true;
  return m.kind === "demonym" && !m.actor.role;
}

/** The pair a later "the two leaders" may stand for, and how many paragraph breaks since it was last named. */
export interface PairMemory {
  mentions: ActorMention[];
  breaks: number;
}

export const NO_PAIR: PairMemory = { mentions: [], breaks: 0 };

/**
 * Past a paragraph break: news paragraphs are short, and "The two leaders discussed ..." often opens the one after
 * the meeting, so the pair lasts into the next paragraph, not beyond it.
 */
export function afterBreak(memory: PairMemory): PairMemory {
  return memory.breaks >= 1 ? NO_PAIR : { mentions: memory.mentions, breaks: memory.breaks + 1 };
}

/**
 * The pair after a sentence whose parties are `named` (one mention each, in order; attributions left out): two
 * different parties make a new pair; one party of the pair named alone keeps it ("Erdogan said trade was growing");
 * anyone else, or three parties, leaves none (ambiguous). A named group of states is no pair of two. A sentence that
 * names no one changes nothing.
 */
export function nextPair(memory: PairMemory, named: readonly ActorMention[]): PairMemory {
  const byCode = new Map<string, ActorMention>();
  for (const m of named) if (!byCode.has(m.actor.code)) byCode.set(m.actor.code, m);
  if (byCode.size === 0) return memory;
  if ([...byCode.values()].some((m) => m.actor.members?.length)) return NO_PAIR;
  if (byCode.size === 2) return { mentions: [...byCode.values()], breaks: 0 };
  if (byCode.size === 1 && memory.mentions.some((m) => byCode.has(m.actor.code)))
    return { mentions: memory.mentions, breaks: 0 };
  return NO_PAIR;
}

/**
 * "The deal was signed after talks between the two leaders", "a meeting between both sides": after "between", a noun
 * for the two parties names the pair named before, as "Putin and Tokayev" would. The phrase becomes the pair's two
 * mentions joined by "and", in its own place, so the rules that read the sides after "between" read them; with no
 * pair behind it, it stays a common noun.
 */
export function namePairAfterBetween(units: Unit[], pair: readonly ActorMention[]): void {
  if (pair.length !== 2) return;
  for (let i = units.length - 1; i >= 2; i--) {
    const u = units[i] as Unit;
    if (u.mention || !(SIDES.has(u.lower) || PEOPLE.has(u.lower))) continue;
    const start = pairPhraseStart(units, i);
    if (start < 1 || units[start - 1]?.lower !== "between" || afterPhrase(units, i) !== i + 1) continue;
    // "a meeting between the leaders of the gas concern and ...": only "the two leaders" or "both sides" name the pair.
    if (bareSubset(units, start, i)) continue;
    const [a, b] = pair as [ActorMention, ActorMention];
    const first = units[start] as Unit;
    const actor = (mention: ActorMention, from: number, to: number): Unit => ({
      start: from,
      end: to,
      lower: "$actor",
      lemma: "$actor",
      pos: "PROPN",
      mention,
      clause: first.clause,
    });
    const and: Unit = { start: u.start, end: u.start, lower: "and", lemma: "and", pos: "CCONJ", clause: first.clause };
    units.splice(start, i + 1 - start, actor(a, first.start, u.start), and, actor(b, u.start, u.end));
  }
}
