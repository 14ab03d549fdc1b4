// Context rules around a gazetteer match: role words after it, titles before a person, terms of office by date,
// and the dateline that names a place, not an actor.
import { readFileSync } from "node:fs";
import type { ActorRef, Role } from "../domain/index.ts";
import { type Gazetteer, type Hit, TokenTrie, type Trie } from "./gazetteer.ts";
import { type GazToken, gazTokens } from "./gazetteer-tokens.ts";
import type { GazEntry, GazTerm } from "./gazetteer-types.ts";
import { LEAVE_VERB_FORMS } from "./places-leave-verbs.ts";

/** Words that may sit between a state word and its role word ("Russian riot police", "Georgian ruling party"). */
const MODIFIERS = new Set([
  "senior",
  "top",
  "local",
  "state",
  "riot",
  "special",
  "former",
  "new",
  "ruling",
  "regional",
  "federal",
  "national",
  "border",
  "foreign",
  "private",
  "armed",
  "official",
  "pro-government",
  "government",
  "military",
  "security",
  "traffic",
  "naval",
  "air",
  "ground",
  "main",
  "chief",
  "deputy",
  "acting",
  "interim",
  "leading",
  "largest",
  // "Saudi-led forces": the leader of a coalition stands for it.
  "led",
  // "Nicaragua's Sandinista government", "China's Communist leaders": the ruling camp's name does not change the owner.
  "communist",
  "socialist",
  "conservative",
  "liberal",
  "labour",
  "labor",
  "baathist",
  "ba'athist",
  "islamist",
  "sandinista",
  "nationalist",
  "reformist",
  "hardline",
  "hard-line",
  "moderate",
  "leftist",
  "rightist",
  "right-wing",
  "left-wing",
  "far-right",
  "far-left",
  "centrist",
  "civilian",
  "transitional",
  "provisional",
  "caretaker",
  "coalition",
  "elected",
]);

/** Longest path of `trie` starting at token i, in the same sentence; returns [end (exclusive), hits]. */
export function longest(trie: Trie, toks: GazToken[], sent: Int32Array, i: number): [number, Hit[]] | undefined {
  let node = TokenTrie.ROOT;
  let best: [number, Hit[]] | undefined;
  for (let k = i; k < toks.length && sent[k] === sent[i]; k++) {
    node = trie.stepOn(node, toks[k]);
    if (node < 0) break;
    const hits = trie.hitsAt(node);
    if (hits) best = [k + 1, hits];
  }
  return best;
}

/** Every trie path with hits starting at token i, longest first: [end (exclusive), hits]. */
export function allPaths(trie: Trie, toks: GazToken[], sent: Int32Array, i: number): [number, Hit[]][] {
  let node = TokenTrie.ROOT;
  const out: [number, Hit[]][] = [];
  for (let k = i; k < toks.length && sent[k] === sent[i]; k++) {
    node = trie.stepOn(node, toks[k]);
    if (node < 0) break;
    const hits = trie.hitsAt(node);
    if (hits) out.push([k + 1, hits]);
  }
  return out.reverse();
}

/**
 * A role phrase starting at token i, optionally after one modifier: returns [end, role]. With `sector` (after a state
 * word), the modifier may also be a trade or sector noun: "French paper workers", "Nigerian oil workers", "the Saudi
 * oil minister" are the state's people and officials, as "Russian riot police" are its police. With `code`, the state
 * the word names, a monarch's title is its government only where the state has a monarch (crowned).
 */
export function roleAfter(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  i: number,
  sector = false,
  code?: string,
): [number, Role] | undefined {
  // "… across Chad. Rebels seized …": a role word in the next sentence is not the name's.
  if (i >= toks.length || (i > 0 && sent[i] !== sent[i - 1])) return undefined;
  for (const skip of [0, 1]) {
    const at = i + skip;
    if (at >= toks.length || sent[at] !== sent[i]) return undefined;
    if (skip === 1 && !MODIFIERS.has(toks[i].norm) && !(sector && SECTORS.has(toks[i].norm))) return undefined;
    // A trade before a monarch's title makes a tycoon ("the Saudi oil king", "India's tea king"), not a sovereign.
    if (skip === 1 && !MODIFIERS.has(toks[i].norm) && MONARCHS.has(toks[at].norm)) return undefined;
    const m = longest(gz.roles, toks, sent, at);
    if (m) {
      // "Russian Foreign Minister Sergei Lavrov": a role word followed by a capitalised name is a title, not a role.
      const hit = m[1][0];
      if (hit.t !== "role") continue;
      if (code !== undefined && !crowned(gz, code) && toks.slice(at, m[0]).some((t) => MONARCHS.has(t.norm)))
        return undefined;
      return [m[0], hit.role];
    }
  }
  return undefined;
}

/** A monarch's and his heir's titles among the government words (curated/roles.json). */
const MONARCHS = new Set(["king", "queen", "monarch", "emir", "sultan", "emperor", "prince", "royal"]);
/**
 * The titles of a monarch who heads a state, as people.tsv's offices and news write them: one list for which states
 * have a monarch (here) and for what "the head of state" refers back to (actors-office.ts).
 */
export const MONARCH_TITLES = "king|queen|emir|amir|sultan|emperor|empress|grand duke";
/** Offices of people.tsv that head a state as its monarch. */
const MONARCH_OFFICE = new RegExp(`\\b(?:${MONARCH_TITLES}|sovereign prince)\\b`);
/** The states each gazetteer lists a monarch for, read once. */
const monarchies = new WeakMap<Gazetteer, Set<string>>();

/**
 * Whether the state `code` has a monarch, by the people the gazetteer lists for it: "a Tunisian emir" of a jihadist
 * group, "Nigerian emirs" (traditional rulers), "the Chinese emperor" of history and "an Indian king cobra" are no
 * government, while "the Qatari emir" and "the Dutch king" are theirs.
 */
export function crowned(gz: Gazetteer, code: string): boolean {
  let set = monarchies.get(gz);
  if (!set) {
    set = new Set<string>();
    for (const e of gz.entries)
      if (e.k === "person") for (const t of e.terms ?? []) if (t.o && MONARCH_OFFICE.test(t.o)) set.add(t.c);
    monarchies.set(gz, set);
  }
  return set.has(code);
}

/**
 * Trades and sectors named between a state word and its people or officials ("Greek dock workers", "the Iraqi oil
 * minister", "Israeli attack helicopters"): nouns only, so that a verb after the state word ("Chad unless President
 * ...", "the British sent troops") never joins it to a role word. Aid workers are left to the coder, which reads them
 * as people abroad.
 */
const SECTORS = new Set(
  (
    "oil gas steel coal paper dock port farm factory car auto textile garment mine mining rail railway transport " +
    "truck taxi bus airline aviation construction health hospital postal energy power nuclear defence defense " +
    "trade finance economy justice education agriculture fisheries fishing interior " +
    "election electoral tax immigration industry shipyard telecom tech sugar cocoa coffee rubber cotton tea " +
    "chemical pharmaceutical arms space attack cruise combat fighter cargo reconnaissance spy bank tourism " +
    "labour labor school university"
  ).split(" "),
);

/** A word before "<role> from X" that makes X a place left: a possessive, or a verb of leaving or removing. */
const LEAVES_FROM = new Set(["its", "their", "his", "her", "our", ...LEAVE_VERB_FORMS]);

/** Roles that "X in <state>" gives its state: troops in a country are usually foreign ones, so military is left out. */
const IN_ROLES = new Set<Role>(["government", "police", "judiciary", "media", "opposition", "protesters", "rebels"]);

/**
 * Diplomatic posts and their staff, as role phrases of folded tokens: "the embassy in Kabul", "the consulate in Mosul",
 * "diplomats in Beijing" belong to the state that sends them, which "in" does not name (the host state does not own
 * them). The words are the gazetteer's own (curated/roles.json `postedAbroad`), read on first use.
 */
let postedAbroad: Set<string> | undefined;
function isPostedAbroad(toks: GazToken[], s: number, end: number): boolean {
  postedAbroad ??= new Set(
    (
      JSON.parse(readFileSync(new URL("../../data/gazetteer/curated/roles.json", import.meta.url), "utf8")) as {
        postedAbroad: string[];
      }
    ).postedAbroad.map((p) =>
      gazTokens(p)
        .map((t) => t.norm)
        .join(" "),
    ),
  );
  return postedAbroad.has(
    toks
      .slice(s, end)
      .map((t) => t.norm)
      .join(" "),
  );
}

/**
 * A role phrase just before "of", "in" or "from" (and an optional "the") at token i: "the Foreign Ministry of
 * Russia", "rebels in the Ivory Coast", "police in Kenya", "dissidents from Egypt". Returns [start, role]; the phrase must begin at or after `from`
 * (tokens before it belong to an earlier mention: "Romanian refugees in Hungary" stays Romanian). With "in", only
 * `inRoles` count.
 */
export function roleBeforeOf(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  i: number,
  from = 0,
  inRoles: ReadonlySet<Role> = IN_ROLES,
): [number, Role] | undefined {
  let k = i - 1;
  if (k > 0 && toks[k].norm === "the") k--;
  const link = toks[k]?.norm;
  if (k < 1 || (link !== "of" && link !== "in" && link !== "from") || sent[k] !== sent[i]) return undefined;
  // "a terror group based in Trinidad": the group is where it is based (roles as for "in").
  const end = link === "in" && toks[k - 1].norm === "based" && sent[k - 1] === sent[i] ? k - 1 : k;
  for (let s = Math.max(from, end - 4); s < end; s++) {
    const m = longest(gz.roles, toks, sent, s);
    const hit = m?.[1][0];
    if (!m || m[0] !== end || hit?.t !== "role") continue;
    if (link === "in" && (!inRoles.has(hit.role) || isPostedAbroad(toks, s, end))) return undefined;
    // "dissidents from Egypt", "troops from Chad": where a group comes from is its state, whatever its role; but
    // "withdrew its troops from Kherson" names where the owner's group leaves, not where it comes from, and "a plea
    // for air defence from Germany" names who is asked for the weapon or force.
    const before = s > 0 && sent[s - 1] === sent[i] ? toks[s - 1].norm : "";
    if (link === "from" && (LEAVES_FROM.has(before) || before === "for")) return undefined;
    // "Kurdish rebels in Turkey": a people or faith word that makes a bare phrase with the role word joins it.
    const people =
      s > from && sent[s - 1] === sent[i] && toks[s - 1].norm !== "the"
        ? longest(gz.bare, toks, sent, s - 1)
        : undefined;
    return [people?.[0] === end ? s - 1 : s, hit.role];
  }
  return undefined;
}

/** Start of a run of titles that ends just before token i ("Armenian Prime Minister | Nikol Pashinyan"). */
export function titlesBefore(gz: Gazetteer, toks: GazToken[], sent: Int32Array, i: number): number {
  let start = i;
  // Titles stay in the person's sentence: "… met US diplomats. Trump said" is no "US diplomat Trump".
  for (let guard = 0; guard < 4 && start > 0 && sent[start - 1] === sent[i]; guard++) {
    let found = -1;
    for (let s = Math.max(0, start - 4); s < start; s++) {
      if (sent[s] !== sent[i]) continue;
      const m = longest(gz.titles, toks, sent, s);
      if (m && m[0] === start && toks[s].shape !== 0) {
        found = s;
        break;
      }
      // Lower-case role words also introduce names in news style ("foreign minister Sergei Lavrov").
      const r = longest(gz.roles, toks, sent, s);
      if (r && r[0] === start && r[1][0].t === "role" && (r[1][0] as { role: Role }).role === "government") {
        found = s;
        break;
      }
    }
    if (found < 0) break;
    start = found;
  }
  // "Acting President Tokayev", "interim Prime Minister Yunus": the holder of an office for the time being holds it.
  if (start < i && start > 0 && sent[start - 1] === sent[i] && TEMPORARY.has(toks[start - 1].norm)) start--;
  return start;
}

/** Words before a title that make its holder's tenure temporary, not his office any less his. */
const TEMPORARY = new Set(["acting", "interim", "caretaker"]);

function covers(term: GazTerm, date: string): boolean {
  return (!term.f || term.f <= date) && (!term.t || date < term.t);
}

/** The term of office a person held on `date`; without a date, the current or latest one. */
export function termAt(entry: GazEntry, date?: string): { term?: GazTerm; inOffice: boolean } {
  const terms = entry.terms ?? [];
  if (!terms.length) return { inOffice: false };
  if (date) {
    const d = date.slice(0, 10);
    const now = terms.find((t) => covers(t, d) && t.o) ?? terms.find((t) => covers(t, d));
    if (now) return { term: now, inOffice: true };
    const before = terms.filter((t) => t.t && t.t <= d).sort((a, b) => (a.t! < b.t! ? 1 : -1));
    return { term: before[0] ?? terms[0], inOffice: false };
  }
  const open = terms.find((t) => !t.t && t.o) ?? terms.find((t) => !t.t);
  if (open) return { term: open, inOffice: true };
  const latest = [...terms].sort((a, b) => ((a.t ?? "") < (b.t ?? "") ? 1 : -1))[0];
  return { term: latest, inOffice: false };
}

const NO_TERM: { term?: GazTerm; inOffice: boolean } = { inOffice: false };

/** The actor an entry stands for on `date`. A person out of office keeps the state but loses the role. */
export function actorOf(entry: GazEntry, date?: string): ActorRef {
  if (entry.k === "person") {
    const { term, inOffice } = termAt(entry, date);
    const ref: ActorRef = { code: term?.c ?? entry.c, person: entry.person ?? entry.n[0] };
    if (inOffice && term?.r) ref.role = term.r;
    // A breakaway leader speaks for the region while in office; out of it he is his parent state's citizen.
    if (inOffice && term?.s) ref.sector = term.s;
    if (inOffice && term?.p) ref.patron = term.p;
    return ref;
  }
  // A group with dated codes ("SPLA": Sudanese rebels until 2011, South Sudan's army since) takes the code and role of
  // the date; out of its terms it keeps its latest code and its own role.
  const { term, inOffice } = entry.terms ? termAt(entry, date) : NO_TERM;
  const ref: ActorRef = { code: term?.c ?? entry.c };
  const role = inOffice ? (term?.r ?? entry.r) : entry.r;
  if (role) ref.role = role;
  if (entry.s) ref.sector = entry.s;
  if (entry.p) ref.patron = entry.p;
  if (entry.m) ref.members = entry.m;
  return ref;
}

const DATELINE =
  /^\s*(?:[A-Z][\p{L}'’.-]*(?:[ -][A-Z][\p{L}'’.-]*){0,3})(?:,\s*[A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)?)?\s*(?:,\s*[^\n—–]{0,40}?)?(?:\([^)\n]{1,40}\)\s*)?(?:—|–|--|\s-\s)/u;

/** End offset of a leading dateline ("Berlin, August 1, 2025 —", "MOSCOW (Reuters) -"), or 0. */
export function datelineEnd(text: string): number {
  const m = DATELINE.exec(text.slice(0, 160));
  return m ? m[0].length : 0;
}
