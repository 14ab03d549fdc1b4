// The code of an act said of the future: "will visit" is a promise (036), "is preparing to invade" a show of force
// (150), "would veto" the rejection itself.
import { COERCIVE_ROOTS, FORCE_ROOTS } from "./cameo-table.ts";
import { governingVerb } from "./governing-verb.ts";
import type { Unit } from "./sentence-units.ts";

// Demanding, disapproving and rejecting are done in the saying, even in the future.
const SAID_ROOTS = new Set(["10", "11", "12"]);
const MODALS = new Set(["will", "would", "shall", "'ll"]);

/**
 * The code of a future demand, disapproval or rejection ("would veto Turkey's bid"), which is that act, or undefined.
 * Only the verb the modal governs itself: an act listed under it ("would take steps, including calling for") is not.
 */
function statedCode(units: readonly Unit[], head: number, code: string): string | undefined {
  return SAID_ROOTS.has(code.slice(0, 2)) && MODALS.has(units[head - 1]?.lower ?? "") ? code : undefined;
}

/** Roots whose future form is a promise (PLOVER: future cooperation is AGREE) and what it becomes. */
function futureCode(code: string): string | undefined {
  const root = code.slice(0, 2);
  const promise: Record<string, string> = { "04": "036", "05": "032", "06": "031", "07": "033", "08": "035" };
  if (promise[root]) return promise[root];
  if (root === "01" || root === "02" || root === "03" || root === "13") return code;
  if (root === "14") return "133";
  if (root === "16") return code === "163" ? "132" : "136";
  if (COERCIVE_ROOTS.has(root)) return "138";
  return undefined;
}

const ASPECT = new Set(["resume", "continue", "start", "begin", "renew", "restart"]);

/**
 * "The army prepared to resume shelling", "is preparing to invade": readying force is a show of force posture
 * (CAMEO 150, material conflict), not a mere threat; other intents keep their future form (statedCode, futureCode).
 */
export function intentCode(units: readonly Unit[], head: number, code: string): string | undefined {
  // "prepared to resume shelling": an aspect verb between "to" and the act keeps the act governed.
  const at = ASPECT.has(units[head - 1]?.lemma ?? "") ? head - 1 : head;
  const to = governingVerb(units, at);
  const root = code.slice(0, 2);
  if (to >= 0 && (units[to] as Unit).lemma === "prepare" && FORCE_ROOTS.has(root)) return "150";
  return futureCode(code) ?? statedCode(units, head, code);
}
