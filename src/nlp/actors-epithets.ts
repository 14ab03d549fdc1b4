// "Qatar hosted the talks. The Gulf state later condemned …": news refers back to a state it has named with a kind of
// state ("the Gulf state", "the Central Asian republic", "the landlocked country", "the former Soviet republic").
// The phrase stands for the nearest earlier state of that kind, which data/gazetteer/state-kinds.json tells from
// regions and member lists (scripts/build-state-kinds.ts). With no such state named before it, it names no one; when
// the nearest sentence naming one names two of that kind ("Qatar and Saudi Arabia held talks. The Gulf state …"),
// word order does not tell which is meant, so it names no one either: a guessed party is worse than a missed one.

import { readFileSync } from "node:fs";
import type { Match } from "./actors.ts";
import { datelineEnd, roleAfter } from "./actors-context.ts";
// A kind refers back as far as a bare office does.
import { REACH } from "./actors-office.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

interface StateKinds {
  /** Words for a state that a kind comes before ("state", "republic", "giant"). */
  nouns: Set<string>;
  /** Members of organisations by code ("NATO" → its allies), for "the NATO member". */
  members: Map<string, ReadonlySet<string>>;
  /** Terms of the members that joined or left since 1990, by organisation: [from, to), to "" while a member. */
  terms: Map<string, Map<string, [string, string]>>;
  /** A kind's words, lower case as written ("gulf", "former soviet", "oil-rich") → its states, or "*" for any. */
  kinds: Map<string, ReadonlySet<string> | "*">;
  /** Words in the longest kind. */
  longest: number;
}

let loaded: StateKinds | undefined;

function stateKinds(): StateKinds {
  if (loaded) return loaded;
  const url = new URL("../../data/gazetteer/state-kinds.json", import.meta.url);
  const raw = JSON.parse(readFileSync(url, "utf8")) as {
    nouns: string[];
    kinds: Record<string, string[] | "*">;
    members: Record<string, string[]>;
    terms: Record<string, Record<string, [string, string]>>;
  };
  const kinds = new Map<string, ReadonlySet<string> | "*">();
  let longest = 1;
  for (const [words, codes] of Object.entries(raw.kinds)) {
    kinds.set(words, codes === "*" ? "*" : new Set(codes));
    longest = Math.max(longest, words.split(/[ -]/).length);
  }
  const members = new Map(Object.entries(raw.members).map(([code, list]) => [code, new Set(list)]));
  const terms = new Map(Object.entries(raw.terms).map(([code, t]) => [code, new Map(Object.entries(t))]));
  loaded = { nouns: new Set(raw.nouns), kinds, longest, members, terms };
  return loaded;
}

/** Words that refer back: "the Gulf state", "this Balkan country" ("a Gulf state" is some other one). */
const REFERRING = new Set(["the", "this"]);

/** Plain descriptive words that may stand beside a kind ("the small Gulf state", "the mountainous Central Asian
 * republic"); a word that picks out another state ("neighbouring", "largest", "other") is none of them. */
const DESCRIBING = new Set(
  "small tiny wealthy rich poor impoverished mountainous vast huge remote strategic young isolated secretive".split(
    " ",
  ),
);

/** Longest run of words between the determiner and the noun. */
const MAX_WORDS = 5;

/** The states the words of `text` cover, one kind after another with plain descriptions between; undefined when a
 * word is neither or no kind is named. */
function kindOf(words: string[], seps: string[]): ReadonlySet<string> | "*" | undefined {
  const { kinds, longest } = stateKinds();
  let fit: ReadonlySet<string> | "*" | undefined;
  for (let k = 0; k < words.length; ) {
    let found = 0;
    for (let n = Math.min(longest, words.length - k); n >= 1 && !found; n--) {
      let key = words[k];
      for (let q = k + 1; q < k + n; q++) key += seps[q] + words[q];
      const codes = kinds.get(key);
      if (!codes) continue;
      fit = fit === undefined || fit === "*" ? codes : codes === "*" ? fit : intersect(fit, codes);
      found = n;
    }
    if (!found && !DESCRIBING.has(words[k])) return undefined;
    k += found || 1;
  }
  return fit;
}

function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  return new Set([...a].filter((c) => b.has(c)));
}

interface Epithet {
  i: number;
  j: number;
  states: ReadonlySet<string> | "*";
}

/** Whether "of" and a name follow at token `at` ("the Gulf state of Qatar"), not "of" and a verb's object ("accused
 * the Gulf state of meddling"). */
function namesAfter(toks: GazToken[], sent: Int32Array, at: number): boolean {
  return toks[at]?.norm === "of" && sent[at + 1] === sent[at] && (toks[at + 1]?.shape ?? 0) !== 0;
}

/** The epithet starting at token `k` ("the Gulf state"), or undefined. */
function epithetAt(text: string, toks: GazToken[], sent: Int32Array, covered: Uint8Array, k: number) {
  if (!REFERRING.has(toks[k].norm) || covered[k]) return undefined;
  const { nouns } = stateKinds();
  for (let n = k + 2; n <= k + 1 + MAX_WORDS && n < toks.length && sent[n] === sent[k]; n++) {
    if (covered[n - 1] || !/^[\p{L}\d]/u.test(toks[n - 1].norm)) return undefined;
    if (!nouns.has(toks[n].norm) || covered[n]) continue;
    // "the Gulf state of Qatar", "the Baltic state, Estonia,": the name itself follows.
    const next = toks[n + 1]?.norm;
    if (namesAfter(toks, sent, n + 1) || (next !== undefined && covered[n + 1]) || (next === "," && covered[n + 2]))
      return undefined;
    // "Gulf states" is plural: the tokens' words are lower case, so the surface says it.
    const words: string[] = [];
    const seps: string[] = [""];
    for (let q = k + 1; q < n; q++) {
      words.push(toks[q].norm);
      if (q > k + 1) seps.push(text.slice(toks[q - 1].end, toks[q].start) === "-" ? "-" : " ");
    }
    const states = kindOf(words, seps);
    return states ? { i: k, j: n + 1, states } : undefined;
  }
  return undefined;
}

/** The members of organisation `code` on `date` (an article's day; today's members without one): in 2015 "the NATO
 * member" is not Sweden, in 2016 "the EU member" may be Britain. */
function membersOn(code: string, date?: string): ReadonlySet<string> | undefined {
  const { members, terms } = stateKinds();
  const all = members.get(code);
  const dated = terms.get(code);
  if (!all || !dated?.size) return all;
  const day = date?.slice(0, 10);
  return new Set(
    [...all].filter((state) => {
      const term = dated.get(state);
      if (!term) return true;
      const [from, to] = term;
      return day ? from <= day && (!to || day < to) : !to;
    }),
  );
}

/** Words for one member after an organisation's name: "the NATO member", "the EU member state", "the CSTO ally". */
const ONE_MEMBER = new Set(["member", "ally", "country", "state", "nation", "partner"]);
const MEMBER_STATE = new Set(["state", "country", "nation"]);

/**
 * "The NATO member", "the EU member state": the organisation mention `m` (opening at the determiner `k` or right after
 * it) and a word for one member after it; the epithet of its members, or undefined. A name after it ("the NATO member
 * Latvia") names the member itself (actors-modifiers.ts).
 */
function memberEpithet(toks: GazToken[], sent: Int32Array, m: Match, k: number, date?: string): Epithet | undefined {
  const states = membersOn(m.actor.code, date);
  if (!states || m.kind !== "organisation" || (m.i !== k + 1 && m.i !== k) || m.j !== m.bare) return undefined;
  const n = m.j;
  if (!ONE_MEMBER.has(toks[n]?.norm ?? "") || sent[n] !== sent[k]) return undefined;
  const end =
    toks[n].norm === "member" && MEMBER_STATE.has(toks[n + 1]?.norm ?? "") && sent[n + 1] === sent[k] ? n + 2 : n + 1;
  const next = toks[end];
  if (next && sent[end] === sent[k] && (namesAfter(toks, sent, end) || next.shape !== 0)) return undefined;
  return { i: k, j: end, states };
}

/** Verbs that open a reported clause ("Tokayev said the Central Asian nation ..."). */
const SAYING = new Set(
  "said says say told tells added adds stated announced declared insisted insists claimed claims noted stressed explained argued maintained confirmed".split(
    " ",
  ),
);

/**
 * Whether the subject is a state's official or body ("Kazakh President Tokayev", "Kazakhstan's foreign minister")
 * reporting on a state of the epithet's kind that its own state is of: "Tokayev said the Central Asian republic had
 * expelled a diplomat" most often means his own country, and as often another named before, so the epithet names no
 * one. A state named as speaker ("Moscow said the former Soviet republic ...") means another state, as it would call
 * itself "it".
 */
function speaksOfOwn(toks: GazToken[], subject: Match, e: Epithet, ofKind: (code: string) => boolean): boolean {
  if ((subject.kind !== "person" && !subject.actor.role) || !ofKind(subject.actor.code)) return false;
  for (let q = subject.j; q < e.i; q++) if (SAYING.has(toks[q].norm)) return true;
  return false;
}

/**
 * The state the epithet at tokens [i, j) refers back to among `named` (sorted by position): that of the nearest
 * earlier mention of a state of its kind, unless that mention's sentence names another state of the kind. The first
 * state its own sentence names, the subject as news writes it, is another party: a sentence calls its subject "it",
 * not by its kind ("US officials threatened sanctions after the NATO ally bought the missiles": not the US).
 */
function antecedent(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  named: readonly Match[],
  e: Epithet,
  dateline: number,
): string | undefined {
  const here = sent[e.i];
  // A dateline ("NUR-SULTAN -") opens the text, not the sentence's subject.
  const subject = named.find(
    (m) => sent[m.i] === here && m.i < e.i && toks[m.i].start >= dateline && gz.states.has(m.actor.code),
  );
  const ofKind = (code: string) => gz.states.has(code) && (e.states === "*" || e.states.has(code));
  if (subject && speaksOfOwn(toks, subject, e, ofKind)) return undefined;
  const fits = (m: Match) => m !== subject && m.actor.code !== subject?.actor.code && ofKind(m.actor.code);
  let found: string | undefined;
  let at = -1;
  for (let q = named.length - 1; q >= 0; q--) {
    const m = named[q];
    if (m.i >= e.i) continue;
    const s = sent[m.i];
    if (s < 0 || s < here - REACH || (at >= 0 && s !== at)) break;
    if (!fits(m)) continue;
    if (found && found !== m.actor.code) return undefined;
    found = m.actor.code;
    at = s;
  }
  return found;
}

/**
 * Adds to `all` (mentions sorted by position) one state mention per epithet that refers back to a state of its kind
 * ("the Gulf state" → the Qatar named before), with the role a possessive gives it ("the Gulf state's army"); `date`, the
 * article's, picks the members an organisation had that day ("the NATO member" in 2015 is not Sweden).
 */
export function withEpithets(
  gz: Gazetteer,
  text: string,
  toks: GazToken[],
  sent: Int32Array,
  all: Match[],
  date?: string,
): Match[] {
  let covered: Uint8Array | undefined;
  let dateline: number | undefined;
  const added: Match[] = [];
  /** Organisation mentions an epithet of their members took over ("the NATO member"). */
  const replaced = new Set<Match>();
  let q = 0;
  for (let k = 0; k + 2 < toks.length; k++) {
    if (!REFERRING.has(toks[k].norm)) continue;
    if (!covered) {
      covered = new Uint8Array(toks.length);
      for (const m of all) covered.fill(1, m.i, m.j);
    }
    while (q < all.length && all[q].i < k) q++;
    const org = covered[k + 1] || covered[k] ? all.slice(q, q + 2).find((m) => m.i <= k + 1) : undefined;
    const e = org ? memberEpithet(toks, sent, org, k, date) : epithetAt(text, toks, sent, covered, k);
    if (!e) continue;
    const code = antecedent(gz, toks, sent, all, e, (dateline ??= datelineEnd(text)));
    if (!code) continue;
    if (org) replaced.add(org);
    const role = toks[e.j]?.norm === "'s" ? roleAfter(gz, toks, sent, e.j + 1) : undefined;
    const j = role ? role[0] : e.j;
    added.push({ i: e.i, j, bare: e.j, kind: "state", actor: role ? { code, role: role[1] } : { code } });
    k = j - 1;
  }
  if (!added.length) return all;
  return [...all.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.i - b.i);
}
