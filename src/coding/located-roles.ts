import type { Role } from "../domain/index.ts";
import type { Unit } from "./sentence-units.ts";

// Institutions and groups that belong to the country they are "in": "police in Guyana" are Guyana's police.
// People who merely are somewhere ("refugees in Hungary", "US troops in Iraq") are not in this list.
const ROLE_NOUNS: Record<string, Role> = {
  police: "police",
  authorities: "government",
  government: "government",
  officials: "government",
  ministry: "government",
  parliament: "government",
  court: "judiciary",
  courts: "judiciary",
  judge: "judiciary",
  prosecutors: "judiciary",
  prosecutor: "judiciary",
  opposition: "opposition",
  rebels: "rebels",
  rebel: "rebels",
  insurgents: "rebels",
  guerrillas: "rebels",
  guerillas: "rebels",
  militants: "rebels",
  protesters: "protesters",
  protestors: "protesters",
  demonstrators: "protesters",
  students: "protesters",
  security: "police",
};
const NP = new Set(["NOUN", "ADJ", "PROPN"]);

/**
 * Folds "ROLE-NOUN in STATE" into one actor unit with that role ("security forces in Guinea", "a court in Guyana",
 * "rebels in the Ivory Coast"). Only a bare noun phrase qualifies: "US troops in Iraq" already has its owner, and a
 * detention "in Baku" follows a verb, so the place stays a place there.
 */
export function foldLocatedRoles(units: Unit[]): void {
  for (let i = units.length - 1; i >= 2; i--) {
    const place = units[i] as Unit;
    if (!place.mention || place.mention.actor.role) continue;
    let k = i - 1;
    if (units[k]?.pos === "DET") k--;
    if (units[k]?.lower !== "in") continue;
    const last = k - 1;
    let first = last;
    let role: Role | undefined;
    while (first >= 0 && first > last - 3 && NP.has((units[first] as Unit).pos) && !(units[first] as Unit).mention) {
      role ??= ROLE_NOUNS[(units[first] as Unit).lower];
      first--;
    }
    if (!role || first === last) continue;
    const before = units[first];
    // An owner before the noun phrase ("US troops", "Iraq's police") or a possessive keeps the phrase its own.
    if (before?.mention || before?.lower === "'s" || before?.pos === "PRON") continue;
    const start = units[first + 1] as Unit;
    const mention = { ...place.mention, start: start.start, actor: { ...place.mention.actor, role } };
    units.splice(first + 1, i - first, { ...place, start: start.start, mention });
    // The phrase is now one unit at first + 1; go on from the word before it (the old index may be past the end).
    i = first + 2;
  }
}
