// Unnamed actors: "the government", "rebels", "police", "demonstrators", and a government title before a name the
// gazetteer does not know ("President Abdelaziz Bouteflicka"). News names such a group's state once, if at all, so
// the phrase takes the one state its sentence names (or, failing that, the one state the whole text names); when
// several states are named it is left out, because guessing would invent parties.

import type { Match } from "./actors.ts";
import { backedGroup, isTalks } from "./actors-backed.ts";
import { backedHeads, findBare } from "./actors-bare-find.ts";
import { isNeighbour, isRefuge, partnerState, placedState } from "./actors-bare-place.ts";
import { actsOnState } from "./actors-named-bodies.ts";
import { officeAntecedent, officeHeldElsewhere } from "./actors-office.ts";
import { ownerOf } from "./actors-possessed.ts";
import { stateBodyAntecedent } from "./actors-state-bodies-back.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

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
    // "Kazakhstan's supreme court ruled … Russia criticised the court": the body named before with its state.
    const again = back ?? (f.pending ? undefined : stateBodyAntecedent(offices, f));
    if (again) {
      f.actor = { ...f.actor, code: again };
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
