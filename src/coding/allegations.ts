import { clauseSubject, type Parties, type SentenceContext } from "./resolve-parties.ts";
import type { Unit } from "./sentence-units.ts";

// Verbs that present what follows "that" as an allegation, not as a fact.
const ALLEGE = new Set(["allege", "claim", "accuse", "charge", "contend"]);

/**
 * "The US claimed that Iraq had attacked Kuwait": an alleged hostile act is not coded as done; it is an accusation
 * (CAMEO 112) by the one alleging against the one said to have acted. Returns the accusation's parties; null when
 * the act is alleged by no named actor (not coded at all); undefined when the head is not inside an allegation.
 */
export function allegation(
  ctx: SentenceContext,
  head: number,
  code: string,
  parties: Parties,
): Parties | null | undefined {
  const root = Number(code.slice(0, 2));
  if (root < 11 || !parties.source) return undefined;
  const { units } = ctx;
  for (let k = head - 1; k >= 0; k--) {
    const u = units[k] as Unit;
    // The tagger reads "alleged that" as an adjective at times; "that" after it makes it the verb.
    const alleging = ALLEGE.has(u.lemma) || (u.pos === "ADJ" && ALLEGE.has(u.lower.replace(/d$/, "")));
    if (!(u.pos === "VERB" || u.pos === "ADJ") || !alleging || units[k + 1]?.lower !== "that") continue;
    const speaker = clauseSubject(ctx, k);
    // "A report alleged that ...": with no one to make the accusation, the alleged act is still not a fact.
    if (!speaker) return null;
    if (speaker.units.some((i) => parties.source?.units.includes(i))) return undefined;
    return { source: speaker, target: { units: parties.source.units, via: "object" } };
  }
  return undefined;
}
