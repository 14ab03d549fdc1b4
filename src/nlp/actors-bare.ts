// Unnamed actors: "the government", "rebels", "police", "demonstrators", and a government title before a name the
// gazetteer does not know ("President Abdelaziz Bouteflicka"). News names such a group's state once, if at all, so
// the phrase takes the one state its sentence names (or, failing that, the one state the whole text names); when
// several states are named it is left out, because guessing would invent parties.

import type { Role } from "../domain/index.ts";
import type { Match } from "./actors.ts";
import { backedGroup, isTalks } from "./actors-backed.ts";
import { isNeighbour, isRefuge, partnerState, placedState } from "./actors-bare-place.ts";
import { longest, roleAfter } from "./actors-context.ts";
import { isCrowd } from "./actors-crowd.ts";
import { BACKING } from "./actors-modifiers.ts";
import { actsOnState, namedBody } from "./actors-named-bodies.ts";
import { DATE_WORDS, NAME_PARTICLES } from "./actors-names.ts";
import { officeAntecedent, officeHeldElsewhere } from "./actors-office.ts";
import { ownerOf, possessed } from "./actors-possessed.ts";
import { PRIVATE_ROLES, STATE_ROLES } from "./actors-trades.ts";
import { type Gazetteer, TokenTrie } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";
import { type VocabWord, wordSet } from "./gazetteer-trie.ts";

/** Titles that, before a name the gazetteer does not list, most often name a monarch's spouse. */
const CONSORT_TITLES = new Set(["queen", "empress"]);

/** Longest unknown name a title may introduce. */
const MAX_NAME = 5;

/** Extends a title at [k, end) over the capitalised name after it; returns the new end (end when there is none). */
function nameAfter(toks: GazToken[], sent: Int32Array, covered: Uint8Array, k: number, end: number): number {
  let q = end;
  while (
    q < toks.length &&
    q - end < MAX_NAME &&
    sent[q] === sent[k] &&
    !covered[q] &&
    (toks[q].shape !== 0 || NAME_PARTICLES.has(toks[q].norm))
  )
    q++;
  while (q > end && toks[q - 1].shape === 0) q--; // a name ends on a capitalised word
  return q;
}

/**
 * "President Abdelaziz Bouteflicka", "General Jean Mbeki": a capitalised title and the unknown name after it.
 * Returns [end, role], or undefined. The title's role is its own ("General") or that of the same words as a role
 * phrase ("President", "Defence Minister").
 */
function titledName(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  covered: Uint8Array,
  k: number,
): [number, Role] | undefined {
  if (toks[k].shape === 0 || gz.titles.stepOn(TokenTrie.ROOT, toks[k]) < 0) return undefined;
  const title = longest(gz.titles, toks, sent, k);
  if (!title) return undefined;
  // A queen or an empress the gazetteer does not list is a king's or an emperor's wife far more often than a
  // reigning monarch (people.tsv lists those): no office of a government, and no state to guess from her sentence.
  if (title[0] === k + 1 && CONSORT_TITLES.has(toks[k].norm)) return undefined;
  const own = title[1].find((h) => h.t === "title" && h.role);
  let role = own?.t === "title" ? own.role : undefined;
  if (!role) {
    const phrase = longest(gz.roles, toks, sent, k);
    const hit = phrase?.[1][0];
    if (phrase?.[0] === title[0] && hit?.t === "role") role = hit.role;
  }
  // Only a state organ's title gives a role; "Mr" and "Dr" give none.
  if (!role || !STATE_ROLES.has(role)) return undefined;
  const end = nameAfter(toks, sent, covered, k, title[0]);
  return end > title[0] ? [end, role] : undefined;
}

/** Words that stand for the state the text is about after "the" ("the country's army"). */
const STATE_NOUNS = new Set(["country", "nation", "kingdom", "republic", "emirate"]);

/** "the country's army", "the nation's president": [end, role] of a role phrase owned by the state in view. */
function countrysRole(gz: Gazetteer, toks: GazToken[], sent: Int32Array, k: number): [number, Role] | undefined {
  if (toks[k].norm !== "the" || k + 3 >= toks.length || toks[k + 2].norm !== "'s") return undefined;
  if (!STATE_NOUNS.has(toks[k + 1].norm) || sent[k + 3] !== sent[k]) return undefined;
  const m = longest(gz.roles, toks, sent, k + 3);
  const hit = m?.[1][0];
  return m && hit?.t === "role" ? [m[0], hit.role] : undefined;
}

/** Longest backer's name before "-backed" ("the Kremlin-backed", "the Saudi-led coalition's"), in words. */
const MAX_BACKER = 4;

/**
 * "The US-backed government", "the Kremlin-backed authorities": "the", a backer's name hyphenated to a backing
 * participle, and a government role phrase. The backer only describes (actors-modifiers drops it); the phrase is the
 * government of the state in view, like "the government". Returns [start, end] of the role phrase, or undefined.
 * Armed heads ("the Iran-backed militias") are left to the modifier rule, which keeps their patron.
 */
function backedGovernment(gz: Gazetteer, text: string, toks: GazToken[], sent: Int32Array, k: number) {
  if (toks[k].norm !== "the") return undefined;
  for (let q = k + 2; q <= k + 1 + MAX_BACKER && q + 1 < toks.length && sent[q + 1] === sent[k]; q++) {
    if (toks[q - 1].shape === 0) return undefined; // the backer is a name: capitalised words only
    if (!BACKING.has(toks[q].norm) || text.slice(toks[q - 1].end, toks[q].start) !== "-") continue;
    const phrase = roleAfter(gz, toks, sent, q + 1);
    return phrase?.[1] === "government" ? ([q + 1, phrase[0]] as const) : undefined;
  }
  return undefined;
}

/** Bare role phrases not inside another mention, with their role and no code yet. */
const bareStartCache = new WeakMap<Gazetteer, (word: VocabWord) => boolean>();

function findBare(gz: Gazetteer, text: string, toks: GazToken[], sent: Int32Array, covered: Uint8Array): Match[] {
  let startsBare = bareStartCache.get(gz);
  if (!startsBare) bareStartCache.set(gz, (startsBare = wordSet(gz.bare, gz.bareStarts)));
  const found: Match[] = [];
  for (let k = 0; k < toks.length; k++) {
    const owned = covered[k] ? undefined : possessed(gz, toks, sent, covered, k);
    if (owned) {
      found.push(owned);
      k = owned.j - 1;
      continue;
    }
    const body = covered[k] ? undefined : namedBody(toks, sent, covered, k);
    if (body) {
      found.push({ i: k, j: body[0], bare: body[0], kind: "role", actor: { code: "", role: body[1] }, body: true });
      k = body[0] - 1;
      continue;
    }
    const backed = covered[k] ? undefined : backedGovernment(gz, text, toks, sent, k);
    if (backed && !covered.subarray(backed[0], backed[1]).includes(1)) {
      const [i, j] = backed;
      found.push({ i, j, bare: j, kind: "role", actor: { code: "", role: "government" } });
      k = j - 1;
      continue;
    }
    if (covered[k] || !startsBare(toks[k])) continue;
    const named = titledName(gz, toks, sent, covered, k);
    if (named) {
      found.push({
        i: k,
        j: named[0],
        bare: named[0],
        kind: "role",
        actor: { code: "", role: named[1] },
        titled: true,
      });
      k = named[0] - 1;
      continue;
    }
    const own = countrysRole(gz, toks, sent, k);
    if (own) {
      found.push({ i: k, j: own[0], bare: own[0], kind: "role", actor: { code: "", role: own[1] } });
      k = own[0] - 1;
      continue;
    }
    // Most words start no bare phrase: one trie step tells.
    if (gz.bare.stepOn(TokenTrie.ROOT, toks[k]) < 0) continue;
    const m = longest(gz.bare, toks, sent, k);
    const hit = m?.[1][0];
    if (!m || hit?.t !== "role") continue;
    const end = m[0];
    if (covered.subarray(k, end).includes(1)) continue;
    // "government-held", "rebel-controlled": a compound modifier names no actor.
    if (text[toks[end - 1].end] === "-") continue;
    if (!isCrowd(toks, sent, k, end)) continue;
    // "the opposition newspaper La Prensa", "the opposition Umma party": the role phrase modifies the named body.
    const modified = namedBody(toks, sent, covered, end);
    if (modified) {
      const role = modified[1];
      found.push({ i: k, j: modified[0], bare: modified[0], kind: "role", actor: { code: "", role }, body: true });
      k = modified[0] - 1;
      continue;
    }
    // "U.N. officials", "Russia's army", "Red Cross workers": the name before the phrase owns it (or refused it).
    const prev = k - 1;
    if (prev >= 0 && sent[prev] === sent[k] && (covered[prev] || toks[prev].norm === "'s")) {
      k = end - 1;
      continue;
    }
    // "Opposition leader Ahmet Demir", "Journalist Aliyev": an unlisted private person named after the phrase; like a
    // titled one, they take a state only from state words, not from the people named beside them.
    const name =
      PRIVATE_ROLES.has(hit.role) && !DATE_WORDS.has(toks[end]?.norm ?? "")
        ? nameAfter(toks, sent, covered, k, end)
        : end;
    found.push({
      i: k,
      j: name,
      bare: name,
      kind: "role",
      actor: { code: "", role: hit.role },
      ...(name > end ? { titled: true as const } : {}),
    });
    k = name - 1;
  }
  return found;
}

/**
 * "Moscow-backed troops", "Kremlin-backed forces": the armed head after a capital's or seat's backing participle is a
 * role word that names no one alone ("troops", "forces"), so no bare phrase finds it; the backer marked it (its
 * patron, actors-modifiers.ts), and it is the backed group.
 */
function backedHeads(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  covered: Uint8Array,
  found: readonly Match[],
  patrons: ReadonlyMap<number, string>,
): Match[] {
  const out: Match[] = [];
  for (const k of patrons.keys()) {
    if (covered[k] || found.some((f) => f.i <= k && k < f.j)) continue;
    const role = roleAfter(gz, toks, sent, k);
    if (!role || covered.subarray(k, role[0]).includes(1)) continue;
    out.push({ i: k, j: role[0], bare: role[0], kind: "role", actor: { code: "", role: role[1] } });
  }
  return out;
}

/**
 * "Defence Minister Ali Nasser met his Iraqi counterpart": the state of someone's counterpart is the other side's, so
 * it says nothing of whose the unnamed officials around it are.
 */
function isCounterpart(toks: GazToken[], m: Match): boolean {
  const next = toks[m.j]?.norm;
  return m.j === m.bare && (next === "counterpart" || next === "counterparts");
}

/** A state's outposts abroad: "the Russian consulate", "the US embassy in Kyiv". */
const OUTPOSTS = new Set(["embassy", "embassies", "consulate", "consulates"]);

/** Whether the mention `m` names a state's embassy or consulate, in its words or the word right after it. */
function isOutpost(toks: GazToken[], m: Match): boolean {
  for (let k = m.bare; k <= m.j && k < toks.length; k++) if (OUTPOSTS.has(toks[k].norm)) return true;
  return false;
}

/** Words before a state named as the place something happens ("in Nigeria", "near Ankara"). */
const LOCATING = new Set(["in", "near", "inside", "outside", "across", "throughout"]);
/** A compass word between "in" and a state's name ("in northern Nigeria", "across southeastern Turkey"). */
const COMPASS = /^(?:(?:north|south)(?:-?(?:east|west))?ern|(?:east|west)ern|central)$/;

/** Adds the bare role mentions of the text to `kept` (sorted by position), each coded to its sentence's state, or a
 * possessed one ("its troops") to its owner's, or a bare office ("the president") to the state whose office an
 * earlier mention names (people by their term on `date`); no bare phrase starts inside an `unowned` span. */
export function withBareMentions(
  gz: Gazetteer,
  text: string,
  toks: GazToken[],
  sent: Int32Array,
  kept: Match[],
  unowned: readonly [number, number][] = [],
  date?: string,
  patrons: ReadonlyMap<number, string> = new Map(),
): Match[] {
  const covered = new Uint8Array(toks.length);
  for (const m of kept) covered.fill(1, m.i, m.j);
  for (const [i, j] of unowned) covered.fill(1, i, j);
  const found = findBare(gz, text, toks, sent, covered);
  found.push(...backedHeads(gz, toks, sent, covered, found, patrons));
  const named = kept.filter((m) => m.pending === undefined);
  if (named.length < kept.length) found.push(...kept.filter((m) => m.pending !== undefined));
  if (!found.length) return kept;
  const bySentence = new Map<number, Set<string>>();
  const all = new Set<string>();
  // The same without the states of people: "Deputy Foreign Minister Elnur Mammadov met Mikhail Galuzin" names two
  // people, and one's state says nothing of the other's; a titled unlisted person takes a state only from a state
  // word, a seat or a body.
  const bySentenceNoPeople = new Map<number, Set<string>>();
  // "Gunmen kidnapped two Japanese engineers in Nigeria": an unnamed armed group is of the state where it acts
  // (CAMEO's rule for unidentified groups), not of its victims', so a state named as the place of the act wins.
  const located = new Map<number, Set<string>>();
  // The same, for places named by a state's own name ("in eastern Ukraine"), not a city where talks are held.
  const locatedStates = new Map<number, Set<string>>();
  const addTo = (map: Map<number, Set<string>>, s: number, code: string) => {
    let set = map.get(s);
    if (!set) map.set(s, (set = new Set()));
    set.add(code);
  };
  // A backed group is placed by where it operates, never by a capital where talks with it are held ("met
  // Russian-backed separatists in Minsk"); and one placed in a breakaway region is that region's force (sector PRE).
  const locatedAreas = new Map<number, Set<string>>();
  const breakaway = new Map<number, Set<string>>();
  let placeEnd = -1; // end of the last state named as a place: "in Kyrgyzstan and Tajikistan" places both
  // "Protesters gathered outside the Russian consulate in Lviv": a state's embassy or consulate stands in another
  // state, so unnamed groups at it are not its own; they are of the place it stands in.
  const outposts = new Map<number, Set<string>>();
  for (const m of named) {
    if (!gz.states.has(m.actor.code) || isNeighbour(toks, m) || isRefuge(toks, m.i) || isCounterpart(toks, m)) continue;
    if (isOutpost(toks, m)) {
      addTo(outposts, sent[m.i], m.actor.code);
      continue;
    }
    addTo(bySentence, sent[m.i], m.actor.code);
    if (m.kind !== "person") addTo(bySentenceNoPeople, sent[m.i], m.actor.code);
    const before = m.i > 0 ? toks[m.i - 1].norm : "";
    const at = COMPASS.test(before) && m.i > 1 ? toks[m.i - 2].norm : before; // "in northern Nigeria"
    if (LOCATING.has(at) || (placeEnd === m.i - 1 && /^(?:and|or|,)$/.test(before))) {
      addTo(located, sent[m.i], m.actor.code);
      if (m.kind === "state") addTo(locatedStates, sent[m.i], m.actor.code);
      if (m.kind !== "capital") addTo(locatedAreas, sent[m.i], m.actor.code);
      if (m.actor.sector === "PRE") addTo(breakaway, sent[m.i], m.actor.code);
      placeEnd = m.j;
    }
    all.add(m.actor.code);
  }
  // Kept in text order as mentions are added: ownerOf walks back from a possessive and must not meet a mention
  // that comes after it ("In Chad, protesters said its troops had fired, NATO said": Chad's troops, not NATO's).
  const out = named;
  const add = (m: Match) => {
    let k = out.length;
    while (k > 0 && out[k - 1].i > m.i) k--;
    out.splice(k, 0, m);
  };
  /** The states a bare phrase's sentence names; for a titled person, those of its state words, seats and bodies, or
   * when only people are named there, the text's other states than theirs. */
  const statesAround = (f: Match): Set<string> | undefined => {
    const here = bySentence.get(sent[f.i]);
    if (!f.titled || !here) return here;
    return bySentenceNoPeople.get(sent[f.i]) ?? new Set([...all].filter((c) => !here.has(c)));
  };
  /** The state a backed group at token i operates in, and whether there it is a breakaway region's force. In a
   * sentence of talks a capital or city is where they are held, so only a state's or region's name places it. */
  const backedPlace = (i: number, patron: string): { code?: string; breakaway: boolean } => {
    const s = sent[i] as number;
    const talks = isTalks(toks, sent, i);
    const found = (talks ? locatedAreas : located).get(s);
    const here = new Set(found ?? (talks ? [] : [placedState(text, toks, sent, i) ?? ""]));
    here.delete("");
    here.delete(patron);
    const code = here.size === 1 ? ([...here][0] as string) : undefined;
    return { code, breakaway: !!code && !!breakaway.get(s)?.has(code) };
  };
  const placedBySentence = new Map<number, string | undefined>();
  const offices = { gz, toks, sent, named: out, date };
  for (const f of found) {
    if (f.owner) {
      // A possessed phrase with no owner in view ("our employees and their families") is no one's.
      const owner = ownerOf(toks, sent, out, f);
      if (owner) add({ ...f, actor: { ...f.actor, code: owner.actor.code } });
      continue;
    }
    // "President Tokayev met Putin. The president later said…": the office refers back to its holder's state.
    const back = f.actor.role === "government" && !f.pending ? officeAntecedent(offices, f) : undefined;
    if (back === null) continue; // someone else's office: a company's or a university's president
    if (back) {
      f.actor = { ...f.actor, code: back };
      add(f);
      continue;
    }
    // "Sudan and the rebels signed a ceasefire in Nairobi": a group paired with a state is of that state's conflict
    // unless the sentence places the act in another state by name ("Russia and rebels in eastern Ukraine").
    // "Iran-backed militias attacked US troops": a backed group is of the state it fights in, which only a place
    // named in its sentence tells, never the patron or the other party of its act.
    const patron = patrons.get(f.i);
    if (patron) {
      add({ ...f, actor: backedGroup(f.actor, patron, backedPlace(f.i, patron)) });
      continue;
    }
    const partner =
      f.actor.role === "rebels" && !locatedStates.has(sent[f.i])
        ? partnerState(toks, sent, out, (c) => gz.states.has(c), f.i, f.j)
        : undefined;
    const here = f.actor.role === "rebels" ? located.get(sent[f.i]) : undefined;
    let states = new Set(partner ? [partner] : here?.size === 1 ? here : (statesAround(f) ?? all));
    if (f.pending) states.delete(f.pending); // "ethnic Albanians in Serbia": not Albania's
    const s = sent[f.i]!;
    const abroad = outposts.get(s);
    if (abroad) {
      // "Police guarded the Russian embassy": the outpost stands in a state its sentence names or places, not in one
      // the rest of the text happens to name.
      states = new Set([...states].filter((c) => bySentence.get(s)?.has(c)));
      if (states.size !== 1) {
        const placed = placedState(text, toks, sent, f.i);
        if (placed && !abroad.has(placed)) states = new Set([placed]);
      }
    }
    if (states.size !== 1 && f.actor.role === "rebels" && !bySentence.has(s)) {
      // A sentence naming no state: an unnamed armed group is of the state it places the group in ("in Dagestan":
      // Russia), as where a state is named as the place; other roles ("police", "authorities") are left as they were.
      if (!placedBySentence.has(s)) placedBySentence.set(s, placedState(text, toks, sent, f.i));
      const placed = placedBySentence.get(s);
      if (placed) states = new Set([placed]);
    }
    if (states.size !== 1) continue;
    const code = [...states][0];
    // An opposition acts on its own state through "the government"; the one state named bare as the object of its verb
    // ("The Muslim Brotherhood condemned Israel", "the opposition praised Turkey") is most often a foreign one, as for
    // a party or a paper, so it gives the opposition no state.
    if ((f.body || f.actor.role === "opposition") && actsOnState(toks, sent, out, f.j, code)) continue;
    if (f.actor.role === "government" && officeHeldElsewhere(offices, f, code)) continue;
    f.actor = { ...f.actor, code };
    add(f);
  }
  return out;
}
