// "Russia met Turkey and signed a gas deal": a mutual cooperative act joined by "and" to a cooperative act of the
// same subject, and naming no partner of its own, is done with that act's partner.
import type { Match } from "./match-patterns.ts";
import type { Parties, Side } from "./party-sides.ts";
import type { Unit } from "./sentence-units.ts";

// Cooperation done together: agreeing, meeting and consulting, cooperating diplomatically, materially.
export const TOGETHER: ReadonlySet<string> = new Set(["03", "04", "05", "06"]);

/** A cooperative act coded in the sentence with its named partner. */
interface Partnered {
  head: number;
  sources: readonly number[];
  targets: readonly number[];
}
export type Partners = Partnered[];

/** Records the named partner of a cooperative act, for a verb joined to it that shares its subject. */
export function notePartner(partners: Partners, m: Match, code: string, parties: Parties): void {
  const via = parties.target?.via;
  if (!TOGETHER.has(code.slice(0, 2)) || !parties.source || !parties.target || (via !== "object" && via !== "slot"))
    return;
  partners.push({ head: m.head, sources: parties.source.units, targets: parties.target.units });
}

/**
 * The partner a mutual cooperative act borrows from the cooperative act of the same subject just before it, joined
 * by "and" with no other party between ("met Turkey and signed a deal"); undefined when it names its own.
 */
export function sharedPartner(
  partners: Partners,
  view: readonly Unit[],
  m: Match,
  code: string,
  parties: Parties,
  mutual: boolean,
): Side | undefined {
  if (parties.target || !mutual || !TOGETHER.has(code.slice(0, 2))) return undefined;
  const before = partners.at(-1);
  const sources = parties.source?.units ?? [];
  if (!before || before.head > m.head || before.sources.join() !== sources.join()) return undefined;
  const last = Math.max(...before.targets);
  const between = view.slice(last + 1, m.head);
  if (!between.some((u) => u.lower === "and") || between.some((u) => u.mention || u.clause < 0)) return undefined;
  return { units: [...before.targets], via: "object" };
}

/** "blamed each other", "accused one another": the object at `at` names the subjects as each other's targets. */
export function eachOther(units: readonly Unit[], at: number): boolean {
  const [a, b] = [units[at]?.lower, units[at + 1]?.lower];
  return (a === "each" && b === "other") || (a === "one" && b === "another");
}
