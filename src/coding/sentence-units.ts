import type { ActorMention, PlaceMention, Token } from "../domain/index.ts";
import { MONTHS } from "../nlp/index.ts";
import { foldAcronymGlosses } from "./acronym-gloss.ts";
import { isBoundary, markAttributions } from "./attributions.ts";
import { retagTradeCompounds } from "./compound-noun.ts";
import { DAY_WORDS } from "./day-words.ts";
import { foldLocatedRoles } from "./located-roles.ts";
import {
  retagGerunds,
  retagHeadlineVerbs,
  retagHelpedInfinitives,
  retagInfinitiveAdverbVerbs,
  retagPairHeadlineVerbs,
  retagPastVerbs,
  retagPluralObjects,
  retagProgressives,
  retagSoCalled,
} from "./mistagged-verbs.ts";
import { retagBackerWords } from "./modifier-mention.ts";
import { retagWordMonths } from "./month-words.ts";
import { retagPairNouns } from "./pair-reference.ts";
import { isFiniteVerb } from "./parties.ts";
import { foldSideNouns } from "./side-noun.ts";

/** A word of the sentence, or a whole actor mention collapsed into one unit. */
export interface Unit {
  start: number;
  end: number;
  lower: string;
  lemma: string;
  pos: string;
  mention?: ActorMention;
  /** Clause number within the sentence; -1 for boundary words and attribution ("X said"). */
  clause: number;
  /** Part of an attribution ("Rolofs argues", ", officials said", "according to TASS"). */
  attribution?: boolean;
  /** The word opens a named place that is no actor ("Kharkiv", "the Gaza Strip"): the place's end offset. */
  placeEnd?: number;
}

export interface SentenceUnits {
  units: Unit[];
  /** Speakers found in attributions, in order ("Rolofs", "the White House"). */
  speakers: string[];
  /** Speaker actor units, for "X said it would..." where the pronoun is the speaker. */
  speakerUnits: number[];
}

function lowerOf(t: Token): string {
  // A lone ampersand joining words reads as "and" ("Russia & China signed", common in headlines and feed titles):
  // the rules that find coordinated parties ask for "and".
  if (t.text === "&") return "and";
  const lower = t.text.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

/**
 * Collapses mentions into single units, then marks clause numbers and attributions. `isHead` names the lemmas that
 * head acts, so that a mistagged past form of one is read as the verb it is.
 */
export function sentenceUnits(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  isHead: (lemma: string) => boolean = () => false,
  places: readonly PlaceMention[] = [],
): SentenceUnits {
  const units: Unit[] = [];
  let m = 0;
  for (const t of tokens) {
    while (m < mentions.length && (mentions[m] as ActorMention).end <= t.start) m++;
    const mention = mentions[m];
    if (mention && t.start >= mention.start && t.start < mention.end) {
      const last = units.at(-1);
      if (last?.mention === mention) {
        last.end = Math.max(last.end, t.end);
        continue;
      }
      // "UN-sponsored talks", "Egyptian-brokered truce": the tagger keeps one token, the mention ends at the hyphen;
      // the rest stays a word of its own, so "sponsored" still says the actor only sponsors the act.
      const rest = t.end > mention.end ? t.text.slice(mention.end - t.start) : "";
      if (/^-[a-z]+$/i.test(rest)) {
        units.push({
          start: t.start,
          end: mention.end,
          lower: "$actor",
          lemma: "$actor",
          pos: "PROPN",
          mention,
          clause: 0,
        });
        units.push({ start: mention.end, end: mention.end + 1, lower: "-", lemma: "-", pos: "PUNCT", clause: 0 });
        const word = rest.slice(1).toLowerCase();
        units.push({ start: mention.end + 1, end: t.end, lower: word, lemma: word, pos: "ADJ", clause: 0 });
        continue;
      }
      units.push({ start: t.start, end: t.end, lower: "$actor", lemma: "$actor", pos: "PROPN", mention, clause: 0 });
      continue;
    }
    const lower = lowerOf(t);
    units.push({ start: t.start, end: t.end, lower, lemma: (t.lemma ?? lower).toLowerCase(), pos: t.pos, clause: 0 });
  }
  foldLocatedRoles(units);
  foldSideNouns(units);
  foldAcronymGlosses(units);
  retagWordMonths(units, tokens);
  markPlaces(units, places);
  retagPastVerbs(units, isHead);
  retagInfinitiveAdverbVerbs(units);
  retagPluralObjects(units);
  retagTradeCompounds(units);
  retagPairNouns(units);
  retagSoCalled(units);
  retagGerunds(units, isHead);
  retagProgressives(units, isHead);
  retagHelpedInfinitives(units, isHead);
  retagHeadlineVerbs(units, isHead);
  retagPairHeadlineVerbs(units, isHead);
  retagBackerWords(units);
  const { speakers, speakerUnits } = markAttributions(units);
  markClauses(units);
  return { units, speakers, speakerUnits };
}

/** Marks the word each place opens on, unless an actor mention covers it (a place never becomes a party). */
function markPlaces(units: Unit[], places: readonly PlaceMention[]): void {
  if (!places.length) return;
  const ends = new Map(places.map((p) => [p.start, p.end]));
  for (const u of units) {
    const end = ends.get(u.start);
    if (end !== undefined && !u.mention) u.placeEnd = end;
  }
}

/**
 * Appends the previous sentence's subject as units outside every clause (-2), for a pronoun opening the sentence to
 * point at; returns their indices.
 */
export function appendPreviousSubject(units: Unit[], subject: readonly ActorMention[]): number[] {
  const at = units.length;
  for (const mention of subject) {
    const { start, end } = mention;
    units.push({ start, end, lower: "$actor", lemma: "$actor", pos: "PROPN", mention, clause: -2 });
  }
  return subject.map((_, k) => at + k);
}

// Words of a bracketed date: "(July 16)", "(Oct. 5)", "(Sunday)", "(March 3, 2025)"; month names and their short forms
// (lowered: a month whose name is also a word is renamed with its capital, "May", "March").
const MONTH_NAMES = new Set([...MONTHS, ..."jan feb mar apr jun jul aug sep sept oct nov dec".split(" ")]);
const dateWord = (u: Unit) =>
  u.pos === "NUM" ||
  MONTH_NAMES.has(u.lower.toLowerCase().replace(/\.$/, "")) ||
  DAY_WORDS.has(u.lower) ||
  u.lower === "." ||
  u.lower === ",";

/**
 * The units of bracketed dates: "China on Friday (July 16) demanded ...". Such an aside only dates the words before
 * it, so it splits no clause (a bracketed name or gloss, "(PKK)", still does: what follows may be a new clause).
 */
function dateAsides(units: readonly Unit[]): Set<number> {
  const out = new Set<number>();
  units.forEach((u, i) => {
    if (u.lower !== "(") return;
    let j = i + 1;
    while (j < units.length && j <= i + 5 && dateWord(units[j] as Unit)) j++;
    if (j > i + 1 && units[j]?.lower === ")") for (let k = i; k <= j; k++) out.add(k);
  });
  return out;
}

function markClauses(units: Unit[]): void {
  let clause = 0;
  let open = false;
  const asides = dateAsides(units);
  // The clause a non-restrictive relative clause interrupts ("Pashinyan, who met Putin, criticised Baku").
  let outer = -1;
  units.forEach((u, i) => {
    // ", which has indicted Putin": a relative clause is a clause of its own.
    if (u.lower === "," && ["which", "who", "whom", "whose"].includes(units[i + 1]?.lower ?? "")) u.clause = -1;
  });
  units.forEach((u, i) => {
    // Outside every clause, and no boundary either: the words on both sides stay one clause.
    if (asides.has(i)) {
      u.clause = -1;
      return;
    }
    if (u.clause === -1 && u.lower === ",") outer = open ? clause : outer;
    // "..., who met Putin last week, criticised Baku": a comma and a finite verb close the relative clause and
    // resume the clause it interrupted, so the verb keeps its own subject; so do a comma and a preposition ("met the
    // army chief, who is fighting a militia, in Cairo": the place is the meeting's).
    else if (
      outer >= 0 &&
      u.lower === "," &&
      !u.attribution &&
      (isFiniteVerb(units[i + 1]) || units[i + 1]?.pos === "ADP")
    ) {
      u.clause = -1;
      clause = outer;
      outer = -1;
      open = true;
      return;
    }
    if (isBoundary(u) || u.attribution || u.clause === -1) {
      u.clause = -1;
      if (open) clause++;
      open = false;
      if (isBoundary(u) && u.lower !== ",") outer = -1;
      return;
    }
    u.clause = clause;
    open = true;
  });
}
