import type { DateMention, Place, PlaceMention } from "../domain/index.ts";
import { foreignDate } from "./foreign-date.ts";
import { isLocationMention } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";
import { ofWhatIsSaid, type SpokenAct } from "./spoken-date.ts";

const NUMBER_WORDS: Record<string, number> = {
  "a dozen": 12,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  // Vague counts take the lowest figure they commit to, as ACLED's codebook records them: "dozens" 12, "scores" 20,
  // "hundreds" 100; a lower bound an analyst can sum, never an inflated guess.
  dozens: 12,
  scores: 20,
  hundreds: 100,
};
const NUMBER =
  "a dozen|\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";
/** A count before its victims: a number or a vague plural before "of" ("dozens of"); "a"/"an" takes ONE_VICTIM, and
 * is never the subject of a passive death ("a soldier killed two men" names the killer). */
const COUNT = `(${NUMBER}|dozens|scores|hundreds)`;
/** A count of deaths or a toll, where "a"/"an" counts one ("the death of a soldier"). */
const TOLL = `(${NUMBER}|a|an|dozens|scores|hundreds)`;
const QUALIFIER = "(?:at least |more than |over |nearly |almost |some |about |around |up to |an estimated )?";
/** Up to three words before the victims' noun; a preposition or conjunction there starts another phrase ("a plan for
 * talks"), so it is no victim's modifier. */
const MODIFIERS =
  "(?:(?!(?:number|total|couple|few|lot|handful|group|series|for|to|in|on|at|with|by|from|and|or|about|over|into|against|between)\\b)[a-z0-9-]+ ){0,3}";
/** Words for one person ("a Palestinian teenager", "a Kyrgyz soldier"): "killed a plan" names no one. */
const PERSON =
  "person|civilian|soldier|passenger|citizen|child|woman|man|officer|policeman|policewoman|serviceman|servicewoman|fighter|militant|rebel|protester|national|worker|pilot|teenager|teen|boy|girl|youth|journalist|reporter|photographer|doctor|nurse|medic|paramedic|farmer|fisherman|student|villager|resident|demonstrator|activist|worshipper|settler|hostage|prisoner|detainee|teacher|driver|shepherd|guard|commander|baby|infant|toddler|official|diplomat|volunteer|sailor|marine|gunman|insurgent|combatant|refugee|migrant|aid worker";
/** Who died: people named by a word for people, or by any plural ("Palestinians", "hostages", "villagers"). */
const VICTIMS = `(?:of )?${MODIFIERS}(?:people|persons?|civilians?|soldiers?|passengers?|citizens?|children|child|women|woman|men|man|troops|officers?|policemen|policeman|police|servicem[ae]n|fighters?|militants?|rebels?|protesters?|nationals?|workers?|pilots?|crew|[a-z]+(?:s|ese))\\b`;
/** One victim named with "a"/"an" and a word for a person. */
const ONE_VICTIM = `(a|an)\\s+${MODIFIERS}(?:${PERSON})\\b`;
const FATALITY_PATTERNS = [
  new RegExp(`\\b(?:killing|killed|kills|kill)\\s+${QUALIFIER}${COUNT}\\s+${VICTIMS}`, "i"),
  new RegExp(`\\b(?:killing|killed|kills|kill)\\s+${ONE_VICTIM}`, "i"),
  // "killing at least 13, according to the WHO": a count with no noun after it, where the clause or sentence ends.
  new RegExp(`\\b(?:killing|killed)\\s+${QUALIFIER}(${NUMBER})(?=\\s*(?:[,.;:)]|and\\b|$))`, "i"),
  // "leaving four civilians dead": without "dead" the people left may be wounded or homeless.
  new RegExp(`\\b(?:leaving|left)\\s+${QUALIFIER}${COUNT}\\s+${VICTIMS}\\s+dead`, "i"),
  new RegExp(`\\b(?:leaving|left)\\s+${ONE_VICTIM}\\s+dead`, "i"),
  new RegExp(`\\bdeaths?\\s+of\\s+${QUALIFIER}${TOLL}\\b`, "i"),
  new RegExp(`\\b${QUALIFIER}${COUNT}\\s+${VICTIMS}\\s+(?:were |have been |had been |was )?(?:killed|dead|died)`, "i"),
  new RegExp(`\\b(?:death toll|toll)\\s+(?:of|rose to|reached|at)\\s+${QUALIFIER}${TOLL}`, "i"),
];

function toNumber(s: string): number | undefined {
  const n = NUMBER_WORDS[s.toLowerCase()] ?? Number(s.replace(/,/g, ""));
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Deaths stated near the trigger ("killing 38 people", "deaths of two citizens"); only for violent acts. */
export function fatalitiesNear(text: string, from: number, to: number): number | undefined {
  const span = text.slice(from, to);
  for (const re of FATALITY_PATTERNS) {
    const m = re.exec(span);
    if (m) {
      const n = toNumber(m[1] as string);
      if (n !== undefined) return n;
    }
  }
  return undefined;
}

/** The comma-delimited part of the clause around a unit: the narrowest span a date or count belongs to. */
export function commaSpan(units: readonly Unit[], head: number): { first: number; last: number } {
  const clause = (units[head] as Unit).clause;
  let first = head;
  while (first > 0 && (units[first - 1] as Unit).clause === clause && (units[first - 1] as Unit).lower !== ",") first--;
  let last = head;
  while (
    last + 1 < units.length &&
    (units[last + 1] as Unit).clause === clause &&
    (units[last + 1] as Unit).lower !== ","
  )
    last++;
  return { first, last };
}

export function clauseSpan(units: readonly Unit[], head: number): { first: number; last: number } {
  const clause = (units[head] as Unit).clause;
  let first = head;
  while (first > 0 && (units[first - 1] as Unit).clause === clause) first--;
  let last = head;
  while (last + 1 < units.length && (units[last + 1] as Unit).clause === clause) last++;
  return { first, last };
}

function nearest<T extends { start: number }>(items: readonly T[], at: number): T | undefined {
  let best: T | undefined;
  for (const it of items) if (!best || Math.abs(it.start - at) < Math.abs(best.start - at)) best = it;
  return best;
}

/**
 * The date the text gives for the act: in its comma span, else its clause; undefined when the text gives none. A date
 * that belongs to another act of the clause is left out (`ownDate`). `last` is the match's last unit, when the
 * trigger is a phrase: its own verbs are the act's. `published` (the article's day) tells a past date from one to come.
 * `said` marks an act done by saying (`SpokenAct`): a date inside what is said is not the saying's.
 */
export function eventDate(
  units: readonly Unit[],
  head: number,
  dates: readonly DateMention[],
  last = head,
  published = "",
  said?: SpokenAct,
): string | undefined {
  const at = (units[head] as Unit).start;
  for (const span of [commaSpan(units, head), clauseSpan(units, head)]) {
    const from = (units[span.first] as Unit).start;
    const to = (units[span.last] as Unit).end;
    const inside = dates.filter(
      (d) =>
        d.start >= from &&
        d.end <= to &&
        ownDate(units, head, last, d, published) &&
        !(said && ofWhatIsSaid(units, last, d, published, said)),
    );
    const best = nearest(inside, at);
    if (best) return best.value;
  }
  return undefined;
}

const DATE_PREPOSITION = /^(?:on|in|at|by|since|from|during|until|till|before|after|through|throughout|of|as of)\b/i;

/**
 * Whether a date in the act's clause dates the act, not another one beside it (nor a period, a state or an event
 * named beside it: `foreignDate`):
 * - a date before a noun with no preposition dates that noun ("a scheduled Dec. 15 imposition", "Trump's Oct. 11
 *   announcement", "the Oct. 7 attack"), so only an act named by that noun;
 * - a date after the act with another verb between dates that verb ("wants Trump to eliminate tariffs imposed on
 *   Sept. 1", "threatened not to hold elections this year"), but a past date after an infinitive is the act's, since
 *   what was agreed or urged lies ahead of it ("agreed to resume talks on Monday", written on a Friday).
 */
function ownDate(units: readonly Unit[], head: number, last: number, d: DateMention, published: string): boolean {
  if (foreignDate(units, last, d, published)) return false;
  const after = units.findIndex((u) => u.start >= d.end);
  const before = units.findLastIndex((u) => u.end <= d.start);
  const next = units[after];
  if (
    next &&
    !DATE_PREPOSITION.test(d.text) &&
    // "the Oct. 7 Russian attack": a demonym or a name may sit between the date and its noun.
    (next.pos === "NOUN" || next.pos === "ADJ" || (!!next.mention && units[after + 1]?.pos === "NOUN")) &&
    before >= 0 &&
    (units[before] as Unit).pos !== "ADP"
  )
    return head >= after && head <= after + 3;
  if (d.start < (units[last] as Unit).end) return true;
  const past = !!published && d.value < published && !published.startsWith(d.value);
  for (let k = last + 1; k < units.length && (units[k] as Unit).end <= d.start; k++) {
    const other = opensOtherAct(units, k);
    if (other === "act" || (other === "infinitive" && !past)) return false;
  }
  return true;
}

/**
 * A verb that tells an act of its own: an infinitive ("to hold elections"), a verb after an auxiliary, "not", a
 * relative pronoun ("who had arrived") or a noun and a pronoun ("the dam it built"), or a passive participle after its noun with no object ("tariffs imposed on"). Not a verb used as a
 * modifier ("the Russian-occupied city", "a border crossing").
 */
function opensOtherAct(units: readonly Unit[], k: number): "act" | "infinitive" | undefined {
  const u = units[k] as Unit;
  if (u.pos !== "VERB" || u.attribution) return undefined;
  const prev = units[k - 1];
  if (!prev) return undefined;
  if (prev.lower === "to") return "infinitive";
  if (prev.pos === "AUX" || /^(?:not|who|which|that)$/.test(prev.lower)) return "act";
  // "the land it seized in 1879", "the dam they began building": a pronoun and its verb after the act, a relative
  // clause with no "that".
  if (prev.pos === "PRON" && k - 1 > 0 && (units[k - 2] as Unit).pos === "NOUN") return "act";
  // "strikes killed dozens" is the act itself, its verb followed by an object; "tariffs imposed on" has none.
  return prev.pos === "NOUN" && /(?:ed|en)$/.test(u.lower) && units[k + 1]?.pos === "ADP" ? "act" : undefined;
}

/** Where the act happened: a place mention in its clause, or a capital/state named after "in/near". */
export function eventPlace(
  units: readonly Unit[],
  head: number,
  places: readonly PlaceMention[],
  act?: { code: string; target?: readonly number[] },
): Place | undefined {
  const spokenTo = act && SPOKEN_ROOTS.has(act.code.slice(0, 2)) ? act.target : undefined;
  const span = clauseSpan(units, head);
  const from = (units[span.first] as Unit).start;
  const to = (units[span.last] as Unit).end;
  const at = (units[head] as Unit).start;
  const elsewhere = (start: number): boolean =>
    ofOtherAct(units, head, start) || (!!spokenTo?.length && placeOfParty(units, spokenTo, start));
  const inClause = places.filter(
    (p) => p.start >= from && p.end <= to && !elsewhere(p.start) && !(isAcronym(p.text) && p.text !== p.name),
  );
  const found = placeBefore(units, inClause, nearest(inClause, at));
  if (found) return { name: found.name, country: found.country, lat: found.lat, lon: found.lon };
  for (let k = span.first; k <= span.last; k++) {
    const u = units[k] as Unit;
    // A state's name with a role is a group of its people ("take in migrants from Belarus"), not a place.
    if (u.mention && !u.mention.actor.role && (u.mention.kind === "capital" || u.mention.kind === "state")) {
      if (isLocationMention(units, k) && !elsewhere(u.start))
        return { name: u.mention.text, country: u.mention.actor.code };
    }
  }
  return undefined;
}

/**
 * "at the UN", "in the EU": a word of two to four capitals that the place's own name does not write so is an
 * organisation read as the town its letters spell (Un, India). The nlp stage keeps the mention, which also keeps such
 * a venue from being taken for a party ("criticised each other at the UN"), but it is no place to show.
 */
function isAcronym(written: string): boolean {
  return /^\p{Lu}{2,4}$/u.test(written);
}

/** Acts done by saying something about a party (statements, appeals, demands, accusations, rejections, threats):
 * where the party is says nothing of where it was said. Meetings, agreements, intents and protests take place. */
const SPOKEN_ROOTS = new Set(["01", "02", "10", "11", "12", "13"]);

/**
 * "accused U.S. forces in southern Syria's al-Tanf of …": a place right after the people an utterance is aimed at
 * (a party with a role or role nouns, then "in"/"near" and the place's own words) says where they are, not where it
 * was said.
 */
function placeOfParty(units: readonly Unit[], party: readonly number[], placeStart: number): boolean {
  const last = Math.max(...party);
  let k = last + 1;
  while (units[k]?.pos === "NOUN") k++;
  // A state named alone is nowhere in particular: "condemned Russia in Tbilisi" is where it was said.
  if (k === last + 1 && !units[last]?.mention?.actor.role) return false;
  if (!/^(?:in|near|inside)$/.test(units[k]?.lower ?? "")) return false;
  for (k++; k < units.length && (units[k] as Unit).start < placeStart; k++) {
    const pos = (units[k] as Unit).pos;
    if (pos === "ADP" || pos === "VERB" || pos === "AUX") return false;
  }
  return true;
}

/**
 * Whether a place after the act's head is where another act happened:
 * - after "of"/"for" and a gerund ("accused Russia of shooting down its airliner near Aktau", "thanked Poland for
 *   hosting talks in Warsaw"): the place of that act, not of the accusation;
 * - after a comma and a conjunction ("rejected the accusations, and sources in the Rukban camp told …"): the place
 *   of the next conjunct's act.
 */
function ofOtherAct(units: readonly Unit[], head: number, placeStart: number): boolean {
  for (let k = head + 1; k + 1 < units.length && (units[k + 1] as Unit).start < placeStart; k++) {
    const word = (units[k] as Unit).lower;
    const next = units[k + 1] as Unit;
    if ((word === "of" || word === "for") && next.pos === "VERB" && next.lower.endsWith("ing")) return true;
    if (/^(?:and|but|while|whereas)$/.test(next.lower) && commaBefore(units, k)) return true;
  }
  return false;
}

/** A comma at `k`, or just before the closing quotes at `k` ("patently false,” and …"). */
function commaBefore(units: readonly Unit[], k: number): boolean {
  while (k > 0 && /^["'”’»]$/.test((units[k] as Unit).lower)) k--;
  return (units[k] as Unit).lower === ",";
}

/**
 * "a debate held in Miami, Florida": a place that only says which part of its state the one before it lies in (the
 * place before, a comma, this one, both in one state) is not where the act happened; the place before is.
 */
function placeBefore(
  units: readonly Unit[],
  places: readonly PlaceMention[],
  found: PlaceMention | undefined,
): PlaceMention | undefined {
  if (!found) return found;
  const k = units.findIndex((u) => u.start === found.start);
  const word = units[k - 2];
  if (k < 2 || units[k - 1]?.lower !== "," || !word) return found;
  const before = places.find((p) => p.end === word.end && p.country === found.country);
  return before ? placeBefore(units, places, before) : found;
}
