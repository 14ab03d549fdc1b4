// A gerund of reason after "for" is done by the party the main verb acts on, not by the clause subject: "the EU
// fined Hungary for refusing refugees" (Hungary refuses), "Moscow could retaliate against Finland for joining NATO"
// (Finland joins), "praised Kazakhstan for hosting talks".
import { type ActorGroup, isPlaceMention, isSubjectPosition } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

/** The object group that does the "for ...ing" act at `head`, or undefined when the head is no such gerund. */
export function reasonDoer(units: readonly Unit[], groups: readonly ActorGroup[], head: number): number[] | undefined {
  const h = units[head] as Unit;
  if (h.pos !== "VERB" || !h.lower.endsWith("ing") || units[head - 1]?.lower !== "for") return undefined;
  const before = groups.filter((g) => g.last < head - 1 && (units[g.first] as Unit).clause === h.clause);
  const object = before.at(-1);
  // "was arrested in Lebanon for collaborating": a place is where the main act happened, not who did the gerund's.
  if (!object || isSubjectPosition(units, object) || object.members.some((k) => isPlaceMention(units, k)))
    return undefined;
  return object.members;
}
