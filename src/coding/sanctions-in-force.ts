// "used to evade sanctions on Russian oil", "is implementing EU sanctions", "Hungary's veto against sanctions on
// Georgian officials": sanctions named as what someone evades, applies, delays or blocks are sanctions already in force
// (or never imposed); the sentence refers to them and reports no imposing. "readied new sanctions on Iran" and
// "adopted the 15th package of sanctions" are not caught: their verbs impose.
import type { Unit } from "./sentence-units.ts";
import { beforeNounPhrase } from "./trigger-scope.ts";

const SANCTION_NOUNS = new Set(["sanction", "sanctions", "embargo", "embargoes"]);
// Verbs whose object is sanctions someone else imposed, or sanctions kept from being imposed.
const REFERRING_VERBS = new Set([
  "evade",
  "circumvent",
  "bypass",
  "dodge",
  "skirt",
  "bust",
  "violate",
  "breach",
  "ignore",
  "defy",
  "flout",
  "implement",
  "enforce",
  "observe",
  "address",
  "discuss",
  "veto",
  "block",
  "delay",
  "stall",
  "cover",
]);
// Nouns that name the sanctions only as the thing they bear on: "the implications of", "evasion of", "a veto against".
const REFERRING_NOUNS = new Set([
  "implications",
  "impact",
  "effect",
  "effects",
  "consequences",
  "evasion",
  "circumvention",
  "violation",
  "violations",
  "breach",
  "breaches",
  "veto",
  "implementation",
  "enforcement",
]);
// Phrases before the sanctions that make them a condition already there: "subject to", "covered by", "under".
const UNDER: readonly (readonly string[])[] = [["subject", "to"], ["covered", "by"], ["under"], ["despite"]];

const OWNER_WORDS = new Set(["'s", "’s"]);
const OWNER_TAGS = new Set(["DET", "PROPN", "ADJ", "NUM"]);

/** The sanctions noun at `head` is named as sanctions in force or kept off, not as sanctions being imposed. */
export function sanctionsInForce(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  if (!SANCTION_NOUNS.has(h.lower)) return false;
  let k = beforeNounPhrase(units, head);
  // Past the party owning them and their modifiers: "the new EU sanctions", "Western sanctions", "the bloc's".
  while (
    units[k] &&
    (units[k]?.mention || OWNER_WORDS.has(units[k]?.lower ?? "") || OWNER_TAGS.has(units[k]?.pos ?? ""))
  )
    k--;
  const at = units[k];
  if (!at || at.clause !== h.clause) return false;
  // "held up the new sanctions": a verb with its particle.
  const verb = at.pos === "ADP" && (at.lower === "up" || at.lower === "off") ? units[k - 1] : at;
  if (verb?.pos === "VERB" && (REFERRING_VERBS.has(verb.lemma) || (verb.lemma === "hold" && verb !== at))) return true;
  if (
    (at.lower === "of" || at.lower === "against" || at.lower === "on") &&
    REFERRING_NOUNS.has(units[k - 1]?.lower ?? "")
  )
    return true;
  return UNDER.some((p) => p.every((w, i) => units[k - p.length + 1 + i]?.lower === w));
}
