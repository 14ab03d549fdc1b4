import type { Match } from "./match-patterns.ts";
import { type ActorGroup, isPlaceMention, isSubjectPosition } from "./parties.ts";
import { closingSpeaker, insertMatch, structuralPattern } from "./reported-demands.ts";
import type { Unit } from "./sentence-units.ts";

// The forms of "be" that state who a harm is owed to: "Russia was behind", "Iran is to blame", "has been responsible".
const BE = new Set(["is", "are", "was", "were", "'s", "been"]);
const HAVE = new Set(["has", "have", "had"]);
// Harms a party is held to have caused. A duty ("responsible for the security of the region") or a good deed
// ("behind the peace deal") names no harm, so it blames no one.
const HARMS = new Set([
  "attack",
  "attacks",
  "bombing",
  "bombings",
  "blast",
  "blasts",
  "explosion",
  "explosions",
  "killing",
  "killings",
  "murder",
  "murders",
  "assassination",
  "assassinations",
  "death",
  "deaths",
  "poisoning",
  "poisonings",
  "downing",
  "crash",
  "shooting",
  "shootings",
  "shelling",
  "strike",
  "strikes",
  "raid",
  "raids",
  "massacre",
  "massacres",
  "atrocities",
  "hack",
  "hacks",
  "hacking",
  "cyberattack",
  "cyberattacks",
  "cyber-attack",
  "cyber-attacks",
  "sabotage",
  "violence",
  "unrest",
  "crisis",
  "incident",
  "incidents",
  "escalation",
  "kidnapping",
  "kidnappings",
  "abduction",
  "abductions",
  "disappearance",
  "interference",
  "meddling",
  "disinformation",
  "plot",
  "plots",
  "coup",
  "leak",
  "leaks",
  "fire",
  "fires",
  "outage",
  "blackout",
  "famine",
]);
// What may stand between the blame word and its harm: "for the deadly attack", "the border incident", "behind last
// week's bombing of".
const BEFORE_HARM = new Set(["DET", "ADJ", "NUM", "PROPN", "NOUN", "PART", "ADV"]);

/** The words that cue a reported blame, for the paragraph filter (trigger-words.ts). */
export const BLAME_WORDS: readonly string[] = ["behind", "responsible", "blame"];

/** A blame at unit k: "responsible for", "to blame for" or "behind", returning the unit after it, or -1. */
function blameAt(units: readonly Unit[], k: number): number {
  const w = units[k]?.lower;
  if (w === "behind") return k + 1;
  if (w === "responsible" && units[k + 1]?.lower === "for") return k + 2;
  if (w === "to" && units[k + 1]?.lower === "blame" && units[k + 2]?.lower === "for") return k + 3;
  return -1;
}

/** A harm opens the noun phrase at `from`: "the attack", "last week's poisoning", "the deadly Salisbury attack". */
function harmAfter(units: readonly Unit[], from: number): boolean {
  for (let k = from; k < from + 5 && k < units.length; k++) {
    const u = units[k] as Unit;
    if (HARMS.has(u.lower)) return true;
    if (!BEFORE_HARM.has(u.pos) && u.lower !== "'s") return false;
  }
  return false;
}

/** Where a party is named as the one behind a harm, the unit of the blame word ("behind", "responsible"), or -1. */
function blamedAt(units: readonly Unit[], g: ActorGroup): number {
  let k = g.last + 1;
  // The rest of the subject's noun phrase: "Russian agents were", "Iranian military intelligence was".
  while (k < g.last + 4 && ["NOUN", "PROPN", "ADJ"].includes(units[k]?.pos ?? "")) k++;
  // "Russia was directly responsible", "Iran has been behind": be-forms and adverbs, with at least one be-form; a
  // modal hedges the blame ("may be responsible"), which then is no accusation.
  let be = false;
  const from = k;
  while (
    k < from + 4 &&
    (BE.has(units[k]?.lower ?? "") || HAVE.has(units[k]?.lower ?? "") || units[k]?.pos === "ADV")
  ) {
    if (BE.has(units[k]?.lower ?? "")) be = true;
    k++;
  }
  if (!be) return -1;
  const after = blameAt(units, k);
  // "to blame": the head stays on "to", so that the dictionary's own "blame" trigger keeps its unit.
  return after >= 0 && harmAfter(units, after) ? k : -1;
}

/**
 * "Britain said Russia was behind the poisoning", "Iran is to blame for the attack, Israel said": a speaker who
 * names another party as the one behind a harm accuses it (CAMEO 112). Negated or hedged blame ("was not behind",
 * "may be responsible") is left to the mood of the blame word, as for any trigger.
 */
function reportedBlames(
  units: readonly Unit[],
  groups: readonly ActorGroup[],
  speakerUnits: readonly number[],
): Array<{ speaker: number; blamed: number[]; head: number }> {
  if (!speakerUnits.length) return [];
  const out: Array<{ speaker: number; blamed: number[]; head: number }> = [];
  for (const g of groups) {
    if (!isSubjectPosition(units, g)) continue;
    const head = blamedAt(units, g);
    if (head < 0) continue;
    const speaker =
      speakerUnits.filter((s) => s < g.first && !isPlaceMention(units, s)).at(-1) ??
      closingSpeaker(units, speakerUnits, head);
    if (speaker === undefined) continue;
    // "Moscow said Russia was not behind it": a party speaking of itself accuses no one.
    const own = units[speaker]?.mention?.actor.code;
    const blamed = g.members.filter((i) => units[i]?.mention?.actor.code !== own);
    if (blamed.length) out.push({ speaker, blamed, head });
  }
  return out;
}

// "X said Y was behind the attack": an accusation by the speaker, both parties known from the sentence's structure.
const REPORTED_BLAME = structuralPattern("112");

/** Inserts the sentence's reported blames among its pattern matches, in the order of their heads. */
export function addReportedBlames(
  matches: Match[],
  units: readonly Unit[],
  groups: readonly ActorGroup[],
  speakerUnits: readonly number[],
): void {
  for (const b of reportedBlames(units, groups, speakerUnits))
    insertMatch(matches, REPORTED_BLAME, b.head, [b.speaker], b.blamed);
}
