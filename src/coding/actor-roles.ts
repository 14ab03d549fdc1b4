// Which side of the state an actor stands on: its people and groups, or its government and organs.
import type { ActorRef } from "../domain/index.ts";
import type { Unit } from "./sentence-units.ts";
import { mentionWords } from "./sentence-words.ts";
import { stoppingVerb } from "./stopped-gerund.ts";

const POPULAR_ROLES = new Set(["protesters", "opposition", "rebels", "civilians", "business", undefined]);

/** A people or a group of it ("Iraqi Kurds", "French farmers", "rebels in Mali"), not a state or its organs. */
export function isPopular(u: Unit): boolean {
  const m = u.mention;
  return !!m && (m.kind === "demonym" || !!m.actor.role) && POPULAR_ROLES.has(m.actor.role) && !m.actor.person;
}

/** A government, its organs or an office holder: whom a protest with no named protesters is aimed at. */
export function isStateOrgan(u: Unit): boolean {
  const a = u.mention?.actor;
  return !!a && (a.role === "government" || a.role === "police" || (!!a.person && !a.role));
}

/** The words that make a mention a state's building abroad: "the Chinese embassy", "the US consulate". */
const OUTPOST = /\b(?:embassy|embassies|consulate|consulates)$/i;

/** Whether the unit names a state's embassy or consulate ("the Chinese embassy"): a building, not its staff. */
export function namesOutpost(u: Unit | undefined): boolean {
  return !!u?.mention && OUTPOST.test(u.mention.text);
}

/** A state named without a role acts as its government, and so does a named office holder. */
export function roleOf(ref: ActorRef): string {
  return ref.role ?? "government";
}

// The sides of a state that wage its wars: its government (a state named bare) and its armed forces.
const WARRING = new Set(["government", "military"]);

// The words of CAMEO's bare attack, which says nothing of who fights whom (not "hanged", "wounded", "harmed").
const ATTACK = new Set(["attack", "assault"]);

// Heads of CAMEO's killing rows (190 kill, shoot dead), which say nothing of who kills whom.
const KILLING = new Set(["kill", "killing", "shoot", "shot"]);

// Heads of a riot's rows (145) that armed men do as an assault.
const STORMING = new Set(["storm", "ransack"]);
const ARMED = new Set(["rebels", "military"]);
// Heads of what a crowd does to a building when it riots: besiege it, set it alight, pelt or wreck it.
const RIOTING = new Set(["besiege", "blockade", "torch", "burn", "pelt", "stone", "storm", "ransack", "loot", "smash"]);

/**
 * "the Israeli assault on the Gaza Strip", "Russian forces attacked Ukraine": a bare attack (180) by one state's
 * government or forces on another state or its forces is conventional military force (190); CAMEO keeps 18 for
 * irregulars and for violence against people (civilians, protesters, a named person). `byPeople`: the source is a
 * state's people, not its government ("Israeli settlers attacked", namesPeople), and keeps the pattern's code.
 */
export function armedForceCode(
  code: string,
  head: string,
  source: ActorRef,
  target: ActorRef,
  byPeople = false,
  atOutpost = false,
): string {
  if (byPeople) return code;
  const warring = (r: ActorRef) => !r.person && WARRING.has(roleOf(r));
  // "Gunmen killed three aid workers", "militants shot dead a diplomat": irregulars killing anyone but soldiers use
  // unconventional violence (180, PLOVER ASSAULT); a killing is war (190) only between armed forces.
  if (code === "190" && KILLING.has(head) && source.role === "rebels" && target.role !== "military") return "180";
  // "Masked gunmen stormed a police station": a crowd storming a building riots (145); armed men storming it assault
  // it, as irregulars (180) or, against troops or by troops, as armed force (190).
  if (code === "145" && STORMING.has(head) && ARMED.has(roleOf(source)))
    return source.role === "military" || target.role === "military" ? "190" : "180";
  // "Demonstrators besieged the Turkish embassy in Athens", "rioters torched the French consulate": a crowd's force
  // against a building is a riot (145), not a siege (191) or war (190) as an army's would be. Its arms keep their code
  // ("demonstrators launched missiles": 194). An attack on an embassy or consulate (`atOutpost`) is on a building too:
  // "an angry mob attacked the Chinese embassy" riots; "a mob attacked police" keeps its code.
  const onBuilding = RIOTING.has(head) || (atOutpost && ATTACK.has(head));
  if (onBuilding && /^1[89]/.test(code) && source.role === "protesters" && !source.person) return "145";
  if (code !== "180" || !ATTACK.has(head) || source.code === target.code) return code;
  return warring(source) && warring(target) ? "190" : code;
}

// "drew fire from": the one idiom of criticism (111) whose words are also those of being shot at.
const DRAWN_FIRE = /\b(?:draw|draws|drew|drawn|drawing)\s+(?:\S+\s+)?fire\b/i;

/**
 * "Israeli troops drew fire from Hezbollah fighters", "a patrol drew fire from Russian forces": fire drawn by or from
 * armed men is gunfire (190), not criticism; "Israel's plan drew fire from Turkey" stays criticism (111).
 */
export function drawnFireCode(code: string, trigger: string, source: ActorRef, target: ActorRef): string {
  if (code !== "111" || !DRAWN_FIRE.test(trigger)) return code;
  return [source, target].some((r) => ARMED.has(roleOf(r))) ? "190" : code;
}

/**
 * "pulled out of the Council of Europe", "withdrew from ECOWAS": leaving an organisation cuts relations with it
 * (CAMEO 161); only ground or positions are retreated from (087). "" when a verb of leaving leaves no organisation.
 */
export function leavingCode(code: string, targets: readonly number[], units: readonly Unit[], head = -1): string {
  const left = targets.length && targets.every((t) => units[t]?.mention?.kind === "organisation");
  // "Macron left Kyiv": leaving a party that is no organisation, named right after the verb, is no act; "Britain
  // left the EU" and "left the treaty with Norway" cut ties.
  const object = units[head + 1]?.pos === "DET" ? head + 2 : head + 1;
  if (code === "161" && LEAVE.has(units[head]?.lemma ?? "") && !left && targets.includes(object)) return "";
  // "reached a ceasefire with Hamas": a truce with an armed organisation is made with it, not a departure from it.
  const truce = head >= 0 && units.slice(head, head + 6).some((u) => TRUCES.has(u.lower));
  // "agreed to stop targeting the Houthis": a stopped attack on an armed group eases force; nothing is left.
  const stopped = head >= 0 && stoppingVerb(units, head) >= 0;
  return left && !truce && !stopped && code.startsWith("087") ? "161" : code;
}

const TRUCES = new Set(["ceasefire", "cease-fire", "truce", "armistice"]);
// Envoys whose summons is a protest to the state they stand for.
const BRIEFING = new Set(["briefing"]);
const ENVOYS = new Set(["ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "charge", "attache"]);

/**
 * "The Russian ambassador was summoned by Poland": summoning another state's envoy is an official protest (CAMEO 114),
 * however the sentence is built; a meeting (04) only when someone else is summoned.
 */
export function summonedCode(code: string, targets: readonly number[], units: readonly Unit[], head: number): string {
  if (!code.startsWith("04") || units[head]?.lemma !== "summon" || !targets.length) return code;
  // "summoned Western diplomats for a briefing on the war": called in to be told, not to hear a protest.
  for (let k = head + 1; k < units.length && k <= head + 8; k++)
    if (BRIEFING.has(units[k]?.lemma ?? "") && ["for", "to", "a"].includes(units[k - 1]?.lower ?? "")) return code;
  const envoy = (t: number) => {
    const m = units[t]?.mention;
    return !!m && ENVOYS.has(mentionWords(m).at(-1) ?? "");
  };
  // "the Latvian, Lithuanian and Estonian ambassadors": demonyms listed before the last share the envoy noun after it.
  const last = targets.at(-1) as number;
  const lastIsEnvoy = envoy(last) || ENVOYS.has(units[last + 1]?.lower ?? "");
  const listed = (t: number) =>
    units[t]?.mention?.kind === "demonym" && [",", "and", "or"].includes(units[t + 1]?.lower ?? "");
  if (lastIsEnvoy && targets.every((t) => t === last || envoy(t) || listed(t))) return "114";
  // "the envoys of Britain, France and Germany": the envoy noun heads the first state's mention and the states
  // listed after it share it.
  const [first, ...rest] = targets as [number, ...number[]];
  const lead = units[first]?.mention;
  const headsEnvoy = !!lead && ENVOYS.has(mentionWords(lead)[0] ?? "");
  return headsEnvoy && rest.every((t) => [",", "and", "or"].includes(units[t - 1]?.lower ?? "")) ? "114" : code;
}

// Verbs of leaving that are an act only when what is left is an organisation.
const LEAVE = new Set(["leave", "exit"]);

/**
 * "Israeli settlers attacked", "Serbian villagers": a bare demonym before a noun other than the act names a people of
 * the state, not its government; "the Israeli assault" (the demonym right before the act) is the state's.
 */
export function namesPeople(units: readonly Unit[], i: number, head: number): boolean {
  const m = units[i]?.mention;
  const next = units[i + 1];
  return m?.kind === "demonym" && !m.actor.role && next?.pos === "NOUN" && !next.mention && i + 1 !== head;
}
