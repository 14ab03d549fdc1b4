// People named with more or fewer middle names than the gazetteer lists: "Omar Hassan al-Bashir" and "Omar El
// Bashir" for "Omar Hassan Ahmad al Bashir". A capitalised run whose first and last words are a listed person's
// given name and surname is that person; the two words together are distinctive enough.
import { type Gazetteer, TokenTrie } from "./gazetteer.ts";
import { type GazToken, gazTokens } from "./gazetteer-tokens.ts";
import { type VocabWord, wordSet } from "./gazetteer-trie.ts";

/** Lower-case words inside personal names ("al-Bashir", "von der Leyen"). */
export const NAME_PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "ben",
  "abu",
  "de",
  "da",
  "di",
  "du",
  "van",
  "von",
  "der",
  "la",
]);
/**
 * Capitalised words that head an institution, outlet, team, landmark or event named after a place ("Iran Air", "the
 * Jordan Times", "Georgia Tech", "Sudan People's Liberation Army"), never a person's surname.
 */
export const NOT_NAMES = new Set(
  (
    "party council group union front movement league association committee ministry army court bank university " +
    "college institute company agency service force forces guard church foundation fund organization organisation " +
    "alliance coalition assembly state states republic news times post club team people national democratic " +
    "liberation revolutionary islamic air airways airlines airport today daily herald tribune telegraph journal " +
    "review gazette press radio television tv tech valley river sea lake gulf gate street square station cup open " +
    "grand prix games olympics lobby war conflict crisis summit railways railway petroleum oil gas energy " +
    "holding holdings telecom motors steel mining development investment authority commission"
  ).split(" "),
);
/**
 * Descriptive words news puts before a leader's surname ("Strongman Lukashenko", "Veteran Lavrov", "Embattled
 * Netanyahu", "Populist Fico"): English nouns and adjectives, never given names, so the surname after them is still
 * the leader's. The "-ist" words are political leanings only: a trade in "-ist" ("Journalist Aliyev", "Activist
 * Khan", "Economist Lee") names another person who shares the surname, so it stays a stranger's title.
 */
const DESCRIPTORS = new Set(
  (
    "strongman veteran hardliner hardline hawkish hawk dovish reformer incumbent embattled longtime outgoing " +
    "incoming ousted exiled jailed imprisoned detained deposed disgraced dictator despot autocrat tycoon oligarch " +
    "firebrand maverick moderate conservative liberal defiant beleaguered powerful influential controversial " +
    "ailing ageing aging elderly " +
    "populist nationalist ultranationalist islamist communist socialist leftist rightist centrist separatist " +
    "loyalist royalist monarchist unionist federalist globalist marxist maoist zionist secularist reformist " +
    "isolationist expansionist revisionist militarist imperialist extremist"
  ).split(" "),
);

/** Whether a capitalised word before a surname only describes the person ("Strongman", "Populist"). */
const isDescriptor = (norm: string) => DESCRIPTORS.has(norm) || DESCRIPTORS.has(norm.replace(/s$/, ""));

/** Weekdays and months: "Iran Monday said", "Russia March 3" put no name after the place. */
export const DATE_WORDS = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december"
  ).split(" "),
);
/** Longest run of name words looked at. */
const MAX_RUN = 6;

/** Pairs "given|surname" → person entries, and the given names that start one (most capitalised words start none). */
interface Pairs {
  pairs: Map<string, number[]>;
  /** Whether a text word is one of the given names (asked by its vocabulary id: see wordSet). */
  first: (word: VocabWord) => boolean;
}

const pairCache = new WeakMap<Gazetteer, Pairs>();

/** Pairs from every listed name of three words or more (shorter ones match exactly). */
function longPairs(gz: Gazetteer): Pairs {
  let long = pairCache.get(gz);
  if (long) return long;
  const map = new Map<string, number[]>();
  const firsts = new Set<string>();
  gz.entries.forEach((e, k) => {
    if (e.k !== "person") return;
    for (const n of e.n) {
      const t = gazTokens(n);
      // "The Reagan Administration", "President Boris Yeltsin": a name that opens with "the" or a title has no given
      // name to pair ("The … Administration" would name any administration).
      if (t.length < 3 || t[0].norm === "the" || isTitle(gz, t[0].norm)) continue;
      const key = `${t[0].norm}|${t[t.length - 1].norm}`;
      firsts.add(t[0].norm);
      const list = map.get(key);
      if (!list) map.set(key, [k]);
      else if (!list.includes(k)) list.push(k);
    }
  });
  long = { pairs: map, first: wordSet(gz.names, firsts) };
  pairCache.set(gz, long);
  return long;
}

const shortPairCache = new WeakMap<Gazetteer, Pairs>();

/**
 * The pairs whose surname is nobody's given name: "Mohammed Ali" may be anyone, "Carlos Menem" is one man. Two words
 * alone must be distinctive where a longer run already is.
 */
function shortPairs(gz: Gazetteer): Pairs {
  let short = shortPairCache.get(gz);
  if (short) return short;
  const given = givenNames(gz);
  const [pairs, firsts] = [new Map<string, number[]>(), new Set<string>()];
  for (const [key, entries] of longPairs(gz).pairs) {
    const bar = key.indexOf("|");
    if (given.has(key.slice(bar + 1))) continue;
    pairs.set(key, entries);
    firsts.add(key.slice(0, bar));
  }
  short = { pairs, first: wordSet(gz.names, firsts) };
  shortPairCache.set(gz, short);
  return short;
}

/**
 * "Carlos Menem" for "Carlos Saul Menem": exactly two capitalised words that are a listed person's given name and
 * distinctive surname, with no capitalised word before or after (that would make it part of a longer name). Used only
 * where no listed name matches, so an exact two-word entry always wins. Returns [end, entries], or none.
 */
export function personByPair(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  i: number,
): [number, number[]] | undefined {
  const j = i + 1;
  if (toks[i].shape !== 1 || j >= toks.length || toks[j].shape !== 1 || sent[j] !== sent[i]) return undefined;
  const short = shortPairs(gz);
  if (!short.first(toks[i])) return undefined;
  if (j + 1 < toks.length && sent[j + 1] === sent[i] && toks[j + 1].shape !== 0 && toks[j + 1].norm !== "'s")
    return undefined;
  if (i > 0 && sent[i - 1] === sent[i] && toks[i - 1].shape === 1 && !isTitle(gz, toks[i - 1].norm)) return undefined;
  const hit = short.pairs.get(`${toks[i].norm}|${toks[j].norm}`);
  return hit ? [j + 1, hit] : undefined;
}

/** A one-word title ("President", "Minister"). */
function isTitle(gz: Gazetteer, norm: string): boolean {
  const node = gz.titles.step(TokenTrie.ROOT, norm);
  return node >= 0 && gz.titles.hitsAt(node) !== undefined;
}

/** A person named by given name and surname with other words between, from token i: [end, entries], or none. */
export function personByEnds(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  i: number,
): [number, number[]] | undefined {
  if (toks[i].shape !== 1) return undefined;
  const long = longPairs(gz);
  if (!long.first(toks[i])) return undefined;
  let e = i + 1;
  while (
    e < toks.length &&
    e - i < MAX_RUN &&
    sent[e] === sent[i] &&
    (toks[e].shape === 1 || NAME_PARTICLES.has(toks[e].norm))
  )
    e++;
  // Only a run of three words or more can differ from a listed name in its middle.
  if (e - i < 3 || toks[e - 1].shape !== 1) return undefined;
  const hit = long.pairs.get(`${toks[i].norm}|${toks[e - 1].norm}`);
  return hit ? [e, hit] : undefined;
}

const givenCache = new WeakMap<Gazetteer, Set<string>>();
/** Given names of the people in the gazetteer (the first word of each of their names). */
export function givenNames(gz: Gazetteer): Set<string> {
  let given = givenCache.get(gz);
  if (!given) {
    given = new Set();
    for (const e of gz.entries) if (e.k === "person") for (const n of e.n) given.add(gazTokens(n)[0]?.norm ?? "");
    givenCache.set(gz, given);
  }
  return given;
}

/** English words that open a sentence as often as some listed person's given name ("In", "Said", "May", "Under"). */
const FUNCTION_WORDS = new Set(
  (
    "the and but nor for yet so or if in on at as by of to up out over under after before with without since while " +
    "when then also only even both like unlike said says may might will can could would should must not no all any " +
    "each every some many more most such this that these those he she it its his her they their we you our an one"
  ).split(" "),
);

const forenameCache = new WeakMap<Gazetteer, Set<string>>();
/**
 * Given names that are only given names: three letters or more, no English function word ("In Chad", "Said Iran's
 * envoy"), no title ("President", "King") and no first word of a state's, city's or body's name ("United",
 * "Islamic"), which a capitalised word before a state more often is.
 */
function forenames(gz: Gazetteer): Set<string> {
  let only = forenameCache.get(gz);
  if (!only) {
    const other = new Set<string>();
    for (const e of gz.entries) if (e.k !== "person") for (const n of e.n) other.add(gazTokens(n)[0]?.norm ?? "");
    const isForename = (g: string) => g.length >= 3 && !FUNCTION_WORDS.has(g) && !other.has(g) && !isTitle(gz, g);
    only = new Set([...givenNames(gz)].filter(isForename));
    forenameCache.set(gz, only);
  }
  return only;
}

/**
 * Whether the one-word state or capital name at token i is a person's surname: right after a given name in its
 * sentence, one space apart ("Thomas Mann" is no Isle of Man, "Robert Jordan" no Jordan, "Ian Hamilton" no Bermuda).
 */
export function isSurnameOfName(gz: Gazetteer, text: string, toks: GazToken[], sent: Int32Array, i: number): boolean {
  if (i === 0 || sent[i - 1] !== sent[i] || toks[i - 1].shape !== 1) return false;
  // One space between, as in a name: "Friday.\nTurkey" or "Sunday, Peru" are two sentences or a list.
  if (text.slice(toks[i - 1].end, toks[i].start) !== " ") return false;
  // A weekday or month is a date even where someone bears it as a name: "On Friday Russia expelled", "In May Chad".
  if (DATE_WORDS.has(toks[i - 1].norm)) return false;
  return forenames(gz).has(toks[i - 1].norm) || afterOccupation(gz, text, toks, sent, i - 1);
}

/**
 * Whether the surname at token i, listed alone for one person, follows another person's given name: "Magomed Aliev"
 * (a Dagestani boxer) is no Ilham Aliyev, "Alexis Ohanian" no Seyran Ohanyan. A given name with the listed person's
 * initial is taken for another spelling of theirs ("Sergey Lavrov", "Ilkham Aliyev").
 */
export function isOtherPersonsSurname(
  gz: Gazetteer,
  text: string,
  toks: GazToken[],
  sent: Int32Array,
  i: number,
  entry: number,
): boolean {
  if (i === 0 || sent[i - 1] !== sent[i] || toks[i - 1].shape !== 1) return false;
  if (text.slice(toks[i - 1].end, toks[i].start) !== " ") return false;
  const before = toks[i - 1].norm;
  const patronymic = PATRONYMIC.test(before);
  if (!forenames(gz).has(before) && !patronymic && !unlistedGivenName(gz, text, toks, sent, i - 1)) return false;
  // "Sergei Viktorovich Lavrov": after a patronymic, the given name before it tells whose surname this is.
  const given = patronymic && i > 1 && sent[i - 2] === sent[i] && toks[i - 2].shape === 1 ? toks[i - 2].norm : before;
  const initial = given[0];
  return !gz.entries[entry].n.some((n) => n.includes(" ") && gazTokens(n)[0]?.norm[0] === initial);
}

/** Words that open a sentence before a name and are no given name: adverbs, conjunctions, prepositions. */
const OPENERS = new Set(
  (
    "earlier later afterwards afterward meanwhile however yesterday today tonight tomorrow now here there again " +
    "still instead thus hence first last next soon once twice therefore nevertheless nonetheless moreover " +
    "furthermore overnight elsewhere although though whereas because unless until whether despite amid against " +
    "toward towards among amongst including regarding besides beyond through within upon"
  ).split(" "),
);

/** The singular of a plural noun ("presidents" → "president"), else the word. */
const singular = (w: string) => (w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);

/** Prepositions after which a capitalised word is a place, outlet or event rather than a given name. */
const PLACE_PREPOSITIONS = new Set(["on", "in", "at", "via", "from"]);

/** East Slavic patronymics ("Magomedovich", "Ivanovna"): a person named so is no Azerbaijani or Armenian leader. */
const PATRONYMIC = /^[a-z]{3,}(?:ovich|evich|ovych|ovna|evna|ivna|ichna)$/;

/**
 * Whether the capitalised word at token k reads as a given name the gazetteer does not list ("Magomed", "Rashid"): a
 * word of letters inside a sentence that starts no listed name, role or title, no function, date or institution word,
 * outside a title-case headline ("Putin Meets Aliyev"). A listed leader's surname after it is then another person's.
 */
function unlistedGivenName(gz: Gazetteer, text: string, toks: GazToken[], sent: Int32Array, k: number): boolean {
  const t = toks[k];
  if (t.shape !== 1 || !/^[a-z]{3,}$/.test(t.norm)) return false;
  // The second half of a hyphenated given name ("Qasym-Zhomart") may be a listed person's in another spelling.
  if (/[-‐‑]/.test(text[t.start - 1] ?? "")) return false;
  if (FUNCTION_WORDS.has(t.norm) || NOT_NAMES.has(t.norm) || DATE_WORDS.has(t.norm) || isDescriptor(t.norm))
    return false;
  const opens = k === 0 || sent[k - 1] !== sent[k] || /["“‘(:—–\n]/.test(text.slice(toks[k - 1].end, t.start));
  // A sentence's first word is capitalised whatever it is: "Although Pashinyan met", "Citing Aliyev", "Earlier Aliyev
  // said", "Presidents Putin and Xi" open with a conjunction, a participle, an adverb or a plural title. (Not "-ed":
  // "Magomed", "Ahmed", "Khaled" are given names.)
  if (
    opens &&
    (OPENERS.has(t.norm) || /(?:ly|ing)$/.test(t.norm) || gz.titles.step(TokenTrie.ROOT, singular(t.norm)) >= 0)
  )
    return false;
  // "Writing on Telegram Zelensky thanked", "At Davos Erdogan said": a word after a preposition of place or medium
  // names a place, an outlet or an event, hardly a person.
  if (!opens && PLACE_PREPOSITIONS.has(toks[k - 1].norm)) return false;
  if (gz.names.stepOn(TokenTrie.ROOT, t) >= 0 || gz.roles.stepOn(TokenTrie.ROOT, t) >= 0) return false;
  if (gz.titles.stepOn(TokenTrie.ROOT, t) >= 0) return false;
  return !inTitleCase(gz, toks, sent, k);
}

/** Nouns of a private person's trade that news puts right before a name ("pianist Jools Holland", "host Arshy Mann"). */
const OCCUPATIONS = new Set(
  (
    "host presenter anchor singer songwriter rapper musician pianist guitarist drummer bassist actor actress " +
    "comedian director filmmaker producer writer author novelist poet playwright artist painter photographer designer " +
    "model chef footballer striker midfielder defender goalkeeper coach player golfer boxer cyclist swimmer " +
    "sprinter quarterback pitcher jockey entrepreneur businessman businesswoman billionaire influencer youtuber"
  ).split(" "),
);

/**
 * Whether the capitalised word at token k, one space after an occupation noun, opens a private person's name:
 * "pianist Jools Holland", "singer Vanessa Paris" (a given name the gazetteer does not list). Not a listed name.
 */
function afterOccupation(gz: Gazetteer, text: string, toks: GazToken[], sent: Int32Array, k: number): boolean {
  if (k === 0 || sent[k - 1] !== sent[k] || !OCCUPATIONS.has(toks[k - 1].norm)) return false;
  if (text.slice(toks[k - 1].end, toks[k].start) !== " ") return false;
  return gz.names.stepOn(TokenTrie.ROOT, toks[k]) < 0 && !NOT_NAMES.has(toks[k].norm);
}

/** Whether token k is a word that may be a surname: capitalised, letters only, no institution or date word. */
function surnameLike(gz: Gazetteer, toks: GazToken[], k: number): boolean {
  const t = toks[k];
  if (t.shape !== 1 || !/^[a-z][a-z'-]+$/.test(t.norm) || NOT_NAMES.has(t.norm)) return false;
  // A role word or title opens a role phrase ("Ukraine Defense Ministry", "Jordan King Abdullah").
  if (gz.roles.stepOn(TokenTrie.ROOT, t) >= 0 || gz.titles.stepOn(TokenTrie.ROOT, t) >= 0) return false;
  // Another listed name that is no person's or town's ("Russia Ukraine war", "Congo Brazzaville") is no surname;
  // many surnames are towns too (Henderson, Hamilton, Lincoln).
  const node = gz.names.stepOn(TokenTrie.ROOT, t);
  const hits = node >= 0 ? gz.names.hitsAt(node) : undefined;
  return !hits?.some((h) => h.t === "entry" && gz.entries[h.entry].k !== "person");
}

/**
 * Whether token k's sentence reads as a title-case headline ("Ukraine Braces for Winter as Russia Strikes"): more of
 * its words are capitalised and start no listed name than are lower-case (prose names people and places, but its
 * other words are mostly lower-case).
 */
export function inTitleCase(gz: Gazetteer, toks: GazToken[], sent: Int32Array, k: number): boolean {
  let a = k;
  while (a > 0 && sent[a - 1] === sent[k]) a--;
  let lower = 0;
  let upper = 0;
  for (; a < toks.length && sent[a] === sent[k]; a++) {
    const t = toks[a];
    if (t.shape === 0) {
      if (/^[a-z]/.test(t.norm)) lower++;
    } else if (gz.names.stepOn(TokenTrie.ROOT, t) < 0) upper++;
  }
  return upper > lower;
}

/** Whether a role word and "to" or "of" come before token i: "ambassador to Britain Liu Xiaoming" names the holder. */
function afterPostOf(gz: Gazetteer, toks: GazToken[], sent: Int32Array, i: number): boolean {
  let k = i - 1;
  if (toks[k]?.norm === "the") k--;
  if (k < 1 || sent[k - 1] !== sent[i] || (toks[k].norm !== "to" && toks[k].norm !== "of")) return false;
  const word = toks[k - 1].norm;
  const role = gz.roles.step(TokenTrie.ROOT, word);
  return (role >= 0 && gz.roles.hitsAt(role) !== undefined) || isTitle(gz, word);
}

/**
 * Whether the one-word state or capital name at token i is a person's given name: one or two capitalised words that
 * may be surnames follow it, one space apart, and then a lower-case word, punctuation or the end of the sentence
 * ("Chad Smith said", "Kenya Barris, the creator", "Georgia May Jagger", "Paris Hilton"). Not in a title-case
 * headline, where every word is capitalised ("Ukraine Braces for Winter").
 */
export function isGivenNameOfName(gz: Gazetteer, text: string, toks: GazToken[], sent: Int32Array, i: number): boolean {
  // An abbreviation is no given name: "US Predator attacks" names a US drone.
  if (toks[i].shape !== 1 || afterPostOf(gz, toks, sent, i)) return false;
  let e = i + 1;
  while (
    e < toks.length &&
    e - i <= 3 &&
    sent[e] === sent[i] &&
    text.slice(toks[e - 1].end, toks[e].start) === " " &&
    surnameLike(gz, toks, e)
  )
    e++;
  // One or two name words, the last no date word ("Georgia May Jagger", not "Iran Monday said").
  if (e === i + 1 || e - i > 3 || DATE_WORDS.has(toks[e - 1].norm)) return false;
  if (e < toks.length && sent[e] === sent[i] && toks[e].shape !== 0) return false;
  // A phrase that is the name alone ("Leon Bobb" as a field's value) is no headline: a headline has other words.
  if (i === 0 || sent[i - 1] !== sent[i]) {
    let rest = e;
    while (rest < toks.length && sent[rest] === sent[i] && !/\p{L}/u.test(toks[rest].norm)) rest++;
    if (rest === toks.length || sent[rest] !== sent[i]) return true;
  }
  return !inTitleCase(gz, toks, sent, i);
}
