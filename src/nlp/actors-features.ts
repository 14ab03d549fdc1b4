// Names that contain a state or city without naming it as an actor: seas, gulfs and straits ("the Gulf of Oman", "the
// Sea of Japan"), wars ("the Iraq War", "the Korean War"), languages ("Spanish-language TV ads", "Arabic speakers") and
// bodies and wars named after a pair ("the US-Caribbean Banking Forum", "the Central Asia + Japan Business Forum", "the
// Israel–Hamas war"), buildings named after a people ("the Indonesian Hospital" in Gaza, "the Pakistani School" in
// Riyadh), newspapers and sports clubs named after a place ("the Jerusalem Post", "Real Madrid").
import { afterHeadOf } from "./actors-documents.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Capitalised words that open a feature's name with "of". */
const FEATURES = new Set(
  "gulf gulfs sea seas strait straits bay bight channel sound lake isthmus peninsula cape horn".split(" "),
);

/** Words after a state, demonym or place that make it name a war or a language, not a party. */
const WAR = new Set(["war", "wars"]);
const LANGUAGE = new Set(["language", "languages", "speaking", "speaker", "speakers"]);
/** Words after "war" that still leave the state an actor: "the Israel war cabinet", "Russian war crimes". */
const WAR_OWNED = new Set([
  "cabinet",
  "council",
  "ministry",
  "office",
  "crimes",
  "criminals",
  "effort",
  "machine",
  "games",
]);

/**
 * Whether the name ending before token j names a war or a language: a capitalised War ("the Vietnam War"), a lower-case
 * war that ends its phrase ("opposed the Iraq war in 2003", but not "the Israel war cabinet"), or a language word
 * ("Spanish-language", "Arabic speakers"). "Russia's war" has the possessive between and stays Russia's.
 */
function namesWarOrLanguage(toks: GazToken[], sent: Int32Array, j: number): boolean {
  const t = toks[j];
  if (!t || sent[j] !== sent[j - 1]) return false;
  // "the Turkish speaker of parliament" presides over it; "Turkish speakers" speak the language.
  if (LANGUAGE.has(t.norm)) return !(t.norm === "speaker" && toks[j + 1]?.norm === "of");
  if (!WAR.has(t.norm)) return false;
  if (t.shape !== 0) return true;
  const next = toks[j + 1];
  return !next || sent[j + 1] !== sent[j] || !WAR_OWNED.has(next.norm);
}

/**
 * Participles after a state, demonym or city that make it a thing's or a person's origin, not a party: "a
 * Chinese-owned company", "Russian-made drones", "a London-based charity", "a British-born cleric". "Saudi-led" and
 * "Russian-backed" are left out: the state leads or backs, and acts.
 */
const ORIGIN = new Set(["owned", "made", "built", "designed", "based", "born", "manufactured", "produced"]);

/** Origin participles that are seldom a people's verb, so that they need no hyphen: "a Chinese owned company". */
const ORIGIN_UNHYPHENATED = new Set(["owned", "based", "born"]);

/**
 * Whether the name ending before token j is joined to an origin participle by a hyphen ("Chinese-owned", "US-made"),
 * or is a demonym before one that is seldom a verb ("a Chinese owned company"); "Japan built a hospital" acts.
 */
function namesOrigin(kind: string, text: string, toks: GazToken[], sent: Int32Array, j: number): boolean {
  const t = toks[j];
  if (!t || sent[j] !== sent[j - 1] || !ORIGIN.has(t.norm)) return false;
  if (text.slice(toks[j - 1]!.end, t.start) === "-") return true;
  return kind === "demonym" && ORIGIN_UNHYPHENATED.has(t.norm);
}

/** Kinds whose names also name wars and languages ("the Iraq War", "Spanish-language"); a surname never does. */
const NAMED_IN = new Set(["state", "demonym", "capital", "city"]);
/** Kinds a war between two sides may be named after: those, and an armed body ("the Israel–Hamas war"). */
const WAR_SIDES = new Set([...NAMED_IN, "organisation"]);

/** Last words of a body's name: a forum, council or chamber is a body of its own, not the states it is named after. */
const BODY = new Set(
  "forum council chamber foundation institute association federation society fund commission committee alliance".split(
    " ",
  ),
);
/** Lower-case words inside a body's name ("US-China Economic and Security Review Commission"). */
const NAME_JOINERS = new Set(["and", "of", "for", "on"]);

/** Dashes and the plus sign that join a pair's names into one ("Israel–Hamas", "Central Asia + Japan"); each is a
 * token of its own, while a hyphen ("US-China") is dropped from the tokens. */
const PAIR_JOINERS = new Set(["–", "—", "+"]);

/** First token of the name a hyphen, dash or plus joins after the name ending before token j, or -1. */
function partnerAfter(text: string, toks: GazToken[], sent: Int32Array, j: number): number {
  const next = toks[j];
  if (!next || sent[j] !== sent[j - 1]) return -1;
  if (text[toks[j - 1].end] === "-") return next.shape !== 0 ? j : -1;
  const partner = toks[j + 1];
  return PAIR_JOINERS.has(next.norm) && partner && sent[j + 1] === sent[j] && partner.shape !== 0 ? j + 1 : -1;
}

/** Whether a capitalised name is joined before the name at token i by a hyphen, dash or plus. */
function partnerBefore(text: string, toks: GazToken[], sent: Int32Array, i: number): boolean {
  const prev = toks[i - 1];
  if (!prev || sent[i - 1] !== sent[i]) return false;
  if (text[toks[i].start - 1] === "-") return prev.shape !== 0 && !PAIR_JOINERS.has(prev.norm);
  const name = toks[i - 2];
  return PAIR_JOINERS.has(prev.norm) && !!name && sent[i - 2] === sent[i] && name.shape !== 0;
}

/** End of the run of capitalised words (and name joiners) from token k, at most 8 words on; `last` is its last
 * capitalised word. */
function capitalisedRun(toks: GazToken[], sent: Int32Array, k: number): { end: number; last: string } {
  let last = "";
  const from = k;
  for (; k < toks.length && sent[k] === sent[from] && k - from < 8; k++) {
    if (PAIR_JOINERS.has(toks[k].norm)) break;
    if (toks[k].shape !== 0) last = toks[k].norm;
    else if (!NAME_JOINERS.has(toks[k].norm)) break;
  }
  return { end: k, last };
}

/**
 * Whether the name at tokens [i, j) is one half of a pair joined by a hyphen, dash or plus that opens a body's
 * capitalised name: "the US-Caribbean Banking Forum", "the Central Asia + Japan Business Forum" are forums, no
 * parties. A summit of the pair still names both.
 */
function inPairedBody(text: string, toks: GazToken[], sent: Int32Array, i: number, j: number): boolean {
  const partner = partnerAfter(text, toks, sent, j);
  if (partner < 0 && !partnerBefore(text, toks, sent, i)) return false;
  return BODY.has(capitalisedRun(toks, sent, partner < 0 ? j : partner).last);
}

/**
 * Whether the name at tokens [i, j) is one of a pair that names a war: "the Israel–Hamas war", "the Russia-Ukraine
 * war", "the Iran-Iraq War". Either side may be a state, a people, a city or an armed body; none of them acts there.
 */
function inPairedWar(text: string, toks: GazToken[], sent: Int32Array, i: number, j: number): boolean {
  const partner = partnerAfter(text, toks, sent, j);
  if (partner >= 0) {
    const end = capitalisedRun(toks, sent, partner).end;
    if (WAR.has(toks[end]?.norm ?? "") && namesWarOrLanguage(toks, sent, end)) return true;
    // "the Israel-Hamas War": a capitalised War ends the run the partner's name began.
    return end > partner && WAR.has(toks[end - 1].norm) && toks[end - 1].shape !== 0;
  }
  return partnerBefore(text, toks, sent, i) && WAR.has(toks[j]?.norm ?? "") && namesWarOrLanguage(toks, sent, j);
}

/** Capitalised words that make a state's name or demonym before them name a building or a school, not the state. */
const FACILITY = new Set(
  "hospital hospitals clinic school schools college university library museum cemetery mosque stadium hotel".split(" "),
);
/** Kinds that name a facility after a people: "the Indonesian Hospital" in Gaza, "the Turkish School" in Kabul. */
const FACILITY_NAMED = new Set(["state", "demonym"]);

/** Whether the capitalised words right after the name ending before token j, in its sentence, run into a facility
 * word: "the Indonesian | Hospital", "the Lebanese | American University". */
function namesFacility(toks: GazToken[], sent: Int32Array, j: number): boolean {
  for (let k = j; k < j + 3 && k < toks.length && sent[k] === sent[j - 1] && toks[k].shape !== 0; k++)
    if (FACILITY.has(toks[k].norm)) return true;
  return false;
}

/**
 * Capitalised words after a place or state that make it a newspaper's or magazine's name ("the Jerusalem Post", "the
 * Kyiv Independent", "India Today"), or that open one with "of" ("the Times of India"). State media are listed companies
 * (China Daily, Russia Today) and match as such before this is asked.
 */
const OUTLET = new Set(
  "times post herald tribune gazette journal telegraph observer chronicle independent today weekly insider".split(" "),
);

/**
 * Words that open a sports club's name before its city ("Real Madrid", "Dynamo Kyiv", "Red Star Belgrade", "Inter
 * Milan", "Legia Warsaw"): a club is no party of its city's state.
 */
const CLUB = new Set(
  (
    "real atletico dynamo dinamo spartak cska lokomotiv locomotive torpedo zenit sporting olympique racing " +
    "inter ac fc sc fk hnk red star partizan legia rapid sparta slavia hapoel maccabi beitar levski ajax bayern " +
    "borussia hertha galatasaray fenerbahce besiktas benfica shakhtar olympiacos panathinaikos ferencvaros qarabag " +
    "neftchi kairat ludogorets"
  ).split(" "),
);

/** Whether the name at tokens [i, j) is a newspaper's ("the Jerusalem Post") or a sports club's ("Dynamo Kyiv"). */
function namesOutletOrClub(toks: GazToken[], sent: Int32Array, i: number, j: number): boolean {
  const next = toks[j];
  if (next && sent[j] === sent[i] && next.shape === 1 && OUTLET.has(next.norm)) return true;
  if (afterHeadOf(toks, sent, i, OUTLET)) return true;
  const prev = toks[i - 1];
  return !!prev && sent[i - 1] === sent[i] && prev.shape !== 0 && CLUB.has(prev.norm);
}

/** Words that give what precedes them a name ("France, Germany and Britain, known as the E3, warned Iran"). */
const NAMING_AS: readonly (readonly string[])[] = [
  ["known", "as"],
  ["referred", "to", "as"],
  ["dubbed"],
  ["nicknamed"],
];

/** How far back from the naming words a list of names may end ("France, Germany and Britain, known as"). */
const LIST_REACH = 5;

/**
 * Whether the name at token i (after an optional "the") only names the group just listed, which is the actor. A
 * single party named so is the name's own actor: "a militia known as Kataib Hezbollah attacked", "the militant group
 * known as Hamas fired" — only a list ("A, B and C, known as …") is named for its members.
 */
function namedAs(toks: GazToken[], sent: Int32Array, i: number): boolean {
  const k = toks[i - 1]?.norm === "the" ? i - 1 : i;
  const words = NAMING_AS.find((w) =>
    w.every((word, n) => toks[k - w.length + n]?.norm === word && sent[k - w.length + n] === sent[i]),
  );
  if (!words) return false;
  const from = k - words.length - (toks[k - words.length - 1]?.norm === "," ? 1 : 0);
  for (let q = from - 1; q >= 0 && q >= from - LIST_REACH && sent[q] === sent[i]; q--)
    if (toks[q].norm === "and" && (toks[q + 1]?.shape !== 0 || toks[q + 1]?.norm === "the")) return true;
  return false;
}

/** Whether the name at tokens [i, j), a gazetteer hit of `kind`, is part of a sea's, war's, language's, body's or
 * facility's name, or an organisation's name given to a group just listed. */
export function inOtherName(
  kind: string,
  text: string,
  toks: GazToken[],
  sent: Int32Array,
  i: number,
  j: number,
): boolean {
  if (afterHeadOf(toks, sent, i, FEATURES)) return true; // "the Gulf of Oman"
  if (kind === "organisation" && namedAs(toks, sent, i)) return true; // "…, known as the E3,"
  if (FACILITY_NAMED.has(kind) && namesFacility(toks, sent, j)) return true;
  if (WAR_SIDES.has(kind) && inPairedWar(text, toks, sent, i, j)) return true;
  return (
    NAMED_IN.has(kind) &&
    (namesWarOrLanguage(toks, sent, j) ||
      namesOrigin(kind, text, toks, sent, j) ||
      inPairedBody(text, toks, sent, i, j) ||
      namesOutletOrClub(toks, sent, i, j))
  );
}
