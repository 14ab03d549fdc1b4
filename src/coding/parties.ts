import { countBoundBefore } from "./count-bound.ts";
import { DAY_WORDS } from "./day-words.ts";
import { institutionGovernor } from "./institution-of.ts";
import { dateStart } from "./month-words.ts";
import { officialsFrom } from "./officials-from.ts";
import { POSSESSIVE_PRONOUNS } from "./possessive-pronouns.ts";
import { beforePossessorName } from "./possessor-name.ts";
import type { Unit } from "./sentence-units.ts";
import { isStateReference } from "./state-reference.ts";

// Prepositions after which a named place is where something happened, not who did it.
const PLACE_PREP = new Set([
  "in",
  "near",
  "outside",
  "inside",
  "across",
  "throughout",
  "around",
  "within",
  "despite",
  "during",
  "after",
  "before",
  "since",
  "like",
  "than",
  "as",
  "over",
  "under",
  "beyond",
  "via",
  "between",
  "among",
  "from",
]);
// Prepositions that introduce the one an act is aimed at.
const TARGET_PREP = new Set([
  "to",
  "with",
  "against",
  "on",
  "at",
  "toward",
  "towards",
  "of",
  "for",
  "into",
  "upon",
  "onto",
]);
const PRONOUNS = new Set(["it", "they", "he", "she", "we"]);
export const MODIFIER_POS = new Set(["DET", "ADJ", "NUM", "ADV"]);
// "invasion of South Lebanon": a compass word is part of the place name, whatever its tag.
export const COMPASS = new Set([
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "northeastern",
  "northwestern",
  "southeastern",
  "southwestern",
]);
const QUOTES = new Set(["“", "”", '"', "'", "‘", "’"]);

export interface ActorGroup {
  /** Actor units, coordinated ("Uzbekistan and Turkmenistan"). */
  members: number[];
  /** First and last unit index of the group. */
  first: number;
  last: number;
}

/** The word before the noun phrase that ends with unit i (modifiers and earlier group members skipped). */
export function governorOf(units: readonly Unit[], first: number): Unit | undefined {
  let k = first - 1;
  for (;;) {
    const u = units[k];
    if (!u || u.mention) break;
    // "In 2019 Turkmenistan signed": a year after a time preposition closes a fronted time phrase; the name after it
    // opens the clause, so the year, not the preposition, is the word before its phrase.
    if (isFrontedYear(units, k)) break;
    // "with his Turkish counterpart": a possessive pronoun is a determiner of the phrase.
    if (MODIFIER_POS.has(u.pos) || QUOTES.has(u.lower) || COMPASS.has(u.lower) || POSSESSIVE_PRONOUNS.has(u.lower)) k--;
    // "the Islamist Hamas movement": a capitalised word right before the name is part of its phrase.
    else if (
      u.pos === "PROPN" &&
      k === first - 1 &&
      MODIFIER_POS.has(units[k - 1]?.pos ?? "") &&
      dateStart(units, k) === k
    )
      k--;
    // "Osama bin Laden's al-Qaeda network": so is a name in the possessive that is no party of its own.
    else if (beforePossessorName(units, k) !== undefined) k = beforePossessorName(units, k) as number;
    // "forced out on Wednesday more than 1,000 refugees": a time adverbial sits between a verb and its object.
    else if (DAY_WORDS.has(u.lower)) k -= units[k - 1]?.lower === "on" ? 2 : 1;
    // "said on 3 June it would": so does a date.
    else if (dateStart(units, k) < k) k = dateStart(units, k);
    // "killed at least 20 Syrian soldiers", "up to 30 Iraqi troops were wounded": a count's bound is part of the phrase.
    else if (countBoundBefore(units, k)) k -= countBoundBefore(units, k);
    else break;
  }
  return partitiveGovernor(units, k) ?? units[k];
}

const TIME_PREPS = new Set(["in", "since", "during", "until", "till", "after", "before", "by"]);

/** A bare year ("2019") right after a time preposition: "in 2019", "since 2014". */
function isFrontedYear(units: readonly Unit[], k: number): boolean {
  const u = units[k] as Unit;
  return u.pos === "NUM" && /^(?:1[89]|20)\d\d$/.test(u.lower) && TIME_PREPS.has(units[k - 1]?.lower ?? "");
}

// Words that pick some members out of a group: "one of the", "two of the", "some of its".
const PARTITIVES = new Set(["one", "some", "many", "several", "most", "all", "each", "both", "few", "none"]);

/**
 * "killed by one of the Azerbaijani snipers", "talks with some of the Afghan factions": the "of" at k ends a
 * partitive, and the preposition before it governs the group as it would govern its members.
 */
function partitiveGovernor(units: readonly Unit[], k: number): Unit | undefined {
  if (units[k]?.lower !== "of") return undefined;
  const count = units[k - 1];
  if (!count || !(PARTITIVES.has(count.lower) || count.pos === "NUM")) return undefined;
  const prep = units[k - 2];
  return prep?.pos === "ADP" && prep.lower !== "of" ? prep : undefined;
}

// Nouns that count or gather people: "a group of Moroccan diplomats" acts as the diplomats do.
const COLLECTIVE = new Set([
  "group",
  "groups",
  "delegation",
  "team",
  "number",
  "hundreds",
  "thousands",
  "dozens",
  "scores",
  "tens",
  "millions",
  "some",
  "most",
  "many",
  "several",
  "contingent",
  "batch",
  "unit",
  "band",
  "handful",
  // "the presidents of Kyrgyzstan and Tajikistan signed": office holders act as their states do.
  "presidents",
  "leaders",
  "ministers",
  "premiers",
  "heads",
  "officials",
  "representatives",
  "envoys",
  "delegations",
  "governments",
]);

/** "more than 100 Palestinians", "fewer than ten": "than" counts, it does not compare places. */
function isQuantifier(units: readonly Unit[], gov: Unit): boolean {
  if (gov.lower !== "than") return false;
  const k = units.indexOf(gov);
  return ["more", "less", "fewer", "over"].includes(units[k - 1]?.lower ?? "");
}

/** "a group of X", "thousands of X": the preposition only counts the actor. */
function isCollectiveOf(units: readonly Unit[], gov: Unit | undefined): boolean {
  if (gov?.lower !== "of" && gov?.lower !== "for") return false;
  const k = units.indexOf(gov);
  const noun = units[k - 1]?.lower ?? "";
  // "a spokesman for the ministry", "an envoy of the president": one who speaks for an actor acts as it does.
  return SPOKESPEOPLE.has(noun) || (gov.lower === "of" && (COLLECTIVE.has(noun) || SERIES.has(noun)));
}

// "A new bout of Ukrainian shelling wounded", "a wave of Russian drones struck Odesa": a noun that counts acts or
// weapons in a run stands for them, as "a group of" stands for its members.
const SERIES = new Set("series wave waves bout round barrage spate string volley salvo flurry".split(" "));

const SPOKESPEOPLE = new Set(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"]);

const CONJUNCTIONS = new Set(["as", "after", "before", "since", "until", "once", "when"]);

/** "as the US leader prepared", "after Russia attacked": the word opens a clause whose subject follows. */
function opensClause(units: readonly Unit[], gov: Unit, i: number): boolean {
  if (absoluteWith(units, gov, i)) return true;
  if (!CONJUNCTIONS.has(gov.lower)) return false;
  let k = i + 1;
  // "after Mirziyoyev and other Central Asian leaders visited": "other" joins the list's last member to it.
  const inList = (u: Unit | undefined) =>
    !!u?.mention || u?.lower === "and" || u?.lower === "," || (u?.lower === "other" && units[k - 1]?.lower === "and");
  while (inList(units[k])) k++;
  // "a day after Israeli strikes killed dozens", "after Saudi airstrikes killed": the noun a demonym or a state's
  // name qualifies ends the subject phrase.
  const qualifier = units[k - 1]?.mention?.kind;
  if (units[k]?.pos === "NOUN" && (qualifier === "demonym" || qualifier === "state")) k++;
  return isFiniteVerb(units[k]);
}

/**
 * ", with Egypt and Jordan condemning the raids": "with" after a comma (or opening the sentence), then the parties and
 * an "-ing" verb, is a clause of its own whose subject is those parties ("with" governs no object there).
 */
function absoluteWith(units: readonly Unit[], gov: Unit, i: number): boolean {
  if (gov.lower !== "with") return false;
  const at = units.indexOf(gov);
  if (at > 0 && units[at - 1]?.lower !== ",") return false;
  const verb = units[i + 1];
  return verb?.pos === "VERB" && verb.lower.endsWith("ing");
}

/** An auxiliary or a verb not in "-ing": the word can carry a clause of its own ("attacked", "has", "will"). */
export function isFiniteVerb(u: Unit | undefined): boolean {
  return !!u && (u.pos === "AUX" || (u.pos === "VERB" && !u.lower.endsWith("ing")));
}

// "the city of Kirkuk", "the province of Idlib": "of" after these nouns names a place.
const BOUNDARY_NOUNS = new Set(["border", "borders", "frontier", "frontiers", "boundary", "boundaries"]);
const PLACE_NOUNS = new Set([
  "city",
  "town",
  "village",
  "capital",
  "region",
  "province",
  "district",
  "port",
  "area",
  "outskirts",
  "suburb",
  "suburbs",
  "island",
  "enclave",
  // "at the intersection of Armenia, Azerbaijan and Georgia": where borders or roads meet is a place.
  "intersection",
  "junction",
  "crossroads",
  "tripoint",
]);

// Nouns of breaking away: "independence from X", "secession from X" name X as the one it is demanded of.
const SEPARATION = new Set(["independence", "secession", "separation", "autonomy", "freedom"]);

/** A mention after "in/near/at ..." is a location; it never becomes a party. */
export function isPlaceMention(units: readonly Unit[], i: number): boolean {
  const gov = governorOf(units, i);
  if (gov && opensClause(units, gov, i)) return false;
  if (gov?.lower === "of" && PLACE_NOUNS.has(units[units.indexOf(gov) - 1]?.lemma ?? "")) return true;
  // "independence from Indonesia": the state broken away from is a party, not a place.
  if (gov?.lower === "from" && SEPARATION.has(units[units.indexOf(gov) - 1]?.lemma ?? "")) return false;
  // "ambassadors from the EU": the state the officials come from is the party they act for.
  if (gov && officialsFrom(units, units.indexOf(gov)) >= 0) return false;
  // "came under Russian attack": what one comes under is done to one, and whoever does it is a party.
  if (gov?.lower === "under" && units[units.indexOf(gov) - 1]?.lemma === "come") return false;
  // "its border with Israel", "the frontier with Iran": a neighbour named as a boundary is a place.
  if (gov?.lower === "with" && BOUNDARY_NOUNS.has(units[units.indexOf(gov) - 1]?.lemma ?? "")) return true;
  // "as the US leader prepared": a conjunction opens a clause, it does not place what follows.
  return !!gov && PLACE_PREP.has(gov.lower) && gov.pos !== "SCONJ" && !isQuantifier(units, gov);
}

// Prepositions that say where something happened; the wider PLACE_PREP also keeps "despite Moscow's pressure" or
// "protests from Baku" from making a party, but those name no place.
const LOCATIVE_PREP = new Set(["in", "near", "outside", "inside", "across", "throughout", "around", "within", "at"]);

/** A state or capital mention that says where an event happened ("detained … in Baku"), not who acted. */
export function isLocationMention(units: readonly Unit[], i: number): boolean {
  const gov = governorOf(units, i);
  return !!gov && LOCATIVE_PREP.has(gov.lower) && gov.pos !== "SCONJ" && !isQuantifier(units, gov);
}

/**
 * "A group of X said", "Thousands of X marched": the governor of the counting noun's phrase, looked through; so is an
 * institution of X ("Delegations of the defence ministries of X met"), a chain of at most three.
 */
function lookThrough(units: readonly Unit[], gov: Unit | undefined, institutions: boolean): Unit | undefined {
  for (let step = 0; step < 3; step++) {
    if (isCollectiveOf(units, gov)) {
      gov = governorOf(units, units.indexOf(gov as Unit) - 1);
      continue;
    }
    const institution = institutions ? institutionGovernor(units, gov) : undefined;
    if (institution === undefined) break;
    gov = institution ?? undefined;
  }
  return gov;
}

/** Subject position: nothing but a clause start, comma, conjunction or "that" before the noun phrase. */
export function isSubjectPosition(units: readonly Unit[], group: ActorGroup): boolean {
  // "raised the India-Myanmar border during talks": a party hyphened onto the one before it stands where that one does.
  const dash = units[group.first - 1];
  const left = units[group.first - 2];
  if (dash?.lower === "-" && left?.mention && left.end === dash.start && dash.end === units[group.first]?.start)
    return isSubjectPosition(units, { members: [group.first - 2], first: group.first - 2, last: group.first - 2 });
  // An institution is looked through to a state it names ("the Ministry of Energy of Ghana"), never to a bare role
  // whose state is only guessed ("the Office of Police": whose police?).
  const named = ["state", "capital"].includes(units[group.first]?.mention?.kind ?? "");
  let gov = lookThrough(units, governorOf(units, group.first), named);
  // "the rebel Kurdistan Workers' Party": a bare noun right before the name, opening its phrase, modifies it.
  if (gov?.pos === "NOUN" && units[group.first - 1] === gov) {
    const before = units[group.first - 2];
    if (!before || before.pos === "DET" || before.pos === "ADJ" || before.clause !== gov.clause)
      gov = lookThrough(units, governorOf(units, group.first - 1), named);
  }
  if (!gov || gov.clause !== (units[group.first] as Unit).clause) return true;
  if (opensClause(units, gov, group.last)) return true;
  if (gov.mention) return false;
  // "Delegations from Afghanistan and Pakistan arrived": a party's officials stand where their noun stands.
  const officials = officialsFrom(units, units.indexOf(gov));
  if (officials >= 0) return isSubjectPosition(units, { members: [officials], first: officials, last: officials });
  if (gov.pos === "ADP" || gov.pos === "VERB" || gov.pos === "AUX" || gov.pos === "NOUN" || gov.pos === "PART")
    return false;
  return true;
}

export function isPronounSubject(units: readonly Unit[], i: number): boolean {
  const u = units[i] as Unit;
  if (!PRONOUNS.has(u.lower) && !isStateReference(units, i)) return false;
  const gov = governorOf(units, i);
  // "before he flew": a conjunction the tagger reads as a preposition still opens a clause with "he" as subject.
  return !gov || gov.clause !== u.clause || !["ADP", "VERB"].includes(gov.pos) || CONJUNCTIONS.has(gov.lower);
}

const PARTICLES = new Set(["up", "down", "off", "out", "over", "back", "away"]);

export function isTargetPosition(units: readonly Unit[], group: ActorGroup, head: number): boolean {
  let gov = governorOf(units, group.first);
  if (gov && isQuantifier(units, gov)) gov = governorOf(units, units.indexOf(gov) - 1);
  if (!gov) return false;
  if (TARGET_PREP.has(gov.lower)) return true;
  if (gov.lower === "from" && SEPARATION.has(units[units.indexOf(gov) - 1]?.lemma ?? "")) return true;
  // "accused ambassadors from the EU of meddling": a party's officials stand where their noun stands.
  const officials = officialsFrom(units, units.indexOf(gov));
  if (officials >= 0) return isTargetPosition(units, { members: [officials], first: officials, last: officials }, head);
  if (PLACE_PREP.has(gov.lower)) return false;
  // A direct object, or a noun phrase that is part of the trigger's own phrase ("praising Ukraine's resistance").
  const gi = units.indexOf(gov);
  // A particle of a phrasal verb ("beat up X", "forced out X") leaves X the verb's object.
  if (gi === head + 1 && gov.pos === "ADP" && (units[head] as Unit).pos === "VERB") return true;
  // So does the particle of a verb the trigger governs ("threatened to shoot down X").
  if (gi > head + 1 && PARTICLES.has(gov.lower) && units[gi - 1]?.pos === "VERB") return true;
  return gi >= head && ["VERB", "NOUN", "AUX", "PART", "ADJ", "PUNCT"].includes(gov.pos) && gov.lower !== ",";
}

export function hasPossessive(units: readonly Unit[], i: number): boolean {
  const next = units[i + 1]?.lower;
  return next === "'s" || next === "'";
}
