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

/** The noun act at `head` is the object of a verb of recounting, or what an anniversary is of. */
export function recountedAct(units: readonly Unit[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - 7; k--) {
    const u = units[k] as Unit;
    if (u.lower === "of" && ANNIVERSARY.has(units[k - 1]?.lower ?? "")) return true;
    if (u.pos === "VERB") return RECOUNTING.has(u.lemma) && !(CHARACTERISING.has(u.lemma) && judgedAs(units, head));
    if (!(PHRASE.has(u.pos) || u.mention || u.lower === "'s" || u.lower === "’s")) return false;
  }
  return false;
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
