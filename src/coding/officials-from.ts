import type { Unit } from "./sentence-units.ts";

// People who act for the party they come from: "ambassadors from the EU", "officials from Russia", "a delegation
// from Kazakhstan". Troops, citizens or migrants "from" a state are not its officials, and "from" after them is often
// where they leave.
const OFFICIALS = new Set([
  "ambassador",
  "diplomat",
  "envoy",
  "official",
  "representative",
  "delegation",
  "delegate",
  "minister",
  "lawmaker",
  "legislator",
  "counterpart",
  "negotiator",
]);

/**
 * "accused ambassadors from Germany and Britain of meddling": the officials' noun right before the "from" at gi, whose
 * place in the clause the party after "from" takes; -1 when no such noun is there.
 */
export function officialsFrom(units: readonly Unit[], gi: number): number {
  if (units[gi]?.lower !== "from") return -1;
  const noun = units[gi - 1];
  if (!noun || noun.mention) return -1;
  // "Delegations from Afghanistan and Pakistan arrived": the tagger reads a capitalised plural opening the sentence as
  // a name, and keeps it whole as its lemma.
  const opening = noun.pos === "PROPN" && gi - 1 === 0;
  const lemma = noun.pos === "NOUN" ? noun.lemma : opening ? noun.lower.replace(/s$/, "") : "";
  return OFFICIALS.has(lemma) ? gi - 1 : -1;
}
