// Background around a trigger: adverbial clauses and phrases that set the scene for the main act but are not it.
import type { Unit } from "./sentence-units.ts";

// Words that open an adverbial clause ("before allowing", "as shells continued", "after a coup toppled").
const SUBORDINATORS = new Set([
  "before",
  "after",
  "while",
  "since",
  "until",
  "when",
  "as",
  "because",
  "although",
  "unless",
  "once",
  "whereas",
  "without",
]);
// "attacked Ukraine and China condemned": a coordinator followed by a subject and its verb opens a new clause.
const COORDINATORS = new Set(["and", "or"]);
const PHRASE_POS = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"]);

/** True when a subordinator at k opens a clause: a gerund right after it, or a noun phrase and then its verb. */
function opensAdverbialClause(units: readonly Unit[], k: number): boolean {
  const u = units[k] as Unit;
  if (!SUBORDINATORS.has(u.lower) && !COORDINATORS.has(u.lower)) return false;
  const next = units[k + 1];
  if (!next || next.clause !== u.clause) return false;
  if (next.pos === "VERB" && next.lower.endsWith("ing")) return !COORDINATORS.has(u.lower);
  // "such as", "as well as": "as" after these compares or lists, it opens nothing.
  if (u.lower === "as" && ["such", "well", "so"].includes(units[k - 1]?.lower ?? "")) return false;
  let j = k + 1;
  while (j < units.length && j <= k + 6 && (units[j]?.mention || PHRASE_POS.has((units[j] as Unit).pos))) j++;
  if (j === k + 1) return false;
  const verb = units[j];
  return (
    !!verb && verb.clause === u.clause && (verb.pos === "AUX" || (verb.pos === "VERB" && !verb.lower.endsWith("ing")))
  );
}

/** An adverbial clause opens between two units: what lies on either side belongs to different acts. */
export function adverbialBetween(units: readonly Unit[], a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  return adverbialLimit(units, from + 1, to) < to;
}

/**
 * Where the trigger's own clause gives way to an adverbial clause ("demanded a truce with X before allowing Y in"):
 * an actor past that point belongs to the other clause's act, so the object search stops there.
 */
export function adverbialLimit(units: readonly Unit[], from: number, limit: number): number {
  for (let k = from; k < limit && k < units.length; k++) if (opensAdverbialClause(units, k)) return k;
  return limit;
}

// Prepositions that set a scene in time or circumstance: "despite hours of talks", "amid protests", "after the raid".
const SCENE_PREP = new Set(["despite", "amid", "amidst", "following", "after", "before", "during", "since"]);
const SCENE_SKIP = new Set(["DET", "ADJ", "NUM", "NOUN", "PRON"]);

/**
 * "failed to agree despite hours of tense negotiations": a noun trigger in a scene-setting phrase names the
 * circumstance of the sentence's act, not a second act of its own.
 */
export function inScenePhrase(units: readonly Unit[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - 6; k--) {
    const u = units[k] as Unit;
    if (u.clause !== (units[head] as Unit).clause) return false;
    if (SCENE_PREP.has(u.lower)) return !opensAdverbialClause(units, k);
    if (u.lower === "of" && units[k - 1]?.lower === "ahead") return true;
    if (!(SCENE_SKIP.has(u.pos) || u.lower === "of" || u.lower === "-") || u.mention) return false;
  }
  return false;
}
