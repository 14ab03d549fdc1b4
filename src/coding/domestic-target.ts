// Force inside one state: "the army attacked rebel positions", "rebels kidnapped a local mayor". The people hit are
// named only by a common noun, and which side of the state they stand on follows from who strikes them.
import type { ActorMention, PlaceMention, Role } from "../domain/index.ts";
import { isPopular, isStateOrgan } from "./actor-roles.ts";
import { isParticiple } from "./mistagged-verbs.ts";
import { MODIFIER_POS } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";
import { mentionWords } from "./sentence-words.ts";

// Armed opponents a state's forces fight at home, or abroad: only a place in the state keeps them at home.
const ARMED = new Set(["rebels"]);
/** A lemma → role table from the nouns of each role: one singular per noun, since units carry their lemma. */
function byLemma(nouns: Partial<Record<Role, string[]>>): Map<string, Role> {
  return new Map(Object.entries(nouns).flatMap(([role, words]) => words.map((w): [string, Role] => [w, role as Role])));
}
// Groups a state's organs strike at home: its armed opponents, its protesters, its press.
const AGAINST_ORGANS = byLemma({
  rebels: ["rebel", "guerrilla", "guerilla", "insurgent", "separatist"],
  protesters: ["protester", "demonstrator", "striker", "rioter"],
  opposition: ["dissident"],
  media: ["journalist", "reporter"],
});
// A state's people named by a common noun: whom armed groups strike at home, and whom its own forces may.
const PEOPLE = ["villager", "civilian", "resident", "farmer", "worshipper", "student", "inhabitant"];
// Whom armed groups strike at home: the state's forces and officials, and its people.
const AGAINST_GROUPS = byLemma({
  military: ["soldier", "troop", "army"],
  police: ["policeman", "police"],
  government: ["mayor", "governor", "official"],
  civilians: PEOPLE,
});
// "Sudanese troops killed civilians in Darfur", "shelled their own citizens": a state's forces strike its own people
// only where the sentence says so, by a place in the state or by "own"; foreign troops' victims are the place's.
const OWN_PEOPLE = byLemma({ civilians: [...PEOPLE, "citizen", "people", "population"] });
// Words of a noun phrase before its head besides its modifiers ("a local mayor"): "dozens of rebel positions".
const QUANTITY = new Set(["dozens", "hundreds", "thousands", "scores", "some", "several", "of", "at", "least"]);
// "their own citizens", "its own people": the possessive before the object's noun.
const OWNER = new Set(["their", "its", "own"]);

/**
 * The role of the common-noun group right after a force verb, when it stands on the other side of the source's own
 * state: undefined when the object names an actor, a place or nobody such. `home` says whether the sentence puts
 * the act in the source's own state ("in Darfur"): foreign troops fight rebels abroad, but arrest no one's strikers.
 */
export function domesticObject(view: readonly Unit[], head: number, source: Unit, home: boolean): Role | undefined {
  const table = isStateOrgan(source) || source.mention?.actor.role === "military" ? AGAINST_ORGANS : AGAINST_GROUPS;
  if (table === AGAINST_GROUPS && !isPopular(source)) return undefined;
  const clause = (view[head] as Unit).clause;
  let k = head + 1;
  // "their own citizens": "own" among the object's words before its noun.
  let own = false;
  for (; k < view.length; k++) {
    const u = view[k] as Unit;
    if (!(MODIFIER_POS.has(u.pos) || QUANTITY.has(u.lower) || OWNER.has(u.lower))) break;
    if (u.lower === "own") own = true;
  }
  // The object's noun run: "rebel positions" counts by its modifier, "villagers" by itself.
  for (; k < view.length && (view[k] as Unit).pos === "NOUN" && (view[k] as Unit).clause === clause; k++) {
    const lemma = (view[k] as Unit).lemma;
    const role = table.get(lemma);
    if (role) return ARMED.has(role) && table === AGAINST_ORGANS && !home ? undefined : role;
    if (table === AGAINST_ORGANS && (home || own) && OWN_PEOPLE.has(lemma)) return "civilians";
  }
  return undefined;
}

/**
 * An armed group whose words name no state ("gunmen", "Shiite militiamen", "Kurdish rebels"): the actors layer gave it
 * a state from its sentence, so its state may be anyone's the sentence names, its foreign victims' too.
 */
export function isStatelessGroup(units: readonly Unit[], i: number): boolean {
  const m = units[i]?.mention;
  return m?.kind === "role" && m.actor.role === "rebels";
}

/**
 * "protesters", "rioters", "students" named by a common noun: a crowd with no state of its own, which the actors layer
 * gives the one state its sentence names, a foreign embassy's too. CAMEO codes it with the state where it acts.
 */
export function isBareCrowd(units: readonly Unit[], i: number): boolean {
  const m = units[i]?.mention;
  return m?.kind === "role" && m.actor.role === "protesters" && !m.actor.person;
}

// A state's outposts abroad, which crowds of the place they stand in besiege: "the US embassy", "the Russian consulate".
const OUTPOSTS = new Set(["embassy", "embassies", "consulate", "consulates"]);

/** "the US embassy", "the Chinese consulate": a unit naming a state's outpost (in its mention or right after it). */
export function isOutpost(units: readonly Unit[], i: number): boolean {
  const m = units[i]?.mention;
  if (!m) return false;
  const words = m.text.toLowerCase().split(/\s+/);
  for (let k = i + 1; k < units.length && units[k].pos === "NOUN" && !units[k].mention; k++) words.push(units[k].lower);
  return words.some((w) => OUTPOSTS.has(w));
}

/**
 * "insurgents", "militants", "rebels" with no state of their own: the actors layer gives them the one state their
 * sentence names, which is right only when that state fights them on its own soil ("Iraqi forces killed 12
 * insurgents near Mosul"). "US troops killed 12 insurgents" names no American rebels.
 */
export function isBareArmedGroup(units: readonly Unit[], i: number): boolean {
  if (!isStatelessGroup(units, i)) return false;
  const m = units[i]?.mention as ActorMention;
  // "Kurdish rebels", "leftist guerrillas", "Maoist insurgents": a people or cause named before the noun places the
  // group in the state it fights; only counts, determiners, creeds of no one state and participles that say how the
  // men look or what is known of them ("masked", "armed", "unknown", "unidentified") leave it bare.
  const before = units[i - 1];
  const words = m.text.toLowerCase().split(/\s+/).slice(0, -1);
  if (before?.pos === "ADJ" || before?.pos === "PROPN") words.push(before.lower);
  return words.every((w) => UNPLACED.has(w) || /^[\d,]+$/.test(w) || isParticiple(w));
}
// One armed person named by a common noun: "a gunman", "an unidentified assailant".
const LONE_ATTACKERS = new Set(["gunman", "attacker", "assailant", "shooter", "knifeman", "sniper"]);

/**
 * "A gunman attacked the Azerbaijani embassy in Tehran": one unnamed armed man is no group that fights for or
 * against a state, so the state his sentence places him in (the host) is no party to what he did.
 */
export function isLoneAttacker(units: readonly Unit[], i: number): boolean {
  const m = units[i]?.mention;
  if (!m || !isBareArmedGroup(units, i)) return false;
  return LONE_ATTACKERS.has(mentionWords(m).at(-1) ?? "");
}
// Words before an armed group that tie it to no state: determiners, counts and creeds of many states.
const UNPLACED = new Set([
  "the",
  "a",
  "some",
  "several",
  "many",
  "dozens",
  "hundreds",
  "of",
  "foreign",
  "islamist",
  "islamic",
  "jihadist",
]);

/**
 * Whether a state's fight with a bare armed group happens on its own soil: a place the sentence names lies in it,
 * or, when the sentence names none, most of the article's places do (a report on a war abroad names home towns too).
 */
export function fightsAtHome(
  state: string,
  sentencePlaces: readonly PlaceMention[],
  articlePlaces: readonly PlaceMention[],
): boolean {
  if (sentencePlaces.length) return sentencePlaces.some((p) => p.country === state);
  const home = articlePlaces.filter((p) => p.country === state).length;
  return home * 2 > articlePlaces.length;
}
