import { clauseSubject, type Parties, type SentenceContext } from "./resolve-parties.ts";
import type { Unit } from "./sentence-units.ts";

// Verbs that present what follows "that" as an allegation, not as a fact.
const ALLEGE = new Set(["allege", "claim", "accuse", "charge", "contend"]);

/**
 * "The US claimed that Iraq had attacked Kuwait": an alleged hostile act is not coded as done; it is an accusation
 * (CAMEO 112) by the one alleging against the one said to have acted. Returns the accusation's parties, or
 * undefined when the head is not inside an allegation or either side is unknown.
 */
export function allegation(ctx: SentenceContext, head: number, code: string, parties: Parties): Parties | undefined {
  const root = Number(code.slice(0, 2));
  if (root < 11 || !parties.source) return undefined;
  const { units } = ctx;
  for (let k = head - 1; k >= 0; k--) {
    const u = units[k] as Unit;
    if (u.pos !== "VERB" || !ALLEGE.has(u.lemma) || units[k + 1]?.lower !== "that") continue;
    const speaker = clauseSubject(ctx, k);
    if (!speaker || speaker.units.some((i) => parties.source?.units.includes(i))) return undefined;
    return { source: speaker, target: { units: parties.source.units, via: "object" } };
  }
  return undefined;
}
