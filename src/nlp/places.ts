// Where things happen: "in Baku", "near Aktau", a dateline "Berlin, August 1" → places with country and coordinates.
import type { Place, PlaceMention, Sentence } from "../domain/index.ts";
import { gazetteer } from "./gazetteer.ts";
import { adminRegion } from "./gazetteer-regions.ts";
import { foldName, type PlaceEntry, placeIndex, readRows } from "./place-index.ts";
import {
  AID_TO_RE,
  BORDER_RE,
  DETERMINER_BEFORE,
  FORCE_OBJECT_RE,
  FORCE_OF_RE,
  IN_COUNTRY,
  LEAVE_FROM_RE,
  MOVE_TO_RE,
  NAME,
  PASSIVE_FORCE_RE,
  PASSIVE_FORCE_TAIL_RE,
  PLACE_RE,
} from "./places-patterns.ts";
import { hasWord, pickState, regionAsAdjective, regionOverCity } from "./places-region-choice.ts";
import { sentenceAt } from "./sentence-at.ts";

/** Regions news names as places that GeoNames holds no city for ("the Gaza Strip", "Waziristan"): one table, which
 * the gazetteer build reads too, so a region is a place and, with a role word, an actor of the same state. */
const REGIONS = new Map<string, PlaceEntry>(
  readRows(new URL("../../data/places/conflict-regions.tsv", import.meta.url)).map(([name, country, lat, lon]) => [
    foldName(name),
    { name, country, lat: Number(lat), lon: Number(lon), population: 0, kind: "city" },
  ]),
);

/** Capitalised words that name no place in news, though GeoNames has a town so called. */
const NOT_CITIES = new Set(
  (
    "january february march april may june july august september october november december monday tuesday " +
    "wednesday thursday friday saturday sunday union west east north south central congress parliament senate " +
    "government president prime minister court army police reading mobile independence liberty victory unity " +
    "progress justice commerce focus university republic state states national general european western eastern " +
    "northern southern christmas easter ramadan city hall kremlin white house pentagon"
  ).split(" "),
);

/** A word of two to five capitals: an acronym, unless a place's own name is written so. */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/** Words that aim what comes after "at" at a party, not at a place: "hit out at", "hit back at", "took aim at". */
const AIMED_AT = /\b(?:out|back|aim|finger|fingers|swipe|swipes|jab|jabs|dig|digs|barbs)\s+$/i;

export interface FindPlacesOptions {
  /** The dateline's place as the extract stage read it ("Berlin"); found at the start of the text. */
  datelinePlace?: string;
}

/** Finds places after locative prepositions, in the dateline, as the object of a force verb, after a verb of moving
 * forces ("sent to Chechnya") and after a verb of leaving; ambiguous names go to the most populous, unless the article
 * names the country of a smaller namesake. */
export function findPlaces(text: string, sentences: Sentence[], options: FindPlacesOptions = {}): PlaceMention[] {
  const found: PlaceMention[] = [];
  const taken: [number, number][] = [];
  const add = (start: number, end: number, entry: PlaceEntry, name = entry.name): void => {
    if (taken.some(([s, e]) => start < e && end > s)) return;
    const sentence = sentenceAt(sentences, start);
    if (sentence < 0) return;
    taken.push([start, end]);
    const { country, lat, lon } = entry;
    found.push({ start, end, text: text.slice(start, end), name, country, lat, lon, sentence });
  };

  const dateline = findDateline(text, options.datelinePlace);
  if (dateline) add(dateline.start, dateline.end, dateline.entry);

  for (const m of text.matchAll(BORDER_RE)) {
    const at = m.index + m[0].length - m[2]!.length;
    const hit = lookup(text, withinSentence(m[2]!, at, sentences), at, false);
    if (hit && hit.entry.kind === "country") {
      const start = m.index + m[0].length - m[1]!.length;
      add(start, at + hit.length, hit.entry, `${hit.entry.name} border`);
    }
  }
  for (const m of text.matchAll(PLACE_RE)) {
    // "lashed out at Washington", "took aim at Beijing": "at" after words aiming speech at a party names that party.
    if (m[0].startsWith("at") && AIMED_AT.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const at = m.index + m[0].length - m[1]!.length;
    const hit = lookup(text, withinSentence(m[1]!, at, sentences), at, false);
    if (!hit) continue;
    // "in the Bay of Pigs", "off the Cape of Good Hope": a name running on with "of" and a capitalised word is a longer
    // name the index lacks, not the town its head word names.
    if (OF_NAME.test(text.slice(at + hit.offset + hit.length, at + hit.offset + hit.length + 30))) continue;
    // "fires at Israel", "a threat near Russia": only "in"-like words put a whole country as the place.
    const inLike = IN_COUNTRY.test(m[0]);
    if (hit.entry.kind === "country" && !inLike) continue;
    let end = at + hit.offset + hit.length;
    if (hit.entry.kind !== "country") end = ownCountryEnd(text, end, sentences, hit.entry.country) ?? end;
    add(at + hit.offset, end, hit.entry);
    addConjuncts(text, end, sentences, inLike, hit.entry.country, add);
  }
  // The place a force verb hits or an army leaves: a country there is an actor already, and a name the gazetteer
  // makes an actor alone (a capital acting, "Rafah") stays one.
  const passive = PASSIVE_FORCE_TAIL_RE.test(text);
  for (const re of passive ? [...FORCE_RES, PASSIVE_FORCE_RE] : FORCE_RES)
    for (const m of text.matchAll(re)) {
      // A determiner makes a participle describe its noun; before a noun of force ("the siege of") it is expected.
      const determined = re === FORCE_OBJECT_RE || re === LEAVE_FROM_RE || re === MOVE_TO_RE;
      if (determined && DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const at = re === PASSIVE_FORCE_RE ? m.index : m.index + m[0].length - m[1]!.length;
      const hit = lookup(text, withinSentence(m[1]!, at, sentences), at, false);
      if (hit?.offset !== 0 || hit.entry.kind === "country") continue;
      if (actsAlone().has(foldName(text.slice(at, at + hit.length)))) continue;
      add(at, at + hit.length, hit.entry);
    }
  return found.sort((a, b) => a.start - b.start);
}

/** The force patterns but the passive, for a text without one, and aid sent to a place. */
const FORCE_RES = [FORCE_OBJECT_RE, LEAVE_FROM_RE, FORCE_OF_RE, MOVE_TO_RE, AID_TO_RE];

/** What runs a name on into a longer one: "Bay" + " of Pigs". */
const OF_NAME = /^\s+of\s+(?:the\s+)?\p{Lu}/u;

/** "and Calcutta", ", Odesa": the next name of a list after a place. */
const CONJUNCT_RE = new RegExp(`^(,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?:the\\s+)?(${NAME})`, "u");

/** What follows a name that ends its clause: punctuation or the text's end. */
const CLAUSE_END = /^\s*(?:[.,;:)]|$)/;

/** ", Uzbekistan" after a place: the place's country, named to say where it is. */
const OWN_COUNTRY_RE = new RegExp(`^,\\s*(?:the\\s+)?(${NAME})`, "u");

/**
 * The end of the place's own country named after it and a comma ("The SCO summit in Samarkand, Uzbekistan, in
 * September asked Belarus", "talks in Astana, Kazakhstan."), which is part of the place, not an actor; undefined when
 * none follows, or when the country opens a clause of its own ("During the talks in Moscow, Russia agreed").
 */
function ownCountryEnd(text: string, end: number, sentences: Sentence[], country: string): number | undefined {
  const m = OWN_COUNTRY_RE.exec(text.slice(end, end + 60));
  if (!m) return undefined;
  const at = end + m[0].length - m[1]!.length;
  const hit = lookup(text, withinSentence(m[1]!, at, sentences), at, false);
  if (hit?.offset !== 0 || hit.entry.kind !== "country" || hit.entry.country !== country) return undefined;
  const after = at + hit.length;
  if (!CLAUSE_END.test(text.slice(after, after + 3))) return undefined;
  // "After talks in Moscow, Russia, Kazakhstan and Belarus signed": another country after the comma makes the
  // place's country the first of a list of parties.
  const next = OWN_COUNTRY_RE.exec(text.slice(after, after + 60));
  if (next) {
    const nat = after + next[0].length - next[1]!.length;
    const other = lookup(text, withinSentence(next[1]!, nat, sentences), nat, false);
    if (other?.offset === 0 && other.entry.kind === "country") return undefined;
  }
  return after;
}

/** A city this large names the land around it before a region word, over another state's region of its name. */
const BIG_CITY = 300_000;

/** A listed city in another state than the place before it must be this large: "in Miami, Florida" names no Cuban town. */
const FOREIGN_CONJUNCT = 200_000;

/**
 * The places listed after a place ("in Bombay and Calcutta", "in Kharkiv, Odesa and Dnipro") share its preposition.
 * A country counts only after "and"/"or" with an "in"-like word ("in Syria and Iraq"; "in Kharkiv, Ukraine" names the
 * first place's country), and a name that acts alone (a capital, a state) only at the end of a clause: "in Baku and
 * Moscow condemned it" opens a clause whose subject Moscow acts. A small town of another state is most often a region
 * or state the index lacks ("in Tennessee, Montana and Missouri": not Montana in Bulgaria), and ends the list.
 */
function addConjuncts(
  text: string,
  end: number,
  sentences: Sentence[],
  inLike: boolean,
  country: string,
  add: (start: number, end: number, entry: PlaceEntry) => void,
): void {
  for (let m = CONJUNCT_RE.exec(text.slice(end, end + 80)); m; m = CONJUNCT_RE.exec(text.slice(end, end + 80))) {
    const at = end + m[0].length - m[2]!.length;
    const hit = lookup(text, withinSentence(m[2]!, at, sentences), at, false);
    if (hit?.offset !== 0) return;
    const after = at + hit.length;
    if (hit.entry.kind === "country" && (!inLike || m[1]!.trim() === ",")) return;
    const clauseEnd = CLAUSE_END.test(text.slice(after, after + 3));
    if ((hit.entry.kind === "country" || actsAlone().has(foldName(text.slice(at, after)))) && !clauseEnd) return;
    const { kind, population } = hit.entry;
    if (kind === "city" && hit.entry.country !== country && population < FOREIGN_CONJUNCT) return;
    add(at, after, hit.entry);
    end = after;
    country = hit.entry.country;
  }
}

/** A name never runs past its sentence: "north of Kharkiv. In Russian custody" ends at "Kharkiv". */
function withinSentence(name: string, at: number, sentences: Sentence[]): string {
  const s = sentences[sentenceAt(sentences, at)];
  if (!s || at + name.length <= s.end) return name;
  return name.slice(0, s.end - at).replace(/[\s.]+$/, "");
}

let actorNames: Set<string> | undefined;
/** Folded names the gazetteer makes an actor alone (states, capitals, seats, organisations), less its blocked ones. */
function actsAlone(): Set<string> {
  if (actorNames) return actorNames;
  const names = new Set<string>();
  const blocked = new Set<string>();
  for (const e of gazetteer().entries)
    if (e.k !== "person") for (const n of e.n) (e.k === "block" ? blocked : names).add(foldName(n));
  for (const n of blocked) names.delete(n);
  actorNames = names;
  return names;
}

/** Whether a place is a whole country or a border with one ("in Ukraine", "at the border with Azerbaijan"). */
export function isCountryPlace(place: Place): boolean {
  const entry = placeIndex().countries.get(foldName(place.name.replace(/ border$/, "")));
  return entry?.country === place.country;
}

interface Hit {
  entry: PlaceEntry;
  offset: number;
  length: number;
}

/**
 * Longest run of leading words that names a place: a country first ("Armenia" is also a Colombian city), then a listed
 * region, a first-level region before its type word ("Delta state"), a city, and a first-level region named alone.
 * "Russia's Belgorod region" gives Belgorod in Russia. A city must not run on into another capitalised word
 * ("in Washington Post" is no place).
 */
function lookup(text: string, name: string, at: number, cityFirst: boolean, inCountry?: string): Hit | undefined {
  const { countries, cities } = placeIndex();
  const words = [...name.matchAll(/\S+/g)];
  for (let n = words.length; n >= 1; n--) {
    const last = words[n - 1]!;
    let phrase = name.slice(0, last.index + last[0].length);
    const possessive = /['’]s$/.test(phrase);
    if (possessive) phrase = phrase.slice(0, -2);
    phrase = phrase.replace(/\.$/, (dot) => (/\.\S\.$/.test(phrase) ? dot : ""));
    const key = foldName(phrase);
    const country = countries.get(key);
    const rest = name.slice(last.index + last[0].length);
    const runsOn = /^\s+\p{Lu}/u.test(rest) && !possessive;
    if (country && !cityFirst && !inCountry) {
      if (possessive && rest.trim()) {
        const inner = lookup(text, rest.trim(), at + name.indexOf(rest.trim()), true, country.country);
        if (inner) return { ...inner, offset: name.indexOf(rest.trim()) + inner.offset };
      }
      return { entry: country, offset: 0, length: phrase.length };
    }
    const region = REGIONS.get(key);
    if (region && !runsOn) return { entry: region, offset: 0, length: phrase.length };
    // "in Delta state" is Nigeria's region, not Canada's city Delta; a region named alone yields to a city.
    const after = text.slice(at + last.index + last[0].length);
    const admin = runsOn || regionAsAdjective(key, after) ? undefined : pickState(text, adminRegion(key, after));
    // "the Gaza region" is the land around Gaza, not Mozambique's Gaza province: a listed region, or a large city of
    // another state, before a type word names the land around it ("Delta state" stays Nigeria's: Delta, BC is small).
    const around = admin?.typed && !inCountry ? (REGIONS.get(admin.base) ?? cities.get(admin.base)?.[0]) : undefined;
    if (around && around.country !== admin!.entry.country && (around.population === 0 || around.population >= BIG_CITY))
      return { entry: around, offset: 0, length: phrase.length + admin!.extra };
    if (admin?.typed && (!inCountry || admin.entry.country === inCountry)) {
      // Its namesake city in the same state ("Idlib province") lends it coordinates.
      const seat = cities.get(admin.base)?.find((c) => c.country === admin.entry.country);
      const entry = seat ? { ...admin.entry, lat: seat.lat, lon: seat.lon } : admin.entry;
      return { entry, offset: 0, length: phrase.length + admin.extra };
    }
    // Looked up only when it may be used: the index makes the namesakes' entries on every lookup.
    const named = runsOn || NOT_CITIES.has(key) ? undefined : cities.get(key);
    // "at the UN": a town's name written in capitals ("Un", India) is an acronym of something else.
    const cityList = ACRONYM.test(phrase) ? named?.filter((c) => c.name === phrase || foldName(c.name) !== key) : named;
    if (cityList?.length) {
      const entry = inCountry
        ? cityList.find((c) => c.country === inCountry)
        : (preferNamedCountry(text, cityList) ?? cityList[0]);
      // "in Ontario" is Canada's province, not California's city; "in Bali" with Indonesian police is Indonesia's.
      if (entry && admin && !inCountry && !cityFirst && regionOverCity(text, admin, entry))
        return { entry: admin.entry, offset: 0, length: phrase.length };
      if (entry) return { entry, offset: 0, length: phrase.length };
    }
    if (admin && (admin.typed || admin.standing === "alone") && (!inCountry || admin.entry.country === inCountry))
      return { entry: admin.entry, offset: 0, length: phrase.length + admin.extra };
    if (country && cityFirst && !inCountry) return { entry: country, offset: 0, length: phrase.length };
  }
  return undefined;
}

/**
 * Of namesake cities, the one whose country the article names ("Tripoli" in an article about Lebanon), as long as it
 * is not a small town beside a big city: an article that mentions the US still means Switzerland's Geneva.
 */
function preferNamedCountry(text: string, list: PlaceEntry[]): PlaceEntry | undefined {
  if (list.length < 2) return undefined;
  const { countryNames } = placeIndex();
  const named = (c: PlaceEntry): boolean => (countryNames.get(c.country) ?? []).some((n) => hasWord(text, n));
  if (named(list[0]!)) return list[0];
  const floor = list[0]!.population / 6;
  return list.find((c) => c.population >= floor && named(c));
}

/** "Berlin, August 1, 2025 —", "MOSCOW (Reuters) -", "KYIV, Ukraine —": the place a dateline opens with. */
function findDateline(
  text: string,
  datelinePlace: string | undefined,
): { start: number; end: number; entry: PlaceEntry } | undefined {
  const head = /^\s*/.exec(text)![0].length;
  const line = text.slice(head, head + 120);
  let name: string | undefined;
  if (datelinePlace && foldName(line).startsWith(foldName(datelinePlace))) name = line.slice(0, datelinePlace.length);
  else {
    // A dateline ends in a dash or an agency in brackets soon after the place: "Pakistan, a key ally" is no dateline.
    const m =
      /^(\p{Lu}[\p{L}\p{M} .'’-]{1,40}?)\s*(?:,[^\n—–(]{0,40}?)?\s*(?:\(|[—–]|-{1,2}\s)/u.exec(line) ??
      /^(\p{Lu}[\p{L}\p{M} .'’-]{1,40}?),[^\n—–(:]{1,40}:/u.exec(line);
    if (m) name = m[1];
  }
  if (!name) return undefined;
  const hit = lookup(text, titleCase(name), head, true);
  // The whole dateline name must be the place: "Montenegro Municipality Association (AKK)" is no dateline.
  if (hit?.offset !== 0 || hit.length < name.trim().length) return undefined;
  return { start: head, end: head + hit.length, entry: hit.entry };
}

/** "MOSCOW" → "Moscow", so all-caps datelines match; mixed case stays as written. */
function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
