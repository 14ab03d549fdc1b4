// "Russian tourists flocked to Turkey", "Chinese students travelled to Australia": people who travel on their own
// account (tourists, students, performers, players, firms) are no state making a visit. A demonym before a noun of private travellers names where they come from,
// not an envoy of their state.
import { isPlaceMention } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

// Nouns of people who travel for themselves, not for their state.
const TRAVELLERS = new Set([
  "tourist",
  "holidaymaker",
  "vacationer",
  "traveller",
  "traveler",
  "backpacker",
  "pilgrim",
  "student",
  "fan",
  "supporter",
  "shopper",
  "visitor",
  "migrant",
  "emigrant",
  "expatriate",
  "expat",
  "retiree",
  "family",
  "couple",
  "honeymooner",
  "climber",
  "skier",
  // Performers, players and firms on tour: "the American actor visited Georgia", "the Russian ballet toured Japan".
  "actor",
  "actress",
  "singer",
  "star",
  "celebrity",
  "artist",
  "writer",
  "author",
  "musician",
  "band",
  "orchestra",
  "troupe",
  "choir",
  "ballet",
  "team",
  "squad",
  "player",
  "athlete",
  "cricketer",
  "footballer",
  "cyclist",
  "swimmer",
  "gymnast",
  "boxer",
  "wrestler",
  "skater",
  "company",
  "firm",
  "businessman",
  "businesswoman",
  "businessperson",
  "entrepreneur",
]);

/** "tourists" → "tourist", "families" → "family", "businessmen" → "businessman", "businesspeople" → "businessperson". */
function singular(word: string): string {
  if (word.endsWith("men")) return `${word.slice(0, -3)}man`;
  if (word.endsWith("people")) return `${word.slice(0, -6)}person`;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

// Sports crowds: "Indian and Pakistani fans clashed outside the stadium" is no act of either state.
const CROWDS = new Set(["fan", "hooligan", "ultra", "ultras"]);

/**
 * Every source unit of a visit or meeting (CAMEO 04) is a people named for private travellers ("Russian tourists"),
 * or every source of any act is a sports crowd and every other party is a crowd or private travellers too ("Indian and
 * Pakistani fans clashed", "Serbian fans attacked Albanian players"). A crowd's act on a state's organ or outpost is
 * still an act on that state ("Serbian fans attacked the Albanian embassy").
 */
export function privateTravellers(units: readonly Unit[], code: string, sources: readonly number[]): boolean {
  const crowd = (k: number) => CROWDS.has(singular(peopleNoun(units, k)));
  if (sources.length && sources.every(crowd)) {
    // Units from the sentence before (clause -2) and places ("in Belgrade") are no party of this act.
    return units.every(
      (u, k) =>
        !u.mention ||
        u.clause === -2 ||
        sources.includes(k) ||
        isPlaceMention(units, k) ||
        crowd(k) ||
        traveller(units, k),
    );
  }
  // A tour still to come is one too: "England's cricketers will tour Pakistan" (036, an intent to visit).
  if (!(code.startsWith("04") || code === "036") || !sources.length) return false;
  return sources.every((k) => traveller(units, k));
}

/** The unit at k names a people by a noun of private travellers ("Russian tourists", "England's cricketers"). */
function traveller(units: readonly Unit[], k: number): boolean {
  const mention = units[k]?.mention;
  // "England's cricketers", "Brazil's footballers": a state's name before "'s" and the people's noun.
  if (units[k + 1]?.lower === "'s" && TRAVELLERS.has(singular(units[k + 2]?.lower ?? ""))) return true;
  if (mention?.kind !== "demonym") return false;
  // The mention holds the people's noun ("Russian tourists"); the tokenizer may also leave it as the next word.
  const last = mention.text.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  const next = units[k + 1];
  // The tagger leaves irregular plurals as their own lemma ("businessmen"), so the word is made singular here too.
  return TRAVELLERS.has(singular(last)) || (next?.pos === "NOUN" && TRAVELLERS.has(singular(next.lower)));
}

/** The people's noun after a demonym, past others joined to it: "Pakistani fans" and "Indian [and Pakistani] fans". */
function peopleNoun(units: readonly Unit[], k: number): string {
  let j = k;
  while (units[j + 1] && (units[j + 1]?.lower === "and" || units[j + 1]?.lower === ",") && units[j + 2]?.mention)
    j += 2;
  const mention = units[j]?.mention;
  if (mention?.kind !== "demonym") return "";
  const own = mention.text.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  return CROWDS.has(singular(own)) ? own : units[j + 1]?.pos === "NOUN" ? (units[j + 1]?.lower ?? "") : "";
}
