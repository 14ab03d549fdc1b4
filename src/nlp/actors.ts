// Actor mentions in article text: one pass over the tokens with the gazetteer trie (longest match wins), then the
// context rules of actors-mentions.ts turn the raw matches into mentions.
import type { ActorMention, ActorRef, Role, Sentence } from "../domain/index.ts";
import { bestPerson, choose, cutsPerson, fits, type NameHit } from "./actors-choose.ts";
import { withoutClaimants } from "./actors-claimed.ts";
import { actorOf, allPaths, roleAfter, roleBeforeOf, termAt, titlesBefore } from "./actors-context.ts";
import { narrowCountedGroups } from "./actors-counted-groups.ts";
import { namesDocument } from "./actors-documents.ts";
import { elidedState } from "./actors-elided.ts";
import { inOtherName } from "./actors-features.ts";
import { capitalContinues } from "./actors-headline.ts";
import { STATE_WORDS } from "./actors-kin.ts";
import { toMentions } from "./actors-mentions.ts";
import {
  isGivenNameOfName,
  isOtherPersonsSurname,
  isSurnameOfName,
  personByEnds,
  personByPair,
} from "./actors-names.ts";
import { isNationalityOfName } from "./actors-nationality.ts";
import { withStateOfPerson } from "./actors-of-state.ts";
import { isSaintsInstitution } from "./actors-saints.ts";
import { withLaterSurnames } from "./actors-surnames.ts";
import { isTradesmansSurname } from "./actors-trades.ts";
import { nonWestern, opensWestName } from "./actors-west.ts";
import { type Gazetteer, gazetteer, TokenTrie } from "./gazetteer.ts";
import { type GazToken, gazTokens } from "./gazetteer-tokens.ts";

export interface FindActorOptions {
  /** Article date (ISO); people are resolved by their term of office on it. */
  date?: string;
  /** Place named in the dateline; it never becomes a mention there. */
  datelinePlace?: string;
  /** Whether the text may open with a dateline (default true; false for single noun phrases). */
  dateline?: boolean;
  /** A gazetteer other than the shipped one (tests). */
  gazetteer?: Gazetteer;
}

export interface Match {
  i: number;
  j: number;
  /** End of the name itself, before any role words. */
  bare: number;
  kind: ActorMention["kind"];
  actor: ActorRef;
  entry?: number;
  /** Set when the state is still to be found from the sentence; the code it must not be ("ethnic Albanians"). */
  pending?: string;
  /** Tokens [start, end) of a place name the mention stands on ("militias in Tripoli"), for shared place names. */
  place?: [number, number];
  /** A person matched by surname alone ("King Hussein"). */
  bySurname?: boolean;
  /** A possessive pronoun before a bare role phrase ("said its troops"): the phrase belongs to an earlier mention. */
  owner?: "its" | "their";
  /** A party or newspaper named by its noun (actors-named-bodies.ts). */
  body?: true;
  /** An unlisted person named after a title ("Deputy Foreign Minister Elnur Mammadov"): a bare phrase of one person. */
  titled?: true;
}

/** Sentence index of each token (-1 outside every sentence); without sentences, one sentence per text. */
function sentenceOf(toks: GazToken[], sentences: Sentence[]): Int32Array {
  const out = new Int32Array(toks.length);
  if (!sentences.length) return out;
  let s = 0;
  for (let k = 0; k < toks.length; k++) {
    while (s < sentences.length && sentences[s].end <= toks[k].start) s++;
    out[k] = s < sentences.length && sentences[s].start <= toks[k].start ? sentences[s].index : -1 - s;
  }
  return out;
}

/** Finds every actor mention in `text`; offsets index `text`, `sentence` indexes `sentences`. */
export function findActorMentions(text: string, sentences: Sentence[], opts: FindActorOptions = {}): ActorMention[] {
  const gz = opts.gazetteer ?? gazetteer();
  const toks = gazTokens(text);
  const sent = sentenceOf(toks, sentences);
  const seen = new Set<number>();
  const matches: Match[] = [];
  /** States whose cities the text names only as places ("in Guayaquil"): they still say which state the text is about. */
  const places = new Set<string>();
  /** Adds the best-ranked of the people named at tokens [i, j) and returns j. */
  const pushPerson = (i: number, [j, people]: [number, number[]]): number => {
    const entry = bestPerson(gz, people, opts.date);
    seen.add(entry);
    matches.push({ i, j, bare: j, kind: "person", actor: actorOf(gz.entries[entry], opts.date), entry });
    return j;
  };
  for (let i = 0; i < toks.length; ) {
    // Most tokens start no listed name: one trie step tells, with nothing allocated. Only a capitalised word may still
    // start a person named with other middle names than listed.
    const startsName = gz.names.stepOn(TokenTrie.ROOT, toks[i]) >= 0;
    if (!startsName && toks[i].shape !== 1) {
      i++;
      continue;
    }
    // Longest match wins, but a longer name whose case does not fit ("White House official") yields to a shorter.
    let found: [number, NameHit] | undefined;
    // A city's role word after it ("Kyiv authorities"), read once for the check below and the match it makes.
    let cityRole: [number, Role] | undefined;
    // Titles before the name matter only once a name matches here; most tokens start none, so look back lazily.
    let titledAt: boolean | undefined;
    // "North | and South Korea": the compass word names a state of its own.
    const elided = toks[i + 1]?.norm === "and" ? elidedState(gz, toks, sent, i, opts.date) : undefined;
    if (elided) {
      matches.push(elided);
      i++;
      continue;
    }
    const byEnds = personByEnds(gz, toks, sent, i);
    if (byEnds) {
      i = pushPerson(i, byEnds);
      continue;
    }
    for (const [j, all] of startsName ? allPaths(gz.names, toks, sent, i) : []) {
      const hits = all.filter(
        (h) =>
          h.t !== "role" &&
          h.t !== "title" &&
          fits(h.caps, toks, i) &&
          !(
            h.t === "surname" &&
            h.alone &&
            (isOtherPersonsSurname(gz, text, toks, sent, i, h.entry) ||
              isTradesmansSurname(gz, toks, sent, i, h.entry, opts.date))
          ),
      );
      if (!hits.length) continue;
      const nextCapital =
        j < toks.length &&
        sent[j] === sent[i] &&
        toks[j].shape !== 0 &&
        toks[j].norm !== "'s" &&
        capitalContinues(gz, toks, sent, j);
      titledAt ??= titlesBefore(gz, toks, sent, i) < i;
      const hit = choose(gz, hits, {
        date: opts.date,
        seen,
        titled: titledAt,
        title: titledAt ? toks[i - 1]?.norm : undefined,
        nextCapital,
        stateBefore: stateWordBefore(toks, sent, matches.at(-1), i),
      });
      // "Foreign Minister Abdullah | Gul": a listed name that would cut a longer person's name starting at its last word
      // yields to it (the title run is read again before the longer name).
      if (hit && nextCapital && cutsPerson(gz, toks, sent, hit, i, j)) continue;
      // A city is a place; only "Shanghai police", "Kyiv authorities" or "the government of Sindh" make it an actor.
      if (hit?.t === "city") {
        cityRole = roleAfter(gz, toks, sent, j);
        if (!cityRole && !cityRoleBefore(gz, toks, sent, i, matches)) {
          places.add(hit.code);
          continue;
        }
      }
      if (hit) {
        found = [j, hit];
        break;
      }
    }
    if (!found) {
      const pair = personByPair(gz, toks, sent, i);
      if (pair) {
        i = pushPerson(i, pair);
        continue;
      }
      i++;
      continue;
    }
    const [j, hit] = found;
    const named = hit.t === "entry" ? gz.entries[hit.entry].k : hit.t;
    const place = isPlace(gz, hit);
    const placeOrState = place || named === "state";
    if (
      (placeOrState && namesDocument(toks, sent, i, j, place)) ||
      inOtherName(named, text, toks, sent, i, j) ||
      (hit.t === "entry" &&
        gz.entries[hit.entry].c === "WEST" &&
        (opensWestName(gz, text, toks, sent, j) || nonWestern(text, toks, i))) ||
      (placeOrState && isSaintsInstitution(gz, toks, sent, i, j)) ||
      (placeOrState && namesCurrency(text, toks[j - 1].end)) ||
      (named === "state" && isNationalityOfName(gz, text, toks, sent, i, matches.at(-1)?.j ?? 0)) ||
      (placeOrState &&
        j === i + 1 &&
        (isSurnameOfName(gz, text, toks, sent, i) || isGivenNameOfName(gz, text, toks, sent, i)))
    ) {
      i = j;
      continue;
    }
    if (hit.t === "city") {
      const before = cityRole ? undefined : cityRoleBefore(gz, toks, sent, i, matches);
      if (before) {
        matches.push({
          i: before[0],
          j,
          bare: j,
          kind: "role",
          actor: { code: hit.code, role: before[1] },
          place: [i, j],
        });
        i = j;
        continue;
      }
      const role = cityRole!;
      matches.push({ i, j: role[0], bare: j, kind: "role", actor: { code: hit.code, role: role[1] }, place: [i, j] });
      i = role[0];
      continue;
    }
    const entry = gz.entries[hit.entry];
    // A company out of its terms of state control (a bank before its nationalisation) names no state's actor; its
    // name is still read whole, so that no shorter name inside it matches.
    if (entry.k === "block" || (entry.k === "company" && entry.terms && !termAt(entry, opts.date).inOffice)) {
      i = j;
      continue;
    }
    const kind = hit.t === "surname" ? "person" : entry.k;
    if (kind === "person") seen.add(hit.entry);
    const match: Match = { i, j, bare: j, kind, actor: actorOf(entry, opts.date), entry: hit.entry };
    if (hit.t === "surname") match.bySurname = true;
    matches.push(match);
    i = j;
  }
  return narrowCountedGroups(
    text,
    withStateOfPerson(
      text,
      withLaterSurnames(
        gz,
        text,
        toks,
        sent,
        toMentions(gz, text, toks, sent, withoutClaimants(toks, sent, matches), opts, places),
      ),
    ),
  );
}

/**
 * The state of a state word right before token i ("Saudi | King Abdullah", "Jordan's | King Abdullah"), which says
 * whose is a titled name that two states' people share.
 */
function stateWordBefore(toks: GazToken[], sent: Int32Array, prev: Match | undefined, i: number): string | undefined {
  if (!prev || !STATE_WORDS.has(prev.kind) || prev.actor.role || sent[prev.i] !== sent[i]) return undefined;
  return prev.j === i || (prev.j === i - 1 && toks[prev.j]?.norm === "'s") ? prev.actor.code : undefined;
}

/** Whether a name ending at `end` marks a currency ("US$28.5 million", "HK$40 million"; "gave Fiji $3 million" has a space): money, no party. */
function namesCurrency(text: string, end: number): boolean {
  return text[end] === "$";
}

/** Whether a hit names a city, capital or seat of power (else a state, people or organisation). */
function isPlace(gz: Gazetteer, hit: NameHit): boolean {
  if (hit.t === "city") return true;
  const k = hit.t === "entry" ? gz.entries[hit.entry].k : undefined;
  return k === "capital" || k === "seat";
}

/**
 * "the government of Sindh", "a missionary from Calgary": a role phrase and "of" or "from" before a city (where a
 * group comes from is its state), not inside an earlier match. With "in", only the city's own services ("police in
 * Lagos", "a court in Calgary"): rebels or officials in a city are as often foreign ones or a region's; a city several
 * states share ("police in Tripoli") is settled by its sentence (actors-homonyms).
 */
function cityRoleBefore(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  i: number,
  matches: Match[],
): [number, Role] | undefined {
  const before = roleBeforeOf(gz, toks, sent, i, matches.at(-1)?.j ?? 0, CITY_IN_ROLES);
  return before?.[1] === "judiciary" && seatsWorldCourts(toks, i) ? undefined : before;
}

/**
 * Cities that seat international courts and tribunals (The Hague: ICJ, ICC, the Yugoslavia tribunal; Arusha: the
 * Rwanda tribunal and the African Court): "the tribunal in The Hague" is no Dutch court.
 */
const WORLD_COURT_SEATS = ["the hague", "hague", "arusha"];
function seatsWorldCourts(toks: GazToken[], i: number): boolean {
  const one = toks[i]?.norm ?? "";
  return WORLD_COURT_SEATS.includes(one) || WORLD_COURT_SEATS.includes(`${one} ${toks[i + 1]?.norm ?? ""}`);
}

/** Roles a city gives its state through "in": its police and courts are the state's. */
const CITY_IN_ROLES = new Set<Role>(["police", "judiciary"]);
