// "called for limiting Social Security for wealthy Americans", "appealed for aid for Ukraine": a party named after
// "for" once the demanded measure has been named is whom the measure is for, not whom the demand is made of.
import type { Match } from "./match-patterns.ts";
import type { Unit } from "./sentence-units.ts";

// Nouns of appeal whose "for" names what or whom the appeal is for, as the verb's does: "calls for X to withdraw".
const APPEALS = new Set(["call", "calls", "appeal", "appeals", "plea", "pleas", "demand", "demands"]);
// Words of a noun phrase's own front: "for wealthy Americans", "for the two Koreas".
const FRONT = new Set(["DET", "ADJ", "NUM"]);

/**
 * The target units of an appeal or demand (CAMEO 02 or 10) at `m` follow a "for" that comes after the demanded
 * measure, not the trigger's own "for" ("called for X" names the measure; "X for Y" names who it is for).
 */
export function demandBeneficiary(units: readonly Unit[], m: Match, code: string, targets: readonly number[]): boolean {
  if (!code.startsWith("02") && !code.startsWith("10")) return false;
  const first = Math.min(...targets);
  if (!Number.isFinite(first) || first < m.headEnd) return false;
  // "sanctions for Russia's aggression": a party owning what follows names the cause of the measure, not whom it is for.
  const after = units[Math.max(...targets) + 1]?.lower;
  if (after === "'s" || after === "’s") return false;
  let k = first - 1;
  while (k >= m.headEnd && FRONT.has((units[k] as Unit).pos)) k--;
  if (units[k]?.lower !== "for" || k < m.headEnd) return false;
  // "renewed calls for the Philippines to leave": the "for" of a noun of appeal is the demand's own, as "called for".
  if (APPEALS.has(units[k - 1]?.lemma ?? "")) return false;
  // The trigger's own "for" ("called for Russia to withdraw") is the demand's, not a beneficiary's.
  for (let j = m.headEnd; j < k; j++)
    if ((units[j] as Unit).pos === "NOUN" || (units[j] as Unit).pos === "VERB") return true;
  return false;
}
