// Pairs for acts whose target the sentence leaves unnamed: protests aim at a government, crackdowns fall on people.
import type { ActorRef, PlaceMention } from "../domain/index.ts";
import { isPopular, isStateOrgan } from "./actor-roles.ts";
import { COERCIVE_ROOTS, FORCE_ROOTS } from "./cameo-table.ts";
import { domesticObject, isOutpost } from "./domestic-target.ts";
import { eventPlace } from "./event-details.ts";
import type { ActorGroup } from "./parties.ts";
import { purposeAim } from "./protest-aim.ts";
import type { Unit } from "./sentence-units.ts";
import { isPassive } from "./voice.ts";

const FLAGS = new Set(["flag", "flags"]);

/** Stands for the source's own government in a pair: protests with no named target are aimed at it. */
export const OWN_GOVERNMENT = -1;
/** Stands for the place a visit or deployment goes to, in a pair. */
export const DESTINATION = -2;
/** Stands for the source's own people in a pair: a curfew or crackdown with no one named falls on them. */
export const OWN_PEOPLE = -3;
/** Stands for an unnamed source in a pair: protesters ("thousands marched in Jakarta"), or the authorities. */
export const UNNAMED = -4;

export interface ImplicitQuery {
  code: string;
  /** All units (with the previous sentence's subject appended) and the sentence's own units. */
  units: readonly Unit[];
  view: readonly Unit[];
  groups: readonly ActorGroup[];
  head: number;
  sources: readonly number[];
  targets: readonly number[];
  hasSource: boolean;
  hasTarget: boolean;
  /** The pattern falls on the source's own people when no one is named ("imposed a curfew"). */
  ownTarget: boolean;
  places: readonly PlaceMention[];
}

export interface ImplicitPairs {
  pairs: Array<[number, number]>;
  /**
   * Whom the DESTINATION of its pairs stands for: the foreign government a protest abroad is aimed at, or the side
   * of the source's own state that its force hits (domestic-target.ts).
   */
  goesTo?: ActorRef;
  /** Who the UNNAMED source of its pairs is: protesters of a country, or its authorities. */
  unnamed?: ActorRef;
}

/**
 * The sources `keep` takes, each aimed at `home` (a side of its own state) or, where the act happens in another
 * state, at that state's `role` (DESTINATION).
 */
function homeOrAbroad(q: ImplicitQuery, keep: (u: Unit) => boolean, home: number, role: ActorRef["role"]) {
  const where = eventPlace(q.view, q.head, q.places)?.country ?? jailer(q.view, q.head);
  const out: ImplicitPairs = { pairs: [] };
  for (const s of q.sources) {
    const u = q.units[s] as Unit;
    if (!keep(u)) continue;
    const abroad = where && where !== u.mention?.actor.code;
    if (abroad) out.goesTo = { code: where, role };
    out.pairs.push([s, abroad ? DESTINATION : home]);
  }
  return out;
}

const JAILS = new Set(["jail", "jails", "prison", "prisons", "custody", "detention", "camp", "camps", "cells"]);

/**
 * The state whose jails hold the act's subjects: "Palestinian prisoners in Israeli jails began a hunger strike" is a
 * protest in Israel's hands, aimed at Israel. Only "in <state's> jails" before the act, in its clause.
 */
function jailer(view: readonly Unit[], head: number): string | undefined {
  const clause = (view[head] as Unit).clause;
  for (let k = head - 2; k > 0; k--) {
    const u = view[k] as Unit;
    if (u.clause !== clause) break;
    if (u.mention && view[k - 1]?.lower === "in" && JAILS.has(view[k + 1]?.lower ?? "")) return u.mention.actor.code;
  }
  return undefined;
}

/**
 * Someone is summoned shortly before the protest at `head`, and the protest is the summons' purpose ("was summoned to
 * protest") or done to the envoy ("where he was protested"). A protest with a subject of its own is that subject's:
 * "after the envoy was summoned, students protested".
 */
function summonedProtest(view: readonly Unit[], head: number): boolean {
  const prev = view[head - 1];
  const purpose = prev?.lower === "to";
  const passive = prev?.lemma === "be" && (view[head] as Unit).lower.endsWith("ed");
  if (!purpose && !passive) return false;
  for (let k = head - 1; k >= 0 && k >= head - 15; k--) if (view[k]?.lemma === "summon") return true;
  return false;
}

/** Pairs for an act with no named target; empty when nothing in the sentence says whom it is aimed at. */
export function implicitPairs(q: ImplicitQuery): ImplicitPairs {
  const { units, view } = q;
  let pairs: Array<[number, number]> = [];
  let goesTo: ActorRef | undefined;
  // Protesters with no one named protest against their own government ("Thousands of Iraqi Kurds marched").
  // Protesters in a foreign state's jail or streets protest against that state ("rioted at a jail in Israel").
  if (q.code.startsWith("14") && !q.hasTarget) {
    // "rallied in Tbilisi demanding an end to Russian occupation": a purpose that names another state is the aim.
    const own = new Set(q.sources.map((s) => units[s]?.mention?.actor.code ?? ""));
    const aim = q.sources.length ? purposeAim(view, q.head, own) : undefined;
    if (aim !== undefined) pairs = q.sources.filter((s) => isPopular(units[s] as Unit)).map((s) => [s, aim]);
    else ({ pairs, goesTo } = homeOrAbroad(q, isPopular, OWN_GOVERNMENT, "government"));
  }
  // "imposed a curfew", "cracked down": a state organ's act with no one named falls on its own people; where it
  // happens abroad ("imposed a curfew on the West Bank town of Hebron"), on the people of that place's state.
  if (!pairs.length && q.ownTarget && !q.hasTarget)
    ({ pairs, goesTo } = homeOrAbroad(q, (u) => !isPopular(u), OWN_PEOPLE, "civilians"));
  // "the army attacked rebel positions in Darfur", "rebels kidnapped a local mayor": force with only a common noun
  // for whom it hits stays inside the source's state, on the other side of it.
  if (!pairs.length && !q.hasTarget && COERCIVE_ROOTS.has(q.code.slice(0, 2)) && q.sources.length) {
    const source = units[q.sources[0] as number] as Unit;
    const code = source.mention?.actor.code;
    const home = q.places.some((p) => p.country === code);
    const role = domesticObject(view, q.head, source, home);
    if (code && role) {
      goesTo = { code, role };
      for (const s of q.sources) if (units[s]?.mention?.actor.code === code) pairs.push([s, DESTINATION]);
    }
  }
  // "Thousands demonstrated in Jakarta", "strikers demanded the president's resignation": unnamed protesters
  // are people of the country they protest in, or of the government they protest against.
  if (!pairs.length && q.code.startsWith("14") && !q.hasSource) {
    // "the ambassador was summoned to protest the expulsions", "he was protested over his remarks": a protest where
    // an envoy is summoned is the summoning government's, handed over in a ministry, never a crowd's.
    if (summonedProtest(view, q.head)) return { pairs, goesTo };
    // "staged a hunger strike to demand the resignation of the Algerian president": aimed at the government.
    const clause = (view[q.head] as Unit).clause;
    const later = q.groups.filter((g) => g.first > q.head && (view[g.first] as Unit).clause === clause);
    // "burned Israeli flags": a state's flag stands for the state, as its government would.
    const flag = (t: number) => q.targets.includes(t) && FLAGS.has(units[t + 1]?.lower ?? "");
    const where = eventPlace(view, q.head, q.places)?.country;
    const organ = [...q.targets, ...later.flatMap((g) => g.members)].find(
      (t) => isStateOrgan(units[t] as Unit) || flag(t),
    );
    // "thousands marched in Dili demanding independence from Indonesian rule": the place's people, aimed at the state
    // their purpose names.
    const purpose = organ ?? (q.hasTarget || !where ? undefined : purposeAim(view, q.head, new Set([where])));
    const aimed = organ ?? purpose;
    // "Kurds demonstrated in Berlin to protest against Turkey": a protest aimed at a named party that is no
    // government says nothing of whose protesters they are, nor is it aimed at the government where it happens.
    if (aimed === undefined && q.hasTarget) return { pairs, goesTo };
    // "Protesters stormed the US embassy in Baghdad": a crowd at a foreign outpost is of the place it stands in
    // (Iraq's), and with no place named, of no state the sentence names.
    const outpost = aimed !== undefined && isOutpost(units, aimed);
    let protesters =
      organ !== undefined && !outpost && !flag(organ) ? (units[organ] as Unit).mention?.actor.code : undefined;
    protesters ??= where;
    if (outpost && protesters === (units[aimed] as Unit).mention?.actor.code) protesters = undefined;
    if (protesters) pairs.push([UNNAMED, aimed ?? OWN_GOVERNMENT]);
    return { pairs, goesTo, unnamed: protesters ? { code: protesters, role: "protesters" } : undefined };
  }
  // Someone named is hit and no one named did it: the act is the work of a side of the state where it happened.
  const where = !pairs.length && !q.hasSource && q.targets.length ? eventPlace(view, q.head, q.places)?.country : "";
  if (!where) return { pairs, goesTo };
  // "A French journalist was detained in Iran": an arrest is the work of the authorities.
  if (q.code.startsWith("173") && isPassive(view, q.head)) {
    for (const t of q.targets) pairs.push([UNNAMED, t]);
    return { pairs, unnamed: { code: where, role: "police" } };
  }
  // "Ten Russian soldiers were killed in Ukraine", "a roadside bomb near Samarra killed a US soldier": foreign troops
  // are hit by the side of that state.
  if (FORCE_ROOTS.has(q.code.slice(0, 2))) {
    for (const t of q.targets) {
      const a = units[t]?.mention?.actor;
      if (a?.role === "military" && a.code !== where) pairs.push([UNNAMED, t]);
    }
    if (pairs.length) return { pairs, unnamed: { code: where } };
  }
  return { pairs, goesTo };
}
