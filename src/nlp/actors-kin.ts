// Ethnic and partisan words: a demonym names a people, and a people is not always its state. "Bosnian Serbs" are
// Bosnia's (the first state word is where they live), "ethnic Albanians" and "pro-Russian separatists" are not
// Albania's or Russia's: their state is left to be found from the sentence (see actors-bare.ts).

import type { Match } from "./actors.ts";
import { backedGroup, isTalks } from "./actors-backed.ts";
import { roleAfter } from "./actors-context.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Kinds of a mention that name a state ("Russia", "Russian", "Russia's"), as a person's or a group's state word. */
export const STATE_WORDS: ReadonlySet<string> = new Set(["state", "demonym"]);

/**
 * "Bosnian Serbs", "Kosovo Albanians": a state word directly followed by a bare demonym, nothing between. Joined by a
 * hyphen, two state words are a pair before a thing ("Armenian-Azerbaijani border clashes", "the Israeli-Syrian
 * talks": both states), and kin only before a role or as a people's plural ("Bosnian-Serb forces", "Bosnian-Serbs").
 */
export function joinsKin(
  gz: Gazetteer,
  text: string,
  toks: GazToken[],
  sent: Int32Array,
  prev: Match | undefined,
  m: Match,
): boolean {
  const kin =
    !!prev &&
    STATE_WORDS.has(prev.kind) &&
    m.kind === "demonym" &&
    prev.j === m.i &&
    prev.bare === prev.j &&
    !prev.actor.role &&
    !prev.pending &&
    sent[prev.i] === sent[m.i] &&
    toks[m.i].shape !== 0;
  if (!kin || text[toks[m.i].start - 1] !== "-") return kin;
  return !!m.actor.role || (m.j === m.i + 1 && namesPeople(gz, toks, m));
}

/** Folds the people's demonym into the state word before it; the group is civilians unless a role word follows. */
export function extendKin(gz: Gazetteer, toks: GazToken[], sent: Int32Array, prev: Match, m: Match): void {
  const role = m.actor.role ? undefined : roleAfter(gz, toks, sent, m.j);
  prev.j = role ? role[0] : m.j;
  prev.bare = m.bare;
  prev.kind = "role";
  prev.actor = { ...prev.actor, role: role?.[1] ?? m.actor.role ?? "civilians" };
}

/**
 * "ethnic Albanians", "pro-Russian separatists": the state word names the people's kin or patron, not the group's
 * state. The match keeps its role (civilians by default) and waits for its sentence's state; a patron is kept.
 */
export function detachAffiliation(text: string, toks: GazToken[], m: Match): void {
  if (m.kind !== "demonym" && m.kind !== "state") return;
  const before = toks[m.i - 1];
  if (!before) return;
  const pro = before.norm === "pro" && text[before.end] === "-";
  if (!pro && before.norm !== "ethnic") return;
  const code = m.actor.code;
  m.pending = code;
  m.i -= 1;
  m.kind = "role";
  const role = m.actor.role ?? (pro ? undefined : "civilians");
  m.actor = { code: "", ...(role ? { role } : {}), ...(pro ? { patron: code } : {}) };
}

/** Words between "of" or "in" and the place a people lives in: "Albanians of southern Serbia", "of the south of". */
const PLACE_LEAD = new Set([
  "the",
  "southern",
  "northern",
  "eastern",
  "western",
  "central",
  "south",
  "north",
  "east",
  "west",
]);
const MINORITY = new Set(["minority", "minorities"]);
/** Kinds of mention that name where a people lives. */
const HOMELANDS = new Set(["state", "capital", "region"]);

/**
 * "Albanians of southern Serbia", "the Serb minority in Croatia", "ethnic Albanians in Macedonia": a people named with
 * the state it lives in is that state's (civilians unless a role word says otherwise), not its kin state's. A people's
 * plural takes "of" only: "Russians in Latvia" may as well be Russia's nationals abroad ("Americans in Iraq"); a
 * minority and an ethnic group take "in" too. The place must follow at once (after compass words) in the same sentence.
 */
export function placeResidents(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  kept: Match[],
  patrons: ReadonlyMap<number, string> = new Map(),
): void {
  for (let k = 0; k + 1 < kept.length; k++) {
    const m = kept[k];
    const ethnic = m.pending !== undefined;
    let at = m.j;
    let minority = false;
    if (!ethnic) {
      if (m.kind !== "demonym" || m.actor.role || m.j !== m.bare || m.j !== m.i + 1) continue;
      minority = MINORITY.has(toks[at]?.norm ?? "");
      if (minority) at++;
      else if (!namesPeople(gz, toks, m)) continue;
    }
    const prep = toks[at]?.norm;
    if (prep !== "of" && !(prep === "in" && (ethnic || minority))) continue;
    for (at++; at < toks.length && PLACE_LEAD.has(toks[at].norm); ) at++;
    const place = kept[k + 1];
    if (place.i !== at || sent[place.i] !== sent[m.i] || !HOMELANDS.has(place.kind) || place.actor.role) continue;
    const code = place.actor.code;
    if (!gz.states.has(code) || code === (ethnic ? m.pending : m.actor.code)) continue;
    // "Russian-backed forces in Abkhazia": a backed group is placed where it operates, as its force (actors-backed.ts);
    // a capital in a sentence of talks is where they were held ("met Russian-backed separatists in Minsk").
    const patron = patrons.get(m.i);
    if (patron && place.kind === "capital" && isTalks(toks, sent, place.i)) continue;
    if (minority) m.j++;
    m.kind = "role";
    m.pending = undefined;
    m.actor = { code, role: m.actor.role ?? "civilians" };
    if (patron) m.actor = backedGroup(m.actor, patron, { code, breakaway: place.actor.sector === "PRE" });
  }
}

/** Whether a one-word demonym is a people's plural: its singular is a name of the same entry ("Albanians", "Serbs"). */
function namesPeople(gz: Gazetteer, toks: GazToken[], m: Match): boolean {
  const word = toks[m.i].norm;
  if (m.entry === undefined || word.length < 4 || !word.endsWith("s")) return false;
  const singular = word.slice(0, -1);
  return gz.entries[m.entry].n.some((n) => n.toLowerCase() === singular);
}

/** Words after "X-" that say where a product was made: "a Russian-made helicopter" names no Russian party. */
const MADE = new Set(["made", "built", "designed", "manufactured", "produced"]);

/** "a Russian-made helicopter", "French-built jets": the state word names the maker of a thing, not a party. */
export function isMaker(text: string, toks: GazToken[], m: Match): boolean {
  if (m.kind !== "demonym" && m.kind !== "state") return false;
  const last = toks[m.bare - 1];
  const next = toks[m.bare];
  return !!next && text[last.end] === "-" && next.start === last.end + 1 && MADE.has(next.norm);
}
