// "discussed prospects for trade cooperation", "exchanged views on ways to further enhance cooperation", "confirmed
// their interest in strengthening cooperation", "no conditions regarding cooperation with Kazakhstan": official
// readouts name cooperation as what was talked about, hoped for or planned. The talk is coded from its own verb
// (discussed, exchanged views, agreed); the cooperation it names is no material act (CAMEO 06) of its own.
// "Russia and China agreed to cooperate", "boosted military cooperation" and "cooperation between the two navies
// began" still code: no topic word governs them.
import type { Unit } from "./sentence-units.ts";

// The nouns and the verbs of a tie that the 06 patterns read as cooperation done.
const TIE_NOUNS = new Set([
  "cooperation",
  "co-operation",
  "collaboration",
  "partnership",
  "partnerships",
  "ties",
  "relations",
  "relationship",
  "links",
  "trade",
  "investment",
  "investments",
]);
const TIE_VERBS = new Set([
  "cooperate",
  "collaborate",
  "strengthen",
  "deepen",
  "boost",
  "expand",
  "bolster",
  "intensify",
  "enhance",
  "develop",
  "advance",
  "promote",
  "upgrade",
  "invest",
  "trade",
]);
// Nouns that name cooperation as a matter or a frame of talk: "prospects for", "ways to", "the importance of", "areas
// of", "a programme for", "talks on", "new horizons for". Nouns of a party's own intent ("interest in", "readiness
// for", "opportunities for", "commitment to") are not here: they state an intent (03), and the tie after them
// names the partner that intent, or a later one in the sentence, is coded with. Nor are the tie's own nouns of change
// ("the expansion of", "the strengthening of"): "announced the expansion of military cooperation" reports it, and
// "discussed the deepening of ties" is a topic by its verb.
const TOPIC_NOUNS = new Set([
  "prospect",
  "prospects",
  "way",
  "ways",
  "means",
  "area",
  "areas",
  "field",
  "fields",
  "sphere",
  "spheres",
  "issue",
  "issues",
  "matter",
  "matters",
  "question",
  "questions",
  "topic",
  "topics",
  "aspect",
  "aspects",
  "direction",
  "directions",
  "importance",
  "significance",
  "framework",
  "horizon",
  "horizons",
  "basis",
  "foundation",
  "agenda",
  "priority",
  "priorities",
  "programme",
  "program",
  "roadmap",
  "strategy",
  "mechanism",
  "mechanisms",
  "view",
  "views",
  "discussion",
  "discussions",
  "talks",
  "consultations",
  "dialogue",
  "condition",
  "conditions",
  "level",
  "state",
  "status",
  "dynamics",
]);
const TOPIC_PREPOSITIONS = new Set(["for", "of", "in", "to", "on", "toward", "towards"]);
// Prepositions that by themselves make what follows a matter spoken of.
const ABOUT = new Set(["regarding", "concerning", "about"]);
// Verbs whose object is a matter spoken of or judged, not an act done. ("explored military cooperation" and
// "considering cooperation" are intents, 03, coded elsewhere.)
const TOPIC_VERBS = new Set([
  "discuss",
  "review",
  "examine",
  "address",
  "assess",
  "evaluate",
  "analyse",
  "analyze",
  "highlight",
  "emphasize",
  "emphasise",
  "stress",
  "underscore",
  "underline",
  "note",
]);
// What may stand between the topic word and the tie: "prospects for [further] expanding", "ways to [further] enhance",
// "interest in [the] [bilateral] [economic and trade] cooperation".
const PHRASE_TAGS = new Set(["DET", "ADJ", "NOUN", "NUM", "PROPN", "ADV", "CCONJ", "PART"]);
// ("further" is often tagged a verb: "ways to further enhance".)
// A closing quotation mark may end a quoted topic word: 'opening "new horizons" for bilateral cooperation'.
const PHRASE_WORDS = new Set([",", "'s", "’s", "-", "to", "further", '"', "”", "“"]);
// "one of the leading trade and investment partners of Kyrgyzstan": trade naming what kind of partner a state is.
const PARTNER_NOUNS = new Set(["partner", "partners"]);

// "plans to boost trade" names a plan; "Uzbekistan plans to boost trade" is the verb, an intent coded elsewhere.
function topicNoun(u: Unit | undefined): boolean {
  return !!u && TOPIC_NOUNS.has(u.lower) && u.pos === "NOUN";
}

/** "trade, economic and investment partners": the tie word only says what kind of partner is meant. */
function partnerKind(units: readonly Unit[], head: number): boolean {
  for (let k = head + 1; k < units.length && k <= head + 5; k++) {
    const u = units[k] as Unit;
    if (PARTNER_NOUNS.has(u.lower)) return true;
    if (!(u.pos === "ADJ" || u.pos === "NOUN" || u.pos === "CCONJ" || u.lower === ",")) return false;
  }
  return false;
}

/** The tie at `head` (a 06 trigger) is named as a topic, an aim or a frame of talk, not reported as done. */
export function topicalTie(units: readonly Unit[], head: number, code: string): boolean {
  if (!code.startsWith("06")) return false;
  const h = units[head] as Unit;
  // "economic and trade cooperation": a pattern may start at the tie's modifier.
  const noun =
    h.pos !== "VERB" && (TIE_NOUNS.has(h.lower) || [1, 2, 3].some((d) => TIE_NOUNS.has(units[head + d]?.lower ?? "")));
  // A verb is a topic only as a gerund or an infinitive: "interest in expanding trade", "ways to deepen ties".
  let before = head - 1;
  while (units[before]?.pos === "ADV" || units[before]?.lower === "further") before--;
  const verb = TIE_VERBS.has(h.lemma) && (h.lower.endsWith("ing") || units[before]?.lower === "to");
  if (!noun && !verb) return false;
  if (noun && partnerKind(units, head)) return true;
  let k = head - 1;
  while (k >= 0 && k >= head - 8) {
    const u = units[k] as Unit;
    if (u.clause !== h.clause && u.clause !== -1) return false;
    if (ABOUT.has(u.lower)) return true;
    if (u.pos === "VERB" && TOPIC_VERBS.has(u.lemma)) return true;
    const quoted = ['"', "”"].includes(units[k - 1]?.lower ?? "") ? 1 : 0;
    if (TOPIC_PREPOSITIONS.has(u.lower) && topicNoun(units[k - 1 - quoted])) return true;
    if (!(u.mention || PHRASE_TAGS.has(u.pos) || PHRASE_WORDS.has(u.lower))) return false;
    k--;
  }
  return false;
}
