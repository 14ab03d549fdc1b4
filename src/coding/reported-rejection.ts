// "US officials said lifting the sanctions on Burma is out of the question": a speaker who calls a course of action
// out of the question rejects it (CAMEO 120; talks ruled out this way are 125), and the act is aimed at the party
// that course would concern. The phrase has no verb to head a dictionary pattern, so it is read from its structure.
import type { Match } from "./match-patterns.ts";
import { isPlaceMention } from "./parties.ts";
import { closingSpeaker, insertMatch, structuralPattern } from "./reported-demands.ts";
import type { Unit } from "./sentence-units.ts";

/** The words that cue a reported rejection, for the paragraph filter (trigger-words.ts). */
export const REJECTION_WORDS: readonly string[] = ["question"];

// The forms of "be" (and "remain") that state a course is out of the question: "is", "was", "remains", "would be".
const BE = new Set(["is", "are", "was", "were", "'s", "be", "been", "remain", "remains", "remained"]);
// Talks, a meeting or a compromise ruled out: a rejection of negotiation (125).
const TALKS = new Set(["talks", "negotiations", "dialogue", "meeting", "summit", "contacts", "compromise"]);

const REJECT = structuralPattern("120");
const REJECT_TALKS = structuralPattern("125");

/** "out of the question" at k: returns whether the four words are there. */
function outOfQuestion(units: readonly Unit[], k: number): boolean {
  return (
    units[k]?.lower === "out" &&
    units[k + 1]?.lower === "of" &&
    units[k + 2]?.lower === "the" &&
    units[k + 3]?.lower === "question"
  );
}

const NOT = new Set(["not", "n't", "never"]);

/**
 * The be-form before "out", past adverbs ("is currently", "remains firmly"), or -1; also -1 when the verb group is
 * negated before it ("would not be out of the question" leaves the course open, as "is not" does).
 */
function beBefore(units: readonly Unit[], k: number): number {
  let b = k - 1;
  while (b > 0 && units[b]?.pos === "ADV") b--;
  if (!BE.has(units[b]?.lower ?? "")) return -1;
  for (let q = b - 1; q >= 0 && q >= b - 2 && ["AUX", "PART", "ADV"].includes(units[q]?.pos ?? ""); q--)
    if (NOT.has(units[q]?.lower ?? "")) return -1;
  return b;
}

/** Inserts a rejection by the speaker for each "<course> is out of the question" the sentence reports. */
export function addReportedRejections(matches: Match[], units: readonly Unit[], speakerUnits: readonly number[]): void {
  if (!speakerUnits.length) return;
  for (let k = 1; k < units.length; k++) {
    if (!outOfQuestion(units, k)) continue;
    const be = beBefore(units, k);
    if (be < 0) continue;
    const speaker =
      speakerUnits.filter((s) => s < be && !isPlaceMention(units, s)).at(-1) ?? closingSpeaker(units, speakerUnits, k);
    if (speaker === undefined) continue;
    // The course ruled out runs from after the speaker's words (or the sentence's start) to the be-form.
    let from = speaker < be ? speaker + 1 : 0;
    while (from < be && (units[from] as Unit).clause < 0) from++;
    const own = units[speaker]?.mention?.actor.code;
    const concerned: number[] = [];
    let talks = false;
    for (let i = from; i < be; i++) {
      const u = units[i] as Unit;
      if (TALKS.has(u.lower)) talks = true;
      if (u.mention && !u.attribution && u.clause >= 0 && u.mention.actor.code !== own && !isPlaceMention(units, i))
        concerned.push(i);
    }
    if (concerned.length) insertMatch(matches, talks ? REJECT_TALKS : REJECT, k, [speaker], concerned);
  }
}
