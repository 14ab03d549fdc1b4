// Senses of trigger words that are no act between parties, met on real news pages more than in wire sentences and
// told apart by the words around the trigger rather than by its own pattern: a weather warning warns of weather
// ("amber weather warnings from the Met Office"), a market rally is prices rising ("a broad-based rally", "a rally in
// bank stocks"), a campaign rally is a candidate's event ("said at a campaign rally"), exporting a sport or an idea is
// no trade ("exporting polo to Argentina", "export its revolution"), "relating to" only names a topic, and a
// negotiating point, a market quantity, a trade figure, a bond yield or being under pressure is no act either.
// notDoneOnRealPages (real-page-hedges.ts) reads them for moodOf (modality.ts).
import type { Unit } from "./sentence-units.ts";
import { mentionWords } from "./sentence-words.ts";
import { CONTEST_VERBS, FIXTURE_VERBS, sportingContest } from "./sporting-contest.ts";

// What a warning can be about when it warns of nature, not of what someone will do.
const WEATHER = new Set([
  "weather",
  "storm",
  "flood",
  "wind",
  "gale",
  "rain",
  "rainfall",
  "snow",
  "ice",
  "fog",
  "frost",
  "heat",
  "heatwave",
  "hurricane",
  "typhoon",
  "cyclone",
  "tornado",
  "tsunami",
  "avalanche",
  "thunderstorm",
  "blizzard",
  "wildfire",
  "drought",
  "smog",
]);
// Markets and what is traded on them: they rise and fall, no party acts.
const MARKET_NOUNS = ["market", "stock", "share", "price", "currency"];
// What rallies when prices rise, and the kinds of rally that are no protest.
const MARKET = new Set([...MARKET_NOUNS, "equity", "bond", "index", "broad-based", "relief", "year-end"]);
// A candidate's rally is no protest unless it is held against someone ("an election rally against the government").
const CAMPAIGN = new Set(["campaign", "election", "re-election", "reelection", "fundraising"]);
const WARNING = new Set(["warning", "warn", "alert", "watch"]);
const RALLY = new Set(["rally", "rallying"]);
const HOLDING = new Set(["hold", "stage", "organize", "organise"]);
// One politician's or a party's words: their rally is a campaign event whether they hold office now or did once
// ("the former governor held a rally", "the ruling party held a rally"); a crowd's rally ("senators", "voters") is
// not one of them.
const POLITICIAN = new Set([
  "president",
  "governor",
  "minister",
  "premier",
  "chancellor",
  "senator",
  "congressman",
  "congresswoman",
  "lawmaker",
  "legislator",
  "mayor",
  "candidate",
  "nominee",
  "front-runner",
  "frontrunner",
  "challenger",
  "incumbent",
  "leader",
  "party",
]);
// Verbs of addressing a crowd: "speaking at a rally", "told a rally", "addressed a rally".
const SPEAKING = new Set(["speak", "tell", "address", "say"]);
// The words of a noun's own phrase before it: "amber and yellow weather warnings", "a broad-based rally".
const MODIFIER = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "CCONJ", "PUNCT"]);

/** The lemmas of the phrase before `head` (its modifiers) and of the "in"/"of" phrase after it, up to four each. */
function phraseAround(units: readonly Unit[], head: number): string[] {
  const words: string[] = [];
  const inPhrase = (k: number) => MODIFIER.has((units[k] as Unit).pos) || units[k - 1]?.lower === "-";
  for (let k = head - 1; k >= 0 && k >= head - 5 && inPhrase(k); k--) {
    const u = units[k] as Unit;
    // "broad-based" comes as three words: the hyphen joins its neighbours back into one.
    if (u.lower === "-" && words.length) {
      words.pop();
      words.push(`${units[k - 1]?.lower}-${units[k + 1]?.lower}`);
    } else if (u.lower !== ",") words.push(u.lemma);
  }
  // "a rally in bank stocks", "warnings of heavy rain".
  if (units[head + 1]?.lower === "in" || units[head + 1]?.lower === "of" || units[head + 1]?.lower === "for")
    for (let k = head + 2; k < units.length && k <= head + 5 && MODIFIER.has((units[k] as Unit).pos); k++)
      words.push((units[k] as Unit).lemma);
  return words;
}

// What can be exported that is no good traded between states: a sport, a culture, an idea or a political order.
const NOT_GOODS = new Set([
  "polo",
  "cricket",
  "football",
  "soccer",
  "rugby",
  "sport",
  "game",
  "culture",
  "idea",
  "ideology",
  "value",
  "democracy",
  "revolution",
  "model",
  "religion",
  "faith",
  "language",
  "music",
  "cuisine",
]);
const OBJECT_SKIP = new Set(["DET", "PRON", "ADJ"]);

/** "exporting polo from India", "export its revolution": the thing exported is no good traded between states. */
function exportsNoGood(units: readonly Unit[], head: number): boolean {
  let k = head + 1;
  while (k < units.length && k <= head + 3 && OBJECT_SKIP.has((units[k] as Unit).pos)) k++;
  // "cricket bats" are goods: the word must head its phrase.
  return NOT_GOODS.has(units[k]?.lemma.toLowerCase() ?? "") && units[k + 1]?.pos !== "NOUN";
}

// "a negotiating point", "a bargaining chip": a gerund that names a thing one holds, not talks held.
const HELD_IN_TALKS = new Set([
  "point",
  "position",
  "chip",
  "tactic",
  "strategy",
  "stance",
  "leverage",
  "power",
  "skill",
]);
// Market quantities that are "supported by" factors or rise and fall: no party acts.
const QUANTITY = new Set([...MARKET_NOUNS, "valuation", "yield", "growth", "demand"]);
// Verbs of a figure changing: "imports from China have seen price increases", "exports to Iran fell".
const CHANGING = new Set([
  "rise",
  "fall",
  "increase",
  "decrease",
  "drop",
  "decline",
  "grow",
  "jump",
  "surge",
  "slump",
  "plunge",
  "soar",
  "climb",
  "double",
  "see",
  "total",
  "reach",
]);

// The trigger words whose sense these rules tell apart.
// Forms of "be" before "going to": the future construction.
const BE_FORMS = new Set(["is", "are", "was", "were", "am", "'s", "'re", "'m", "be", "been"]);
const SENSE_WORDS = new Set([
  ...WARNING,
  ...RALLY,
  ...HOLDING,
  "export",
  "import",
  "relate",
  "going",
  "support",
  "yield",
  "negotiating",
  "bargaining",
  "pressure",
  "bound",
]);

/** "valuations are being supported by": a market quantity is the subject of the trigger verb. */
function quantitySubject(units: readonly Unit[], head: number): boolean {
  let k = head - 1;
  while (k >= 0 && k >= head - 4 && ((units[k] as Unit).pos === "AUX" || (units[k] as Unit).pos === "PART")) k--;
  return (units[k] as Unit | undefined)?.pos === "NOUN" && QUANTITY.has((units[k] as Unit).lemma.toLowerCase());
}

/** "imports of goods from China have seen price increases": a trade figure that changes, not trade done. */
function tradeFigure(units: readonly Unit[], head: number): boolean {
  // "imports of \"intermediate goods\" from China, such as motors, pumps, and chips, have seen": a list may come between.
  for (let k = head + 1; k < units.length && k <= head + 24; k++) {
    const u = units[k] as Unit;
    if (u.pos === "VERB") return CHANGING.has(u.lemma.toLowerCase());
    if (u.pos === "PUNCT" && u.lower !== "," && u.lower !== '"' && u.lower !== "“" && u.lower !== "”") return false;
  }
  return false;
}

/** The trigger at `head` is a weather warning, a market or campaign rally, a non-good exported or a topic: no act. */
export function notAnActSense(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  // "Brazil crushed Argentina 3-0": a game between teams named after states (sporting-contest.ts).
  if (CONTEST_VERBS.has(h.lemma) || FIXTURE_VERBS.has(h.lemma)) return sportingContest(units, head);
  // Most triggers have no sense here: answer them at once (this runs for every trigger the coder matches).
  if (!SENSE_WORDS.has(h.lemma) && !SENSE_WORDS.has(h.lower)) return false;
  const lemma = h.lemma;
  if ((h.lower === "negotiating" || h.lower === "bargaining") && HELD_IN_TALKS.has(units[head + 1]?.lemma ?? ""))
    return true;
  if ((lemma === "support" || RALLY.has(lemma)) && h.pos === "VERB" && quantitySubject(units, head)) return true;
  if ((lemma === "import" || lemma === "export") && h.pos === "NOUN") return tradeFigure(units, head);
  // "have been under pressure domestically": a state one is in; "under pressure from Washington" names who presses.
  if (lemma === "pressure" && h.pos === "NOUN" && units[head - 1]?.lower === "under")
    return ![1, 2, 3].some((d) => units[head + d]?.lower === "from" || units[head + d]?.lower === "by");
  // "low bond yields": a yield as a noun is a return on money, never a party yielding.
  if (lemma === "yield" && h.pos === "NOUN") return true;
  if (lemma === "export" && h.pos === "VERB") return exportsNoGood(units, head);
  // "a ship bound for Libya": where something is headed, not a party binding itself to another.
  if (h.lower === "bound" && units[head + 1]?.lower === "for") return true;
  // "Serbia is going to join NATO": "be going to" before a verb is the future of that verb, not a journey to a party.
  if (h.lower === "going" && units[head + 1]?.lower === "to" && units[head + 2]?.pos === "VERB")
    return BE_FORMS.has(units[head - 1]?.lower ?? "") || units[head - 1]?.lower === "not";
  // "decisions relating to Israeli settlements", "charges related to": a topic, not a relation between parties.
  if (lemma === "relate" && units[head + 1]?.lower === "to") return true;
  const around = () => phraseAround(units, head).map((w) => w.toLowerCase());
  if (WARNING.has(lemma) && h.pos === "NOUN") return around().some((w) => WEATHER.has(w));
  // "held a campaign rally": the pattern's head is the verb; the rally it holds is a few words on.
  if (HOLDING.has(lemma) && h.pos === "VERB") {
    for (let k = head + 1; k < units.length && k <= head + 5; k++)
      if (RALLY.has((units[k] as Unit).lemma.toLowerCase())) return notAnActSense(units, k);
    return false;
  }
  if (!RALLY.has(lemma) && !RALLY.has(h.lower)) return false;
  const words = around();
  if (words.some((w) => MARKET.has(w) || MARKET.has(w.replace(/s$/, "")))) return true;
  return words.some((w) => CAMPAIGN.has(w)) && units[head + 1]?.lower !== "against";
}

/**
 * "Trump said at a rally in Louisiana", "Erdogan was holding a rally": a rally one person holds or speaks at is
 * a candidate's or leader's event, not a protest, unless it is held against someone ("a rally against the war").
 * `sources` are the act's source units; only a rally whose sources are all named people or politicians or parties
 * ("the former governor", "the ruling party"), in office or not, counts: a crowd's rally stays a protest.
 */
export function personsRally(units: readonly Unit[], head: number, sources: readonly number[]): boolean {
  const h = units[head] as Unit;
  if (!RALLY.has(h.lemma) && !(HOLDING.has(h.lemma) && RALLY.has(units[head + 2]?.lemma ?? ""))) return false;
  // With no source of its own ("Trump said at a rally"), the rally is that of the nearest party before it, speakers too.
  let by = sources;
  if (!by.length) for (let k = head - 1; k >= 0 && !by.length; k--) if (units[k]?.mention) by = [k];
  // "Speaking at a rally in Ankara, the Turkish president said", "told a rally": whoever speaks at it, it is a speech.
  const det = ["a", "an", "the"].includes(units[head - 1]?.lower ?? "") ? head - 2 : head - 1;
  const verb = units[det]?.lower === "at" ? units[det - 1] : units[det];
  const spoken = verb?.pos === "VERB" && SPEAKING.has(verb.lemma);
  if (!spoken && !(by.length ? by.every((k) => politician(units, k)) : politicianBefore(units, head))) return false;
  for (let k = head + 1; k < units.length && k <= head + 6; k++) if (units[k]?.lower === "against") return false;
  return true;
}

/** Whether the source at unit k is one person or one party: a named person, or a mention whose head is a politician's word. */
function politician(units: readonly Unit[], k: number): boolean {
  const m = units[k]?.mention;
  if (!m) return false;
  if (m.kind === "person") return true;
  const words = mentionWords(m);
  return POLITICIAN.has(words.at(-1) ?? "") && !words.includes("opposition");
}

/**
 * With no party as source ("The former prime minister held a rally in Tbilisi": the place gives the state), whether
 * the subject just before the verb is one politician or a party, not the opposition's.
 */
function politicianBefore(units: readonly Unit[], head: number): boolean {
  let k = head - 1;
  while (k >= 0 && (units[k]?.pos === "AUX" || units[k]?.pos === "ADV")) k--;
  const noun = units[k];
  if (noun?.pos !== "NOUN" || !POLITICIAN.has(noun.lower)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (units[j]?.lower === "opposition") return false;
  return true;
}
