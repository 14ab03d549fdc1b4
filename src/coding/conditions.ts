import { COERCIVE_ROOTS } from "./cameo-table.ts";
import type { ActorGroup } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

/** The "unless" or "if" after a trigger in its sentence ("will withdraw ... unless X"), or -1. */
export function conditionAfter(units: readonly Unit[], head: number): { at: number; unless: boolean } | undefined {
  for (let k = head + 1; k < units.length; k++) {
    const w = (units[k] as Unit).lower;
    if (w === "unless" || w === "if") return { at: k, unless: w === "unless" };
  }
  return undefined;
}

/** The actor a condition is laid on: the subject right after "unless/if" ("unless the Kremlin closed ..."). */
export function conditionSubject(groups: readonly ActorGroup[], at: number): number[] | undefined {
  return groups.find((g) => g.first > at && g.first <= at + 4)?.members;
}

/**
 * A future act with an "unless" is a threat (CAMEO 13): "will withdraw its force unless ..." threatens to halt
 * involvement (136), "will strike unless ..." threatens force (138).
 */
export function threatCode(code: string): string {
  const root = code.slice(0, 2);
  if (root === "13") return code;
  if (COERCIVE_ROOTS.has(root)) return "138";
  if (root === "16") return code === "163" ? "132" : "134";
  if (root === "14") return "133";
  if (code === "087" || code === "074") return "136";
  return "131";
}
