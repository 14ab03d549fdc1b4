// The actor a passive's subject phrase names: "A camp for Congolese refugees was attacked" (the refugees suffer it),
// and the owner a reduced passive's patient noun names: "British sailors detained by Iran".
import { governorOf } from "./parties.ts";
import { groupsIn, SAFE_SOURCE, type SentenceContext, type Side } from "./party-sides.ts";
import type { Unit } from "./sentence-units.ts";
import { prenominal } from "./voice.ts";

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

// Weapons in flight are no party: "Iranian drones intercepted by Israel" shows no force to Iran.
const WEAPONS = new Set(["missile", "rocket", "drone", "projectile", "shell", "munition"]);

/**
 * "British sailors detained by Iran", "a Turkish ship seized by Greece": the patient of a reduced passive is a plain
 * noun, and the state or people named right before it (a demonym, "Turkey's") own it; they suffer the act.
 */
export function patientOwner(ctx: SentenceContext, patient: number): Side | undefined {
  const { units } = ctx;
  const noun = units[patient];
  if (noun?.pos !== "NOUN" || noun.mention || WEAPONS.has(noun.lemma)) return undefined;
  const g = ctx.groups.find((x) => x.last < patient && x.last >= patient - 3 && prenominal(units, x.last, patient));
  return g && SAFE_SOURCE(ctx, g) ? { units: g.members, via: "passive" } : undefined;
}
