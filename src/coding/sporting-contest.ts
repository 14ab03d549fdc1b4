// Sports reports use the words of war and diplomacy for games between national teams: "Brazil crushed Argentina 3-0",
// "Germany defeated France in the quarter-final", "Spain hosted Italy in a friendly". The team is named after its
// state, so the pair looks like two states. A verb of winning, losing or hosting in a sentence that names a score or
// a sporting fixture is a game, not an act. notAnActSense (real-page-senses.ts) asks this.
import type { Unit } from "./sentence-units.ts";

/** Verbs sports reports use for a result or a fixture, which elsewhere code force or a meeting. */
export const CONTEST_VERBS = new Set([
  "beat",
  "defeat",
  "crush",
  "thrash",
  "rout",
  "trounce",
  "stun",
  "hammer",
  "edge",
  "overcome",
  "overpower",
  "overwhelm",
  "outplay",
  "whitewash",
  "humiliate",
  "upset",
  "eliminate",
  "knock",
]);
// Verbs of a fixture, which leaders also do at games ("Putin hosted Erdogan at the World Cup final"): a game only
// when the fixture is what they are "in" ("hosted Italy in a friendly", "faces Turkey in the semi-final").
export const FIXTURE_VERBS = new Set(["host", "face", "play"]);

// Words that name a sporting fixture or its parts. Each is a sports word in news English whatever its neighbours;
// words with a common political sense ("round", "final", "title", "goal", "game", "match", "marathon" talks or
// fighting, "penalties" for sanctions) are left out.
const FIXTURE = new Set([
  "quarter-final",
  "quarterfinal",
  "quarter-finals",
  "quarterfinals",
  "semi-final",
  "semifinal",
  "semi-finals",
  "semifinals",
  "qualifier",
  "qualifiers",
  "friendly",
  "tournament",
  "championship",
  "championships",
  "cup",
  "league",
  "derby",
  "olympics",
  "olympic",
  "paralympics",
  "innings",
  "wicket",
  "wickets",
  "playoff",
  "play-off",
  "playoffs",
  "play-offs",
  "fixture",
  "kick-off",
  "halftime",
  "half-time",
  "striker",
  "goalkeeper",
  "midfielder",
  "medal",
  "medals",
  "medallist",
  "medalist",
]);

// A score: "3-0", "2-1" (one token or three), "by an innings".
const SCORE = /^\d{1,3}-\d{1,3}$/;

/** True when unit k is a score such as "3-0", whether the tokenizer kept it whole or split it at the hyphen. */
function isScore(units: readonly Unit[], k: number): boolean {
  const u = units[k] as Unit;
  if (SCORE.test(u.lower)) return true;
  return /^\d{1,3}$/.test(u.lower) && units[k + 1]?.lower === "-" && /^\d{1,3}$/.test(units[k + 2]?.lower ?? "");
}

/** Unit k names a fixture: a fixture word that is no actor's name ("the Arab League"), or a cricket Test. */
function isFixture(units: readonly Unit[], k: number): boolean {
  const u = units[k];
  if (!u) return false;
  // "a friendly at Wembley" is a game; "friendly talks" are not.
  if (u.lower === "friendly") return units[k + 1]?.pos !== "NOUN" && units[k - 1]?.pos === "DET";
  // "the second Test", "a Test match"; "a missile test" is none.
  if (u.lower === "test") return /^(first|second|third|fourth|fifth)$/.test(units[k - 1]?.lower ?? "");
  // The tokenizer splits at hyphens: "quarter - final" is read back as "quarter-final".
  if (units[k - 1]?.lower === "-" && FIXTURE.has(`${units[k - 2]?.lower}-${u.lower}`)) return true;
  // "beat China in the final", "lost the final": the noun alone; "the final round of talks" and "the final say" are
  // no game.
  if (u.lower === "final" || u.lower === "finals")
    return units[k - 1]?.lower === "the" && !["NOUN", "ADJ", "PROPN"].includes(units[k + 1]?.pos ?? "");
  return FIXTURE.has(u.lower) && !u.mention;
}

/**
 * The verb at `head` reports a game between teams named after states: a verb of winning in a sentence with a score
 * or a fixture word, or a verb of a fixture followed by "in" a fixture.
 */
export function sportingContest(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  if (h.pos !== "VERB") return false;
  if (FIXTURE_VERBS.has(h.lemma)) {
    for (let k = head + 1; k < units.length && k <= head + 6; k++)
      if (units[k]?.lower === "in" && [1, 2, 3].some((d) => isFixture(units, k + d))) return true;
    return false;
  }
  if (!CONTEST_VERBS.has(h.lemma)) return false;
  for (let k = 0; k < units.length; k++) if (isScore(units, k) || isFixture(units, k)) return true;
  return false;
}
