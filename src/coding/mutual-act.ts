// Whether an act is done by its parties to each other: a symmetric or joint pattern, cooperation done together,
// fighting, or any act done to "each other". Read by code-events.ts to pair a joint subject with itself.
import type { Match } from "./match-patterns.ts";
import type { Unit } from "./sentence-units.ts";
import { eachOther, TOGETHER } from "./shared-partner.ts";

// Acts that two parties can only do together: the cooperation done together (shared-partner.ts), and fighting.
const MUTUAL_ROOTS = new Set([...TOGETHER, "19"]);
// But a visit, hosting one or mediating is done by each of several subjects to a third party, not to each other; so is
// backing or praise ("France and Germany back new sanctions": they back the sanctions, not each other).
const ONE_SIDED = new Set(["042", "043", "045", "051"]);

/**
 * "Armenia and Azerbaijan blamed each other": any act done to "each other" is both sides' act on the other. `words`
 * marks a clash of words at a venue ("clashed at the UN Security Council"), still mutual though coded 111.
 */
export function isMutualAct(
  view: readonly Unit[],
  m: Match,
  complement: Match | undefined,
  code: string,
  words: boolean,
): boolean {
  return !!(
    m.pattern.sym ||
    complement?.pattern.sym ||
    m.pattern.joint ||
    (MUTUAL_ROOTS.has(code.slice(0, 2)) && !ONE_SIDED.has(code)) ||
    words ||
    eachOther(view, (complement ?? m).headEnd)
  );
}
