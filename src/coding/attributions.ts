// Who reports a sentence: the words of "X said", ", X said Monday", "according to X", "writes X" are marked as
// attribution and their actors as speakers, up to the hard boundaries that also end a clause (sentence-units.ts).

import { DAY_WORDS } from "./day-words.ts";
import { isFiniteVerb } from "./parties.ts";
import { POSSESSIVE_PRONOUNS } from "./possessive-pronouns.ts";
import { isSubjunctive } from "./reported-demands.ts";
import type { Unit } from "./sentence-units.ts";
import { RELATIVE } from "./voice.ts";

const HARD_BOUNDARY = new Set([
  ";",
  ":",
  "—",
  "–",
  "(",
  ")",
  "but",
  "while",
  "whereas",
  "although",
  "though",
  "however",
]);
const SAY = new Set([
  "say",
  "tell",
  "report",
  "state",
  "add",
  "write",
  "argue",
  "declare",
  "conclude",
  "note",
  "quote",
  "insist",
  "confirm",
  "believe",
  "think",
  "explain",
  "announce",
  "assert",
  "stress",
  "emphasize",
  "emphasise",
  "reiterate",
]);
// Words of a time or a channel that may stand between a speech verb and what it reports or announces ("said on
// Monday", "announced in a statement", "announced through a joint communique the recall of its envoy").
const VERB_ADJUNCT_WORDS = new Set([
  ...DAY_WORDS,
  "on",
  "here",
  "late",
  "earlier",
  "later",
  "this",
  "last",
  "week",
  "night",
  "morning",
  "evening",
  "in",
  "a",
  "statement",
  "through",
  "via",
  "joint",
  "communique",
  "communiqué",
  ".",
]);

export function isBoundary(u: Unit): boolean {
  return HARD_BOUNDARY.has(u.lower);
}

/** A diplomatic post or its staff as the last word of a mention ("the Russian ambassador", "Israel's envoy"). */
const POST = /\b(?:ambassadors?|envoys?|embass(?:y|ies)|consulates?|missions?|delegations?|diplomats?)$/i;

/** Whether the mention at `k` is the host an envoy named just before is posted to ("ambassador to Israel"). */
export function postedTo(units: readonly Unit[], k: number): boolean {
  let q = k - 1;
  if (units[q]?.pos === "DET") q--;
  const envoy = units[q - 1]?.mention;
  return units[q]?.lower === "to" && !!envoy && POST.test(envoy.text);
}

/** Marks "X said", ", X said Monday", "according to X", "writes X", "writing in X" as attribution. */
export function markAttributions(units: Unit[]): { speakers: string[]; speakerUnits: number[] } {
  const speakers: string[] = [];
  const speakerUnits: number[] = [];
  const mark = (from: number, to: number) => {
    const names: string[] = [];
    for (let k = from; k < to; k++) {
      const u = units[k] as Unit;
      u.attribution = true;
      if (u.mention) {
        names.push(u.mention.text);
        // "The Russian ambassador to Israel said": the host an envoy is posted to is no speaker beside them.
        if (!postedTo(units, k)) speakerUnits.push(k);
      } else if (u.pos === "PROPN" && !VERB_ADJUNCT_WORDS.has(u.lower)) names.push(u.lower);
    }
    if (names.length) speakers.push(names.join(" "));
  };
  // The comma that closes a speaker's participial aside (", writing on Telegram,"): a saying verb right after it has
  // its speaker further left, and what follows it is the report.
  let asideClose = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.lower === "according" && units[i + 1]?.lower === "to") {
      let j = i + 2;
      while (j < units.length && ![",", ".", ";"].includes((units[j] as Unit).lower)) j++;
      mark(i, j);
      i = j;
      continue;
    }
    if (!(u.pos === "VERB" ? SAY.has(u.lemma) : sayingVerbTaggedNoun(units, i))) continue;
    // "requested that Russia explain": what a party is asked to say is the demand's content, not a report.
    if (units[i - 1]?.mention && isSubjunctive(units, i - 1, i)) continue;
    // "fighting was reported", "talks were announced": a passive report names no speaker.
    if (units[i - 1]?.lemma === "be" && units[i + 1]?.lower !== "to") continue;
    // "told Belarus to stop", "told the French ambassador to leave": an instruction to a party is an act of its own,
    // not a report.
    const told = units[i + 1]?.pos === "DET" ? i + 2 : i + 1;
    if (u.lemma === "tell" && units[told]?.mention && units[told + 1]?.lower === "to") continue;
    // Left edge of the speaker: the nearest comma, quote or boundary before the verb.
    let left = i - 1;
    while (
      left >= 0 &&
      ![",", "“", '"', "”", "'"].includes((units[left] as Unit).lower) &&
      !isBoundary(units[left] as Unit)
    )
      left--;
    const before = units[i - 1];
    const postposed =
      (!before || [",", "”", '"', "“"].includes(before.lower) || before.pos === "PUNCT") &&
      units[i + 1]?.lower !== "that" &&
      !closesSubjectAside(units, i);
    if (!postposed && units[i + 1]?.lower === "that" && [",", "”"].includes(before?.lower ?? "")) {
      // "Rolofs, writing in Focus, declares that ...": the speaker sits further left; drop the verb only.
      mark(i, i + 2);
      continue;
    }
    if (postposed && i - 1 === asideClose) {
      // "Gladkov, writing later on Telegram, said a bout of shelling wounded seven": only the verb reports.
      mark(i, i + 1);
      continue;
    }
    if (postposed) {
      // ", said the minister" / "” writes Rolofs." / ", writing in Focus,": the speaker follows the verb.
      let j = i + 1;
      while (j < units.length && ![",", ".", ";", "—", "“", '"'].includes((units[j] as Unit).lower)) j++;
      if (u.lower.endsWith("ing") && units[j]?.lower === ",") asideClose = j;
      // "The agency, monitored in Cyprus, said Iraqi jets had bombed ...": a finite verb after the verb's object makes
      // it the reported clause, and the speaker sits left of an appositive; only the verb is attribution.
      if (before?.lower === "," && reportedClause(units, i + 1, j)) {
        mark(i, i + 1);
        continue;
      }
      mark(i, j);
      i = j;
      continue;
    }
    let j = i + 1;
    while (j < units.length && VERB_ADJUNCT_WORDS.has((units[j] as Unit).lower)) j++;
    // "Italy announced a suspension of air links": a noun phrase object is the act announced, not a report.
    if (NOMINAL_OBJECT.has(u.lemma) && takesNounObject(units, j)) continue;
    const trailing = j >= units.length || [".", "“", '"', "”"].includes((units[j] as Unit).lower);
    const leftEdge = left + 1;
    // A speaker is a short noun phrase: "Iraq", "a senior Guyanese police officer", not a whole clause.
    if (i - leftEdge > 9 || inObjectRelative(units, leftEdge, i)) continue;
    if (trailing) mark(leftEdge, units.length);
    else {
      mark(leftEdge, i + 1);
      if (units[i + 1]?.lower === "that") (units[i + 1] as Unit).attribution = true;
    }
  }
  return { speakers, speakerUnits };
}

/**
 * "Mali, along with Niger, announced the recall of its envoy", "Russia, in a statement, announced sanctions": a comma
 * before the verb closes an aside on the subject, not a report the verb attributes ("Moscow imposed sanctions,
 * announced the Kremlin"); no finite verb stands before it, and the verb takes the act as its object.
 */
function closesSubjectAside(units: readonly Unit[], i: number): boolean {
  if (units[i - 1]?.lower !== "," || !NOMINAL_OBJECT.has((units[i] as Unit).lemma)) return false;
  for (let k = 0; k < i; k++) if (isFiniteVerb(units[k]) || isBoundary(units[k] as Unit)) return false;
  let j = i + 1;
  while (j < units.length && VERB_ADJUNCT_WORDS.has((units[j] as Unit).lower)) j++;
  return takesNounObject(units, j);
}

/** A clause follows the saying verb: a finite verb after a party or a noun, past the verb's first word. */
function reportedClause(units: readonly Unit[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const u = units[k] as Unit;
    const prev = units[k - 1] as Unit;
    if ((u.pos === "VERB" || u.pos === "AUX") && isFiniteVerb(u) && (prev.mention || prev.pos === "NOUN")) return true;
  }
  return false;
}

/**
 * "TASS reports China condemned…", "Reuters reports that…": the tagger often reads a present-tense saying verb as a
 * plural noun. It is the verb when a name stands right before it and a "that" or a party right after it ("the
 * reports that China…" has no name before it; "Reuters reports on China" has neither after it).
 */
function sayingVerbTaggedNoun(units: readonly Unit[], i: number): boolean {
  const u = units[i] as Unit;
  if (u.pos !== "NOUN" || !u.lower.endsWith("s") || !SAY.has(u.lemma)) return false;
  const before = units[i - 1];
  const after = units[i + 1];
  return (
    !!before && (!!before.mention || before.pos === "PROPN") && !!after && (after.lower === "that" || !!after.mention)
  );
}

/**
 * "expelled a journalist who had written articles": a speech verb in a relative clause on the object of a verb
 * before it reports nothing; the clause it hangs on is the sentence's own act.
 */
function inObjectRelative(units: readonly Unit[], from: number, verb: number): boolean {
  // A speech verb that opens its stretch has nothing before it to hang on.
  if (verb <= from) return false;
  let k = verb - 1;
  while (k > from && ((units[k] as Unit).pos === "AUX" || (units[k] as Unit).pos === "ADV")) k--;
  if (!RELATIVE.has((units[k] as Unit).lower)) return false;
  for (let j = from; j < k; j++) if (isFiniteVerb(units[j]) && (units[j] as Unit).pos === "VERB") return true;
  return false;
}

// Speech verbs that also take the act itself as their object ("announced sanctions", "declared a ceasefire").
// "reiterated its demand", "concluded an agreement", "insisted on a withdrawal" name acts too.
// "added three Russian banks to its sanctions list": "add" with a noun phrase object adds something, it says nothing.
const NOMINAL_OBJECT = new Set(["announce", "declare", "confirm", "state", "reiterate", "conclude", "insist", "add"]);
const NP_START = new Set(["DET", "ADJ", "NUM", "NOUN"]);
// Words that open a relative clause on a noun: "Algeria, which", "the envoy, whom".
const OBJECT_RELATIVE = new Set(["which", "who", "whom", "whose"]);
// Possessive determiners open a noun phrase ("its demand"); other pronouns start a clause ("it will").
const POSSESSIVE = new Set([...POSSESSIVE_PRONOUNS, "my", "your"]);

/** A noun phrase follows (not a clause: no subject followed by its verb before the sentence ends). */
function takesNounObject(units: readonly Unit[], from: number): boolean {
  let first = units[from];
  // "insisted on the return of": the preposition of a prepositional verb comes before its object.
  if (first?.lower === "on") first = units[++from];
  // "declared a Russian diplomat persona non grata": the article before a name was skipped as a time word.
  if (!first || !(NP_START.has(first.pos) || POSSESSIVE.has(first.lower) || first.mention) || first.lower === "that")
    return false;
  for (let k = from; k < units.length; k++) {
    const u = units[k] as Unit;
    if (isBoundary(u) || u.lower === "“" || u.lower === '"') return true;
    // "declared a Russian diplomat persona non grata, the ministry said": a speaker after a comma ends the object.
    if (u.lower === "," && postposedSpeaker(units, k + 1)) return true;
    // "announced the recall of its ambassador from Algeria, which it accuses of ...": a relative clause after a comma
    // hangs on the object, whose noun phrase is whole.
    if (u.lower === "," && k > from && OBJECT_RELATIVE.has(units[k + 1]?.lower ?? "")) return true;
    if (u.pos === "AUX") return false;
    const prev = units[k - 1] as Unit;
    // "reiterated its demand that Turkey withdraw": a "that" clause after a noun completes the noun.
    if (u.lower === "that" && k > from && prev.pos === "NOUN") return true;
    if (u.pos === "VERB" && (prev.mention || prev.pos === "PRON" || prev.pos === "PROPN")) return false;
  }
  return true;
}

/** From `from`, a short speaker phrase and a speech verb: "the Latvian Foreign Ministry said", "officials told". */
function postposedSpeaker(units: readonly Unit[], from: number): boolean {
  for (let k = from; k < units.length && k < from + 6; k++) {
    const u = units[k] as Unit;
    if (u.pos === "VERB") return k > from && SAY.has(u.lemma) && !!units[k - 1]?.mention;
    if (!u.mention && !NP_START.has(u.pos) && u.pos !== "PROPN") return false;
  }
  return false;
}
