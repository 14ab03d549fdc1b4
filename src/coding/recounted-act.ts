// "The museum documents the Soviet invasion of Afghanistan", "Poland marked the anniversary of the German invasion":
// a noun act that is the object of a verb of telling, remembering or studying is history being retold, and an
// anniversary marks an act of years ago; neither is news of an act.
import type { Unit } from "./sentence-units.ts";

// Verbs whose object is an account or a memory of something, not the thing happening now.
const RECOUNTING = new Set([
  "document",
  "describe",
  "depict",
  "portray",
  "recount",
  "recall",
  "remember",
  "commemorate",
  "memorialize",
  "memorialise",
  "chronicle",
  "study",
  "research",
  "retell",
  "revisit",
  "relive",
  "dramatize",
  "dramatise",
  "mourn",
]);
// Verbs that, with "as", judge an act rather than retell it: "Zelensky described the Russian strike as a war crime"
// is a verdict on news, "the book describes the Soviet invasion" a retelling.
const CHARACTERISING = new Set(["describe", "depict", "portray"]);
// Nouns of a date that comes back: "the anniversary of the invasion".
const ANNIVERSARY = new Set(["anniversary", "anniversaries", "jubilee", "centenary", "centennial"]);
// What may stand between the verb and the noun act: "the 1979 Soviet invasion", "the brutal Russian occupation".
const PHRASE = new Set(["DET", "ADJ", "NUM", "PROPN", "NOUN", "PART"]);

// Verbs that name an act in passing: "Germany mentioned Russia's seizure of the tanker" neither suffers nor answers
// it, so the act takes no target from that verb's subject.
const MENTIONING = new Set(["mention", "cite", "note", "raise", "discuss", "reference", "highlight", "list", "flag"]);
// What verbOfObject gives for "the anniversary of the invasion".
const ANNIVERSARY_OF = -2;

/** The verb whose object the noun act at `head` is ("documents the Soviet invasion"), ANNIVERSARY_OF, or -1. */
function verbOfObject(units: readonly Unit[], head: number): number {
  for (let k = head - 1; k >= 0 && k >= head - 7; k--) {
    const u = units[k] as Unit;
    if (u.lower === "of" && ANNIVERSARY.has(units[k - 1]?.lower ?? "")) return ANNIVERSARY_OF;
    if (u.pos === "VERB") return k;
    if (!(PHRASE.has(u.pos) || u.mention || u.lower === "'s" || u.lower === "’s")) return -1;
  }
  return -1;
}

/** The noun act at `head` is the object of a verb of recounting, or what an anniversary is of. */
export function recountedAct(units: readonly Unit[], head: number): boolean {
  const k = verbOfObject(units, head);
  if (k === ANNIVERSARY_OF) return true;
  const lemma = units[k]?.lemma ?? "";
  return RECOUNTING.has(lemma) && !(CHARACTERISING.has(lemma) && judgedAs(units, head));
}

/** The noun act at `head` is the object of a verb that only names it ("mentioned Russia's seizure of X"). */
export function mentionedAct(units: readonly Unit[], head: number): boolean {
  return MENTIONING.has(units[verbOfObject(units, head)]?.lemma ?? "");
}

/** "described the strike on Kyiv as a war crime": an "as" follows the act within its clause. */
function judgedAs(units: readonly Unit[], head: number): boolean {
  for (let k = head + 1; k < units.length && k <= head + 8; k++) {
    const u = units[k] as Unit;
    if (u.lower === "as") return true;
    if (u.pos === "PUNCT" || u.pos === "VERB") return false;
  }
  return false;
}

// Works of fiction and simulations, whose plots use the words of war and diplomacy.
const FICTION = new Set([
  "game",
  "film",
  "movie",
  "novel",
  "book",
  "series",
  "play",
  "drama",
  "show",
  "episode",
  "sequel",
  "simulation",
  "scenario",
  "wargame",
  "war-game",
  "script",
  "opera",
]);

/**
 * "In the game, players fight a Russian invasion of Poland", "In the novel, China blockades Taiwan", "In the
 * simulation, Beijing seized the islands": a sentence opened by "in" and a work of fiction or a simulation tells
 * its plot, which nobody did.
 */
export function fictionScene(units: readonly Unit[]): boolean {
  if (units[0]?.lower !== "in") return fictionSubject(units);
  for (let k = 1; k < units.length && k <= 5; k++) {
    const u = units[k] as Unit;
    if (u.lower === ",") return false;
    if (FICTION.has(u.lower) && u.pos === "NOUN") return units[k + 1]?.lower === "," || units[k + 1]?.lower === "'s";
    if (!(PHRASE.has(u.pos) || u.lower === "'s" || u.lower === "war")) return false;
  }
  return false;
}

// Verbs by which a work tells its plot: "the novel imagines", "the film follows", "the series depicts".
const PLOT_VERBS = new Set([
  "imagine",
  "envisage",
  "envision",
  "follow",
  "tell",
  "depict",
  "portray",
  "show",
  "explore",
  "feature",
  "dramatize",
  "dramatise",
  "center",
  "centre",
  "revolve",
]);

/** "The novel imagines a future in which China has invaded Taiwan": a work of fiction, subject of a plot verb. */
function fictionSubject(units: readonly Unit[]): boolean {
  let k = 0;
  if (!["the", "a", "an", "his", "her", "their", "its"].includes(units[k]?.lower ?? "")) return false;
  k++;
  while (units[k]?.pos === "ADJ" && !FICTION.has(units[k]?.lower ?? "")) k++;
  const noun = units[k];
  // The tagger reads "novel" as an adjective at times; "show of force" is no show.
  if (!noun || !FICTION.has(noun.lower) || units[k + 1]?.lower === "of") return false;
  // "the novel imagines", which the tagger may read as two nouns.
  const next = units[k + 1]?.lower ?? "";
  if (PLOT_VERBS.has(next.replace(/s$/, "")) || PLOT_VERBS.has(next.replace(/es$/, ""))) return true;
  for (let j = k + 1; j < units.length && j <= k + 14; j++) {
    const u = units[j] as Unit;
    if (u.pos === "VERB" && u.clause === noun.clause) return PLOT_VERBS.has(u.lemma);
  }
  return false;
}
