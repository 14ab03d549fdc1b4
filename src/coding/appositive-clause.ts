// An act's object is not found inside a comma-fenced noun phrase that carries a clause of its own: "shelled the
// village, a move that angered Russia", "fired two missiles, the latest in a series of tests that have alarmed
// Japan", "shelled its positions, an accusation Yerevan rejected". The actor there belongs to that clause's verb.
import type { ActorGroup } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

const VERBAL = new Set(["VERB", "AUX"]);

/** Between the trigger's end and the group, a ", a/the NOUN ..." phrase whose own verb the group is an argument of. */
export function appositiveClause(units: readonly Unit[], from: number, group: ActorGroup): boolean {
  for (let k = from; k < group.first; k++) {
    if ((units[k] as Unit).lower !== "," || units[k + 1]?.pos !== "DET") continue;
    // "a move that angered Russia": a verb of the phrase's clause before the group.
    for (let j = k + 2; j < group.first; j++) if (VERBAL.has((units[j] as Unit).pos) && !units[j]?.mention) return true;
    // "an accusation Yerevan rejected": the group is the subject of a clause with no "that".
    return VERBAL.has(units[group.last + 1]?.pos ?? "");
  }
  return false;
}
