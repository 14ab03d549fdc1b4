// An act done by saying (a statement, an intent, a demand, a charge) happens when it is said: a date inside what it
// speaks of (the planned, accused or demanded act) dates that act, not the saying (issue #3).
import type { DateMention } from "../domain/index.ts";
import type { Unit } from "./sentence-units.ts";

/** Roots of acts done by saying, dated when said: statements, appeals, intents, consultations, praise, demands,
 * disapproval, rejection, threats and protests. (event-details.ts keeps a narrower set for places: there intents,
 * meetings, agreements and protests take place where they are done.) */
const DATED_BY_SAYING = new Set(["01", "02", "03", "04", "05", "10", "11", "12", "13", "14"]);

/** How a coded act was said. `future`: the code is an intent or threat read from a future verb ("will sign a deal"),
 * so the verb's own clause tells the planned act, and the statement is the report's. */
export interface SpokenAct {
  future: boolean;
}

/** The spoken-act reading of a final code and its mood, or undefined for an act that is done, not said. */
export function spokenAct(code: string, mood: string | undefined): SpokenAct | undefined {
  return DATED_BY_SAYING.has(code.slice(0, 2)) ? { future: mood === "future" } : undefined;
}

/** Prepositions that open the act a statement is about: "accused Russia of occupying", "praised Turkey for hosting". */
const ABOUT = /^(?:of|for|over|against|about|with)$/;

/** Nouns in -ing that tell a time, not an act ("warned of it on the morning of May 3"). */
const TIME_NOUN = /^(?:morning|evening|spring)$/;

/**
 * Whether a date in a spoken act's clause belongs to what is said, not to the saying:
 * - in a future act coded as its intent ("will sign a deal in 2027", "will hold drills in September"), a date after
 *   the article's day or after the verb is the plan's; a date right after a verb of saying stays the statement's
 *   ("…, the ministry said on Monday");
 * - a date after a gerund the statement is about ("accused Georgia of occupying its land since 2008", "praised Poland
 *   for hosting the talks in June") is that gerund's act.
 * `last` is the act's last unit; `published` the article's day.
 */
export function ofWhatIsSaid(
  units: readonly Unit[],
  last: number,
  d: DateMention,
  published: string,
  said: SpokenAct,
): boolean {
  const before = units.findLastIndex((u) => u.end <= d.start);
  if (said.future) {
    if (units[before]?.attribution || units[before - 1]?.attribution) return false;
    if (published && d.value > published.slice(0, d.value.length)) return true;
    if (d.start > (units[last] as Unit).start) return true;
  }
  for (let k = last + 1; k <= before; k++) {
    const u = units[k] as Unit;
    if (!ABOUT.test(units[k - 1]?.lower ?? "") || !u.lower.endsWith("ing") || TIME_NOUN.test(u.lower)) continue;
    if (u.pos === "VERB" || u.pos === "NOUN") return true;
  }
  return false;
}

/**
 * The day a sentence says its statement was made, when the act itself gives none: a date right after a verb of saying
 * (", the foreign ministry said on Wednesday"; "Tehran said Monday").
 */
export function sayingDate(units: readonly Unit[], dates: readonly DateMention[]): string | undefined {
  for (const d of dates) {
    const before = units.findLastIndex((u) => u.end <= d.start);
    const opening = units[before]?.lower === "on" ? before - 1 : before;
    if (units[opening]?.attribution && units[opening]?.pos === "VERB") return d.value;
  }
  return undefined;
}
