import type { DateMention } from "../domain/index.ts";
import { withinDate } from "./article-slices.ts";
import { DAY_WORDS } from "./day-words.ts";
import { demonymsListedBefore, listedStretch, sameRoleListAfter } from "./folded-list.ts";
import { gapStops } from "./gap-bounds.ts";
import { inName } from "./name-words.ts";
import { attributive, insideNounPhrase } from "./participle-modifier.ts";
import {
  byRank,
  type Element,
  NOT_AN_ACT,
  type Pattern,
  type PatternDictionary,
  type Phrase,
} from "./pattern-dictionary.ts";
import { placeAt, SLOT_TAIL, slotAt, struckCapitalAt } from "./pattern-slots.ts";
import { foldable, listedAfter, mentionHeads } from "./role-heads.ts";
import type { Unit } from "./sentence-units.ts";
import { mentionWords, NO_WORDS, sentenceWords, wordsPresent } from "./sentence-words.ts";
import { afterAmount, isPassive } from "./voice.ts";

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
      if (gapStops(units, elements, e, i, g, h)) break;
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
