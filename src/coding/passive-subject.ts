// The actor a passive's subject phrase names: "A camp for Congolese refugees was attacked" (the refugees suffer it).
import { governorOf } from "./parties.ts";
import { groupsIn, SAFE_SOURCE, type SentenceContext, type Side } from "./party-sides.ts";
import type { Unit } from "./sentence-units.ts";

const INNER_PREP = new Set(["of", "for"]);

/**
 * "A camp for Congolese refugees was attacked": when the passive subject is a noun phrase that names its actor
 * after "of/for", the actor suffers the act. Only a phrase that opens the clause and runs up to the verb.
 */
export function subjectPhraseActor(ctx: SentenceContext, head: number): Side | undefined {
  const { units } = ctx;
  const clause = (units[head] as Unit).clause;
  const g = groupsIn(ctx, clause)
    .filter((x) => x.last < head)
    .pop();
  if (!g || !SAFE_SOURCE(ctx, g)) return undefined;
  for (let k = g.last + 1; k < head; k++)
    if (!["AUX", "ADV", "PART"].includes((units[k] as Unit).pos)) return undefined;
  const gov = governorOf(units, g.first);
  if (!gov || !INNER_PREP.has(gov.lower)) return undefined;
  for (let k = units.indexOf(gov) - 1; k >= 0 && (units[k] as Unit).clause === clause; k--) {
    const u = units[k] as Unit;
    if (!["DET", "ADJ", "NOUN", "NUM"].includes(u.pos)) return undefined;
  }
  return { units: g.members, via: "passive" };
}
