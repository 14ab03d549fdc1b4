// How far an event can be trusted, from how its trigger and parties were found and how firmly the text states it.
import type { Match } from "./match-patterns.ts";
import type { Parties } from "./party-sides.ts";
import type { Unit } from "./sentence-units.ts";

/** Words by which a report says it has not confirmed the act: "reportedly shelled", "appears to have expelled". */
const HEDGES = new Set([
  "reportedly",
  "allegedly",
  "apparently",
  "purportedly",
  "supposedly",
  "seemingly",
  "possibly",
  "probably",
  "presumably",
  "unconfirmed",
  "unverified",
  "rumoured",
  "rumored",
]);
/** Verbs that hedge the act they govern when "to" follows: "appears to have", "seemed to". */
const HEDGE_VERBS = new Set(["appear", "seem"]);

/**
 * Whether the act at `head` is stated with a hedge: a hedging word in its clause, or in the sentence's attribution
 * ("according to unconfirmed reports").
 */
export function isHedged(units: readonly Unit[], head: number): boolean {
  const clause = (units[head] as Unit).clause;
  return units.some(
    (u, k) =>
      (u.clause === clause || u.attribution) &&
      (HEDGES.has(u.lower) || (HEDGE_VERBS.has(u.lemma) && units[k + 1]?.lower === "to")),
  );
}

/**
 * Higher for explicit verbs with both parties in their clause, stated firmly; lower for nouns, pronouns,
 * context-aimed acts and hedged reports.
 */
export function confidence(m: Match, p: Parties, mood: string, nominal: boolean, units: readonly Unit[]): number {
  let c = 0.9;
  if (nominal) c -= 0.1;
  if (m.slotS.length || m.slotT.length) c += 0.05;
  if (p.source?.via === "pronoun" || p.source?.via === "inherited" || p.source?.via === "relative") c -= 0.15;
  if (p.target?.via === "context") c -= 0.2;
  if (mood === "future") c -= 0.05;
  if (isHedged(units, m.head)) c -= 0.15;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}
