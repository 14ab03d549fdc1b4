import type { DateMention } from "../domain/index.ts";
import { withinDate } from "./article-slices.ts";
import { DAY_WORDS } from "./day-words.ts";
import { demonymsListedBefore, listedStretch, sameRoleListAfter } from "./folded-list.ts";
import { inName } from "./name-words.ts";
import {
  byRank,
  type Element,
  GAP,
  NOT_AN_ACT,
  type Pattern,
  type PatternDictionary,
  type Phrase,
} from "./pattern-dictionary.ts";
import { placeAt, SLOT_TAIL, slotAt, struckCapitalAt } from "./pattern-slots.ts";
import { foldable, listedAfter, mentionHeads } from "./role-heads.ts";
import type { Unit } from "./sentence-units.ts";
import { mentionWords, NO_WORDS, sentenceWords, wordsPresent } from "./sentence-words.ts";
import { afterAmount, isPassive, opensReducedRelative } from "./voice.ts";

/** A pattern found in a sentence: its head, span and the actor units its slots took. */
export interface Match {
  pattern: Pattern;
  head: number;
  /** One past the last unit of the head phrase. */
  headEnd: number;
  end: number;
  slotS: number[];
  slotT: number[];
}

// Words that open a clause of its own, whose subject follows them.
const CLAUSE_OPENERS = new Set(["that", "whether"]);
// Words that open a relative or a question clause, which a long gap does not enter.
const CLAUSE_WORDS = new Set([
  "which",
  "who",
  "whom",
  "whose",
  "that",
  "where",
  "why",
  "how",
  "what",
  "when",
  "whether",
]);
// Prepositions inside one noun phrase that a long gap may cross: "diplomats of the embassy in Vilnius".
const PHRASE_PREPS = new Set(["of", "in", "at", "to"]);

/**
 * A long gap stays in the object's noun phrase: it does not enter a relative or question clause ("a warship which
 * carries missiles", "reasons why the missiles were late"), a phrase of another preposition ("a warning about its
 * missiles", "euros for equipment") or a verb phrase ("permission to use its missiles"); a participle before its noun
 * ("loitering munitions") is part of the phrase.
 */
function leavesNounPhrase(units: readonly Unit[], k: number): boolean {
  const u = units[k];
  if (!u) return true;
  const next = units[k + 1];
  if (CLAUSE_WORDS.has(u.lower)) return true;
  if (u.lower === "to") return next?.pos === "VERB" || next?.pos === "AUX";
  if (u.pos === "ADP") return !PHRASE_PREPS.has(u.lower);
  return u.pos === "VERB" && next?.pos !== "NOUN";
}
/** A verb in a form other than its bare one ("called", "calls"): it heads a clause, not a shared infinitive. */
function finiteVerb(u: Unit | undefined): boolean {
  return u?.pos === "VERB" && u.lower !== u.lemma;
}
// Words that join a second verb phrase to the first: "suspended aid and imposed", "ended the row by backing".
const VERB_JOINERS = new Set(["and", "or", "but", "then", "by"]);

function phraseAt(units: readonly Unit[], i: number, phrase: readonly string[]): number {
  for (let k = 0; k < phrase.length; k++) {
    const u = units[i + k];
    if (!u || u.clause < 0 || (u.lemma !== phrase[k] && u.lower !== phrase[k])) return -1;
  }
  return i + phrase.length;
}

// Particles of phrasal verbs, which may follow the verb's object: "turned the offer down", "handed them over".
const PARTICLES = new Set(["up", "down", "off", "out", "over", "back", "away"]);
const PARTICLE_POS = new Set(["ADP", "ADV", "PART"]);

/**
 * The particle of a phrasal head ("turn_down") placed after the verb's object: "turned the offer down". Returns the
 * particle's index, or -1 when the phrase is not verb + particle or no particle follows within a short object.
 */
function splitParticle(units: readonly Unit[], i: number, phrase: readonly string[]): number {
  if (phrase.length !== 2 || !PARTICLES.has(phrase[1] as string)) return -1;
  const u = units[i];
  if (!u || u.clause < 0 || u.pos !== "VERB" || (u.lemma !== phrase[0] && u.lower !== phrase[0])) return -1;
  for (let k = i + 2; k <= i + 5; k++) {
    const w = units[k];
    if (!w || w.clause !== u.clause || w.pos === "VERB") return -1;
    if (w.lower === phrase[1] && PARTICLE_POS.has(w.pos)) return k;
  }
  return -1;
}

/**
 * The last element is the target slot, right after a stranded preposition, the word there is "by" and the head is a
 * passive verb ("fired on by"); "beaten by" strands nothing, its slot is the passive's own subject.
 */
function strandedByPassive(units: readonly Unit[], elements: readonly Element[], e: number, i: number, h: number) {
  const el = elements[e] as Element;
  return (
    el.kind === "slot" &&
    el.role === "T" &&
    e === elements.length - 1 &&
    units[i]?.lower === "by" &&
    units[i - 1]?.pos === "ADP" &&
    isPassive(units, h)
  );
}

/** The unit after a day word ("yesterday", "on Tuesday") at i, or i. */
function pastDay(units: readonly Unit[], i: number): number {
  const at = units[i]?.lower === "on" ? i + 1 : i;
  return DAY_WORDS.has(units[at]?.lower ?? "") ? at + 1 : i;
}

/**
 * Past the words at i that are again alternatives of the same pattern element, next to each other or joined by a
 * bare "to": "help defend", "help to protect". Returns the first unit after the run (i when none follows).
 */
function alternativesRun(units: readonly Unit[], phrases: readonly Phrase[], i: number): number {
  for (;;) {
    const at = units[i]?.lower === "to" ? i + 1 : i;
    const next = phrases.reduce((found, p) => (found >= 0 ? found : phraseAt(units, at, p)), -1);
    if (next < 0) return i;
    i = next;
  }
}

function matchFrom(
  units: readonly Unit[],
  elements: readonly Element[],
  e: number,
  i: number,
  s: number[],
  t: number[],
  h = i,
  split?: { particle: number },
): number {
  if (e === elements.length) return i;
  // "demanded on Tuesday that X", "rejected yesterday a plan": a day between the words of a pattern dates the act.
  // "shortened by one hour the curfew": an amount between them measures the act, as a day dates it.
  if (e > 0) i = afterAmount(units, pastDay(units, i));
  const el = elements[e] as Element;
  if (el.kind === "gap") {
    const max = el.max + listedStretch(units, i, el.max);
    for (let g = 0; g <= max; g++) {
      const u = units[i + g - 1];
      // A gap stays in its phrase: "executed two men accused of spying" executes no spy. A participle on the
      // pattern's own noun may be crossed ("the roadmap drawn up by X").
      if (g > 0 && (!u || u.clause < 0 || (g > 1 && opensReducedRelative(units, i + g - 1)))) break;
      // Nor does it pass the subject of a that-clause: "warned that Russia could invade Ukraine" is Russia's act,
      // not a threat by the one who warns.
      if (g > 1 && u?.mention && CLAUSE_OPENERS.has(units[i + g - 2]?.lower ?? "")) break;
      // A long gap stays in its noun phrase: "sending its warship which carries missiles" sends no missiles, "sent
      // Moscow a warning about its missiles" none either.
      if (g > 0 && el.max > GAP && leavesNounPhrase(units, i + g - 1)) break;
      // Nor into a second verb joined to the first: "suspended aid and imposed sanctions on X" lifts no sanctions,
      // "ended the row by backing sanctions" ends none.
      if (g > 1 && u?.pos === "VERB" && VERB_JOINERS.has(units[i + g - 2]?.lower ?? "")) break;
      // Nor does it end on a finite one: in "called Macron's plan bold and called the tariffs a threat" the second
      // "called" is a verb of its own, not a step ("calls") of the plan's. A bare verb may share the first one's
      // "to" ("threatened to suspend talks and withdraw troops").
      if (g > 0 && VERB_JOINERS.has(u?.lower ?? "") && finiteVerb(units[i + g])) break;
      // Nor past a passive head's "by": "were intercepted by Greek aircraft" names the agent there, not the
      // "$T jets" intercepted.
      if (g > 0 && u?.lower === "by" && i + g - 1 === h + 1 && isPassive(units, h)) break;
      // Nor past an infinitive: in "voted unanimously to increase sanctions against Iran" the words after "to
      // increase" are that verb's, so "vote * against" does not match.
      // A verb chain may be crossed ("sent troops to help keep the peace"), and so may the infinitive that says what
      // the pattern's own noun is ("called Finland's decision to join NATO a mistake").
      if (
        g > 2 &&
        u?.pos !== "VERB" &&
        units[i + g - 2]?.pos === "VERB" &&
        units[i + g - 3]?.lower === "to" &&
        !(g === 3 && elements[e - 1]?.kind === "word" && units[i - 1]?.pos === "NOUN")
      )
        break;
      const end = matchFrom(units, elements, e + 1, i + g, s, t, h);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (el.kind === "place") {
    const next = placeAt(units, i);
    if (next >= 0) return matchFrom(units, elements, e + 1, next, s, t, h);
    const capital = struckCapitalAt(units, i);
    if (capital < 0) return -1;
    let after = capital + 1;
    while (units[after]?.mention === units[capital]?.mention) after++;
    const end = matchFrom(units, elements, e + 1, after, s, t, h);
    if (end >= 0) t.push(capital);
    return end;
  }
  if (el.kind === "slot") {
    // Head nouns may sit between the slot and the next word: "$S custody" over "Russian police custody".
    const slot = slotAt(units, i);
    // "were fired on by X": a passive verb's prepositional object is its subject; the pattern ends at "by".
    if (!slot && strandedByPassive(units, elements, e, i, h)) return i;
    if (!slot) return -1;
    // The mention may end with the next word itself: "$S custody" over the one mention "Russian police custody".
    const next = elements[e + 1];
    const lastMention = units[slot.end - 1]?.mention;
    const lastWord = lastMention ? mentionWords(lastMention).at(-1) : undefined;
    if (next?.kind === "word" && next.phrases.some((p) => p.length === 1 && p[0] === lastWord)) {
      const end = matchFrom(units, elements, e + 2, slot.end, s, t, h);
      if (end >= 0) {
        (el.role === "S" ? s : t).push(...slot.actors);
        return end;
      }
    }
    for (let tail = slot.end; tail <= slot.end + 2; tail++) {
      const end = matchFrom(units, elements, e + 1, tail, s, t, h);
      if (end >= 0) {
        (el.role === "S" ? s : t).push(...slot.actors);
        return end;
      }
      if (!SLOT_TAIL.has(units[tail]?.pos ?? "")) break;
    }
    return -1;
  }
  // "summoned Niger's ambassador": the gazetteer folds the pattern's noun into an actor mention; that mention is
  // both the word and the act's target.
  const folded = e > 0 && units[i]?.mention && foldable(units, h, i) ? mentionHeads(units[i]) : NO_WORDS;
  if (folded.length && el.phrases.some((p) => p.length === 1 && folded.some((f) => p[0] === f || `${p[0]}s` === f))) {
    const end = matchFrom(units, elements, e + 1, i + 1, s, t, h);
    if (end >= 0) {
      t.push(...demonymsListedBefore(units, i), i, ...listedAfter(units, i), ...sameRoleListAfter(units, i));
      return end;
    }
  }
  for (const phrase of el.phrases) {
    const next = phraseAt(units, i, phrase);
    if (next < 0) continue;
    // The pattern's last word takes the run of its own alternatives that follows it: "to help defend X" is the one
    // purpose of a deployment, so "defend" is not left to code a second, verbal act of its own.
    if (e > 0 && e === elements.length - 1) return alternativesRun(units, el.phrases, next);
    const end = matchFrom(units, elements, e + 1, next, s, t, h);
    if (end >= 0) return end;
  }
  // A phrasal head whose particle follows the object: the rest of the pattern is read right after the verb, as if
  // the particle were not there ("handed the suspects over to X" reads as "handed the suspects to X").
  if (e === 0)
    for (const phrase of el.phrases) {
      const k = splitParticle(units, i, phrase);
      if (k < 0) continue;
      const rest = [...units.slice(0, k), ...units.slice(k + 1)];
      const s2: number[] = [];
      const t2: number[] = [];
      const end = matchFrom(rest, elements, 1, i + 1, s2, t2, i);
      if (end < 0) continue;
      const back = (x: number) => (x >= k ? x + 1 : x);
      s.push(...s2.map(back));
      t.push(...t2.map(back));
      if (split) split.particle = k;
      return end > k ? end + 1 : end;
    }
  return -1;
}

const BEFORE_MODIFIER = new Set(["DET", "ADJ", "ADP", "PUNCT", "CCONJ", "NUM"]);

/** A participle modifying a noun ("exiled dissidents", "with disputed islands") names no act of its own. */
function attributive(units: readonly Unit[], i: number): boolean {
  const u = units[i] as Unit;
  if (u.lower === u.lemma || !/(?:ed|en|n)$/.test(u.lower)) return false;
  const next = units[i + 1];
  if (!next || !["NOUN", "PROPN", "ADJ"].includes(next.pos)) return false;
  const prev = units[i - 1];
  return !prev || BEFORE_MODIFIER.has(prev.pos) || prev.lower === "-";
}

const NOUN_PHRASE_OPENERS = new Set(["the", "a", "an", "this", "that", "these", "those", "some", "several", "many"]);

/**
 * A participle inside a noun phrase, after its determiner or number and any adverbs of its own ("23 severely wounded
 * soldiers", "the jailed journalist", "10 wrongfully detained citizens"), describes the noun: it heads no pattern at
 * all, where attributive alone only keeps it from heading a verb's.
 */
function insideNounPhrase(units: readonly Unit[], i: number): boolean {
  let j = i - 1;
  while (units[j]?.pos === "ADV" && (units[j] as Unit).lower.endsWith("ly")) j--;
  const prev = units[j];
  if (!prev) return false;
  // A floating "all" or "both" stands with the subject ("the three all denounced"), a number after a month is a date
  // ("on August 21 urged"): neither opens a noun phrase.
  // "the occupied territories", "the wounded" are left to attributive and the patterns that read them as words; a
  // number or an adverb of the participle's own marks the noun phrase beyond doubt.
  if (
    prev.pos === "DET"
      ? j === i - 1 || !NOUN_PHRASE_OPENERS.has(prev.lower)
      : prev.pos !== "NUM" || units[j - 1]?.pos === "PROPN"
  )
    return false;
  const next = units[i + 1];
  return j < i - 1 ? ["NOUN", "PROPN", "ADJ"].includes(next?.pos ?? "") : attributive(units, i);
}

const NONE: readonly Pattern[] = [];

// A lemma's and a form's candidates merged, per dictionary, made once: the same pairs come back sentence after sentence.
const mergedOf = new WeakMap<PatternDictionary, Map<string, readonly Pattern[]>>();

/** The patterns headed by a word's lemma or its form, best first. */
function candidatesAt(dict: PatternDictionary, u: Unit): readonly Pattern[] {
  const byLemma = dict.byHead.get(u.lemma) ?? NONE;
  const byForm = u.lower !== u.lemma ? (dict.byHead.get(u.lower) ?? NONE) : NONE;
  if (!byForm.length) return byLemma;
  if (!byLemma.length) return byForm;
  let merged = mergedOf.get(dict);
  if (!merged) mergedOf.set(dict, (merged = new Map()));
  const key = `${u.lemma}\n${u.lower}`; // no word holds a line break
  let both = merged.get(key);
  if (!both) merged.set(key, (both = [...byLemma, ...byForm].sort(byRank)));
  return both;
}

/** Every trigger in the sentence, one best pattern per head word (the most specific one). */
export function matchPatterns(
  units: readonly Unit[],
  dict: PatternDictionary,
  dates: readonly DateMention[] = [],
): Match[] {
  const out: Match[] = [];
  // Particles already read as part of an earlier verb ("turned the offer down"): never heads of their own.
  const particles = new Set<number>();
  let words: Set<string> | undefined;
  for (let i = 0; i < units.length; i++) {
    if (particles.has(i)) continue;
    const u = units[i] as Unit;
    // A preposition or particle never heads an act ("shot down" is the verb's; "downed" is the trigger), nor does
    // an adverb right after its verb ("handed back the bodies", "hit back at X": "back" is no backing).
    if (u.clause < 0 || u.mention || u.pos === "ADP" || (u.pos === "ADV" && units[i - 1]?.pos === "VERB")) continue;
    // A word inside a date names a day, not an act ("MOSCOW, March 3").
    if (withinDate(u, dates)) continue;
    const candidates = candidatesAt(dict, u);
    if (!candidates.length || inName(units, i)) continue;
    const modifier = attributive(units, i);
    // "in occupied Kherson": a participle between a preposition and a name describes the name, whatever the
    // pattern's head may be.
    if (modifier && units[i - 1]?.pos === "ADP" && units[i + 1]?.pos === "PROPN") continue;
    if (/(?:ed|en)$/.test(u.lower) && u.lower !== u.lemma && insideNounPhrase(units, i)) continue;
    let best: Match | undefined;
    // The slots' actors: matchFrom adds them only on the way out of a match that fits, so the candidates that fail
    // leave these empty and the one that fits keeps them; one pair for the head, not one per candidate tried.
    const s: number[] = [];
    const t: number[] = [];
    // Candidates come best first: the first pattern that fits is the best one.
    for (const pattern of candidates) {
      if (pattern.verbHead && (u.pos !== "VERB" || modifier)) continue;
      if (!wordsPresent(pattern, (words ??= sentenceWords(units)))) continue;
      s.length = 0;
      t.length = 0;
      const head = pattern.elements[0] as Extract<Element, { kind: "word" }>;
      let headEnd = -1;
      for (const phrase of head.phrases) {
        headEnd = phraseAt(units, i, phrase);
        if (headEnd >= 0) break;
      }
      // A head read with its particle after the object ("turned the offer down"): matchFrom says where it was.
      const split = { particle: -1 };
      const end = matchFrom(units, pattern.elements, 0, i, s, t, i, split);
      if (end < 0) continue;
      if (headEnd < 0) {
        headEnd = i + 1;
        particles.add(split.particle);
      }
      best = { pattern, head: i, headEnd, end, slotS: s, slotT: t };
      break;
    }
    if (best) {
      // A sense that is no act ("released the transcript") is read, so its words trigger nothing else, and dropped.
      if (best.pattern.code !== NOT_AN_ACT) out.push(best);
      // A phrase pattern ("sign an agreement") covers its words: "agreement" must not trigger again. A converted
      // pattern covers only its head: a word in its gap may still be one of ours ("forestall unrest in occupied X").
      i = (best.pattern.tier ? best.headEnd : best.end) - 1;
    }
  }
  return out;
}
