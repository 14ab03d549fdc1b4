// Which side of the state an actor stands on: its people and groups, or its government and organs.
import type { ActorRef } from "../domain/index.ts";
import type { Unit } from "./sentence-units.ts";

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

/** A state named without a role acts as its government, and so does a named office holder. */
export function roleOf(ref: ActorRef): string {
  return ref.role ?? "government";
}

/**
 * "pulled out of the Council of Europe", "withdrew from ECOWAS": leaving an organisation cuts relations with it
 * (CAMEO 161); only ground or positions are retreated from (087).
 */
export function leavingCode(code: string, targets: readonly number[], units: readonly Unit[]): string {
  const left = targets.length && targets.every((t) => units[t]?.mention?.kind === "organisation");
  return left && code.startsWith("087") ? "161" : code;
}
