// What a sentence says an act was for is not an act done, nor an intent anyone stated at a time: "Sarkozy heads to
// Beijing, seeking to mend ties with China" codes no tie-mending (nor does PETRARCH-2's gold).
import type { Unit } from "./sentence-units.ts";

// "as Ankara strives to boost cooperation with Turkic states": the writer's account of a standing aim.
const STRIVING = new Set(["strive", "endeavour", "endeavor"]);
const JOINTLY = new Set(["together", "jointly", "closely", "hard"]);
// ", aiming to deepen cooperation", ", seeking to mend ties": a participle of purpose set off after the act it serves.
const PURPOSE_PARTICIPLES = new Set(["aiming", "seeking", "hoping", "looking", "trying", "striving"]);
// "in a bid to ease tensions", "in an effort to end the standoff": the purpose of the act before it.
const PURPOSE_NOUNS = new Set(["bid", "effort", "attempt"]);
// "its ongoing efforts to deepen military ties", "Georgia's attempt to improve relations": an analyst's account of a
// striving to build ties, not ties built. (An attempt at a hostile act is one: "Moscow's attempt to coerce Estonia".)
const STRIVING_NOUNS = new Set(["efforts", "attempts"]);
const OWNERS = new Set(["its", "their", "his", "her", "'s", "’s"]);
const TIE_BUILDING = new Set([
  "improve",
  "deepen",
  "strengthen",
  "mend",
  "normalise",
  "normalize",
  "boost",
  "expand",
  "restore",
  "repair",
  "rebuild",
  "enhance",
  "broaden",
  "develop",
]);

// Verbs of trying, and the deal-making they try for (a deal, unlike talks or a truce brokered, is made or not).
const TRYING = new Set(["try", "attempt"]);
const DEAL_MAKING = new Set([...TIE_BUILDING, "reach", "sign", "conclude", "secure", "finalise", "finalize", "strike"]);

/**
 * True when the "to" at `k` opens the aim of something else rather than an act: after a verb of striving, after
 * "efforts"/"attempts" or a party's own "bid", "effort" or "attempt" to build ties, after "try"/"attempt" to make a
 * deal, after a participle of purpose that a comma sets off, or after "in a bid" / "in an effort".
 */
export function purposeTo(units: readonly Unit[], k: number): boolean {
  const prev = units[k - 1];
  if (units[k]?.lower !== "to" || !prev) return false;
  if (STRIVING.has(prev.lemma)) return true;
  const striving =
    STRIVING_NOUNS.has(prev.lower) || (PURPOSE_NOUNS.has(prev.lower) && OWNERS.has(units[k - 2]?.lower ?? ""));
  if (striving && TIE_BUILDING.has(units[k + 1]?.lemma ?? "")) return true;
  // "have been attempting to reach a deal", "are trying to sign an accord": a deal tried for is not yet made.
  if (TRYING.has(prev.lemma) && prev.pos === "VERB" && DEAL_MAKING.has(units[k + 1]?.lemma ?? "")) return true;
  // "Minsk and Beijing are working together to strengthen their partnership": the aim of a joint effort.
  if (JOINTLY.has(prev.lower) && units[k - 2]?.lemma === "work") return true;
  if (PURPOSE_PARTICIPLES.has(prev.lower)) return units[k - 2]?.lower === ",";
  return (
    PURPOSE_NOUNS.has(prev.lower) && ["a", "an"].includes(units[k - 2]?.lower ?? "") && units[k - 3]?.lower === "in"
  );
}

/**
 * "The two presidents met in Warsaw to underline their unity toward Russia": past a purpose infinitive ("to" and a
 * verb) after the trigger, an actor belongs to that infinitive, not to the meeting; the meeting's sides are its
 * subjects. True when such an infinitive opens between `from` and `to`.
 */
export function purposeInfinitiveBetween(units: readonly Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (units[k]?.lower !== "to") continue;
    let v = k + 1;
    while (units[v]?.pos === "ADV" && v < to) v++;
    if (units[v]?.pos === "VERB" && !units[v]?.mention) return true;
  }
  return false;
}
