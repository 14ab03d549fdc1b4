import type { Unit } from "./sentence-units.ts";

// Two words that bound a count: "at least 20", "more than 300", "up to 40", "as many as 12" (its last two words).
const COUNT_BOUNDS = new Set(["at least", "at most", "more than", "fewer than", "less than", "up to", "many as"]);

/** Units k and k+1 bound the number right after them ("at least" in "killed at least 20 Syrian soldiers"). */
export function opensCount(units: readonly Unit[], k: number): boolean {
  return units[k + 2]?.pos === "NUM" && COUNT_BOUNDS.has(`${units[k]?.lower} ${units[k + 1]?.lower}`);
}

/**
 * How many units before a noun phrase's first word a count's bound takes when it ends at k ("at least 20
 * Syrian soldiers": 2 from "least"), or opens at k with its second word already passed as a modifier (1 from "at",
 * "least" being tagged an adjective); 0 when there is no bound there.
 */
export function countBoundBefore(units: readonly Unit[], k: number): number {
  if (units[k + 1]?.pos === "NUM" && COUNT_BOUNDS.has(`${units[k - 1]?.lower} ${units[k]?.lower}`)) return 2;
  return opensCount(units, k) ? 1 : 0;
}
