// "Hungary, which supports Russia, vetoed the package": a stance verb in the simple present inside a relative clause
// describes where a party stands, as background to the sentence's act; it names no act done at a time.
import { phraseVerb } from "./host-verb.ts";
import type { Unit } from "./sentence-units.ts";

// Verbs of taking a side, which in the simple present describe a lasting position. Criticism verbs belong here too:
// "Germany, which criticises Russia, sent tanks" says where Germany stands, not that it criticised anyone in this
// report; the past tense ("which criticised Russia on Monday") is a reported act and is not caught here.
const STANCE = new Set([
  "support",
  "back",
  "oppose",
  "favour",
  "favor",
  "endorse",
  "criticise",
  "criticize",
  "condemn",
  "denounce",
  "accuse",
]);
const RELATIVE = new Set(["who", "which", "that"]);

/** The verb at `head` is a stance in the simple present opening a relative clause ("who support Hamas"). */
export function standingStance(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  // The tagger reads "backs" after "which" as a noun ("which backs Ukraine"); before a name it is the verb.
  const verb =
    h.pos === "VERB" || (h.pos === "NOUN" && RELATIVE.has(units[head - 1]?.lower ?? "") && !!units[head + 1]?.mention);
  if (!verb || !STANCE.has(h.lemma)) return false;
  // The simple present: "supports", "support" (not "supported", "is supporting"). The lemmatiser gives the -ize
  // spelling for "criticises", so the British -ise form is compared in that spelling.
  const word = h.lower.replace(/is(es?)$/, "iz$1");
  if (word !== h.lemma && word !== `${h.lemma}s`) return false;
  let k = head - 1;
  // "which strongly supports", "who also back".
  if (units[k]?.pos === "ADV") k--;
  return RELATIVE.has(units[k]?.lower ?? "");
}

// Verbs of a tie between parties: "linked", "tied", "allied" said of one party describe what it is bound to.
const ALLYING = new Set(["ally", "align"]);
const TYING = new Set(["link", "tie", "connect", "bind", "relate", "attach", "affiliate", ...ALLYING]);

/**
 * "armed groups linked to al-Qaeda", "a bank is tied to the Kremlin", "militias allied with Iran": a participle of a
 * tie right before "to" or "with" describes a standing bond of the noun it follows, not an act done at a time
 * ("Moscow linked the attack to Kyiv", with an object, stays an accusation).
 */
export function describedTie(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  if (!TYING.has(h.lemma) || !/(?:ed|tied|bound)$/.test(h.lower)) return false;
  const next = units[head + 1]?.lower;
  if (next !== "to" && next !== "with") return false;
  // "Iran allied with Russia in 2015" is an act: a party right before "allied" or "aligned" is its subject.
  return !(ALLYING.has(h.lemma) && units[head - 1]?.mention);
}

// Adverbs that make a perfect a lasting habit, position or trend: "has long supported", "have always backed", "has
// increasingly turned to Moscow" (a drift over time, not a step the report dates).
const LASTING = new Set([
  "long",
  "always",
  "historically",
  "traditionally",
  "habitually",
  "routinely",
  "consistently",
  "increasingly",
]);
// "has backed Kyiv since the start of the war": a perfect kept up since a beginning is a lasting stance too.
const BEGINNINGS = new Set(["start", "beginning", "outbreak", "onset"]);

/** "since the start of", "since the beginning of the invasion" at k. */
function sinceBeginning(units: readonly Unit[], k: number): boolean {
  if (units[k]?.lower !== "since") return false;
  let j = k + 1;
  while (units[j]?.pos === "DET" || units[j]?.pos === "ADJ") j++;
  return BEGINNINGS.has(units[j]?.lower ?? "") && units[j + 1]?.lower === "of";
}
// Spans that do the same after "for": "has for decades funded", "has armed rebels for years".
const SPANS = new Set(["decades", "years", "centuries", "generations", "ages"]);
const PERFECT = new Set(["has", "have", "had", "'s", "'ve"]);

/** "for decades", "for many years" at k: a span of years, not a date. */
function spanAt(units: readonly Unit[], k: number): boolean {
  if (units[k]?.lower !== "for") return false;
  const next = units[k + 1]?.lower ?? "";
  const end = SPANS.has(next)
    ? k + 2
    : ["many", "several", "some"].includes(next) && SPANS.has(units[k + 2]?.lower ?? "")
      ? k + 3
      : -1;
  // "for years to come" lies ahead: a promise over years, not a policy kept up until now.
  return end > 0 && !(units[end]?.lower === "to" && units[end + 1]?.lemma === "come");
}

/**
 * "Russia has long supported separatists", "Iran has for decades funded armed groups", "Beijing has armed Pakistan
 * for years": a perfect over a span of years describes a lasting policy, not an act done at a time the report dates.
 */
export function habitualAct(units: readonly Unit[], head: number, code: string): boolean {
  const h = units[head] as Unit;
  if (h.pos !== "VERB") {
    // "hold joint exercises every year", "holds a summit with them every two years": the verb that stages the noun
    // act repeats it.
    const verb = phraseVerb(units, head);
    return (
      verb >= 0 && STAGING.has(units[verb]?.lemma ?? "") && Number(code.slice(0, 2)) < 15 && habitually(units, verb)
    );
  }
  // Only a verbal act done as a rule is a stance ("usually condemns"); deeds done as a rule ("soldiers routinely
  // beat detainees") are still deeds the report attests.
  if (Number(code.slice(0, 2)) < 15 && habitually(units, head)) return true;
  let perfect = -1;
  let lasting = false;
  for (let k = head - 1; k >= 0 && k >= head - 5 && (units[k] as Unit).clause === h.clause; k--) {
    const u = units[k] as Unit;
    if (PERFECT.has(u.lower) && (u.pos === "AUX" || u.pos === "VERB")) {
      perfect = k;
      break;
    }
    if (LASTING.has(u.lower) || spanAt(units, k)) lasting = true;
  }
  // Only cooperation kept up over years is a policy ("has long supported", "has for decades funded"); a refusal or
  // an accusation kept up ("has long refused to talk", "has long accused Beijing") is restated in the report.
  if (perfect < 0 || Number(code.slice(0, 2)) >= 10) return false;
  if (lasting) return true;
  for (let k = head + 1; k < units.length && k <= head + 12 && (units[k] as Unit).clause === h.clause; k++) {
    // "has pledged to fund Ukraine's army for years": the span belongs to the act promised, not to the promise.
    if (units[k]?.lower === "to" && units[k + 1]?.pos === "VERB") break;
    if (spanAt(units, k) || sinceBeginning(units, k)) return true;
  }
  // "Since the start of the invasion, Germany has sent Ukraine 30 tanks": fronted, the beginning makes the perfect a
  // running total kept up since, as it does after the verb.
  return sinceBeginning(
    units,
    units.findIndex((u) => u.pos !== "PUNCT" && u.pos !== "CCONJ"),
  );
}

// Adverbs of frequency: "Washington usually condemns", "the Kremlin often accuses", "bombers regularly fly".
const FREQUENT = new Set([
  "usually",
  "often",
  "routinely",
  "regularly",
  "frequently",
  "typically",
  "generally",
  "habitually",
  "customarily",
  "normally",
  "seldom",
  "rarely",
]);
// "every year Greece and Turkey accuse each other", "each spring".
const EVERY = new Set(["every", "each"]);
const BOUNDED = new Set(["this", "last", "that"]);

/** The verb at `head` says what someone does as a rule: a frequency adverb before it, or "every year" in its clause. */
function habitually(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  const before = units[head - 1];
  if (FREQUENT.has(before?.lower ?? "") || (before?.pos === "AUX" && FREQUENT.has(units[head - 2]?.lower ?? "")))
    return true;
  // "tends to respond", "tend to condemn".
  if (before?.lower === "to" && units[head - 2]?.lemma === "tend") return true;
  for (let k = head - 1; k >= 0 && (units[k] as Unit).clause === h.clause; k--)
    if (
      EVERY.has((units[k] as Unit).lower) &&
      /^(year|month|week|day|spring|summer|autumn|winter|time)$/.test(units[k + 1]?.lower ?? "") &&
      // "each day this week", "every night last month": acts repeated within a stretch the report dates happened.
      !BOUNDED.has(units[k + 2]?.lower ?? "")
    )
      return true;
  return repeatedAfter(units, head);
}

// Verbs that stage a noun act: "hold talks", "conduct exercises", "host a summit".
const STAGING = new Set(["hold", "conduct", "stage", "host", "have", "organise", "organize"]);
// Adverbs after the verb that repeat it on a calendar: "the two presidents meet annually".
const YEARLY = new Set(["annually", "yearly", "biannually", "biennially", "regularly", "routinely"]);
const PERIODS = /^(years?|months?|weeks?|days?|spring|summer|autumn|winter|time)$/;
const FEW = new Set(["two", "three", "four", "five", "other", "few", "2", "3", "4", "5"]);

/**
 * "the leaders meet every year", "holds a summit with them every two years", "meet annually": a period of repetition
 * after the verb, up to the next verb or conjunction of its clause ("met on Monday and meet every year" keeps the
 * meeting on Monday). "every day this week" is a dated stretch, as before the verb.
 */
function repeatedAfter(units: readonly Unit[], head: number): boolean {
  const clause = (units[head] as Unit).clause;
  for (let k = head + 1; k < units.length && k <= head + 14 && (units[k] as Unit).clause === clause; k++) {
    const u = units[k] as Unit;
    if (u.pos === "VERB" || u.pos === "AUX" || u.pos === "CCONJ" || u.lower === "," || u.lower === "to") return false;
    if (YEARLY.has(u.lower)) return true;
    if (!EVERY.has(u.lower)) continue;
    const period = FEW.has(units[k + 1]?.lower ?? "") ? k + 2 : k + 1;
    if (PERIODS.test(units[period]?.lower ?? "") && !BOUNDED.has(units[period + 1]?.lower ?? "")) return true;
  }
  return false;
}

// Nouns that rank a party by what it gets or gives: "the largest recipient of US aid", "a leading supplier of arms",
// "the biggest source of foreign investment".
const ROLE_NOUNS = new Set(
  "recipient recipients beneficiary beneficiaries donor donors provider providers supplier suppliers source sources".split(
    " ",
  ),
);
// Nouns for a standing tie that a noun act may describe: "its main trade and economic partner".
const PARTNER_NOUNS = new Set(["partner", "partners", "partnership", "ally", "allies"]);

/**
 * "Egypt is the largest recipient of U.S. aid", "Germany, the biggest donor of aid to Ukraine": a noun act named as
 * what a party is the recipient or supplier of describes a standing role, not an act done at a time. So does a noun
 * act that, with another describer, names a kind of partner: "Chile's main trade and energy partner".
 */
export function standingRole(units: readonly Unit[], head: number): boolean {
  if (units[head + 1]?.lower === "and" && ["ADJ", "NOUN"].includes(units[head + 2]?.pos ?? "")) {
    const k = units[head + 3]?.pos === "ADJ" || units[head + 3]?.pos === "NOUN" ? head + 3 : head + 2;
    const noun = PARTNER_NOUNS.has(units[k]?.lower ?? "") ? k : k + 1;
    if (PARTNER_NOUNS.has(units[noun]?.lower ?? "") && !units[noun]?.mention) return true;
  }
  let k = head - 1;
  while (
    units[k] &&
    (units[k]?.mention ||
      ["ADJ", "DET", "NUM", "PROPN", "PART"].includes(units[k]?.pos ?? "") ||
      units[k]?.lower === "'s")
  )
    k--;
  return units[k]?.lower === "of" && ROLE_NOUNS.has(units[k - 1]?.lower ?? "");
}
