// "An agreement was signed between China, Kyrgyzstan and Uzbekistan": the deal named as the subject of a passive
// signing is what was signed. The signing codes from its verb (057, with the sides after "between" or "by"); the noun
// is no second act, and above all no intent to agree (030) beside the signing.
import type { Unit } from "./sentence-units.ts";

const DEAL_NOUNS = new Set([
  "agreement",
  "agreements",
  "accord",
  "accords",
  "treaty",
  "treaties",
  "pact",
  "pacts",
  "deal",
  "deals",
  "memorandum",
  "memoranda",
  "memorandums",
  "protocol",
  "protocols",
  "declaration",
  "convention",
  "contract",
  "contracts",
  "document",
  "documents",
]);
const SIGNING = new Set(["sign", "conclude", "ink", "seal", "initial"]);
// What may stand between the deal and its verb: "an agreement [on energy] [with Iran] was signed", "has been signed".
const FILLER_TAGS = new Set(["ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ", "AUX", "ADV", "PART"]);

/** The deal noun at `head` is the subject of a passive signing verb after it in its clause ("was signed"). */
export function signedDealSubject(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  if (!DEAL_NOUNS.has(h.lower)) return false;
  let passive = false;
  for (let k = head + 1; k < units.length && k <= head + 10; k++) {
    const u = units[k] as Unit;
    if (u.clause !== h.clause) return false;
    // "will be signed", "has not yet been signed": a signing to come or not done leaves the deal's own code (030, or
    // none) to the patterns that read the modal or the negation.
    if (u.pos === "AUX" && u.lemma !== "be" && u.lemma !== "have") return false;
    if (u.lower === "not" || u.lower === "n't" || u.lower === "never") return false;
    if (u.pos === "AUX" && u.lemma === "be") passive = true;
    else if (u.pos === "VERB") return passive && SIGNING.has(u.lemma) && u.lower.endsWith("ed");
    else if (!(u.mention || FILLER_TAGS.has(u.pos) || u.lower === ",")) return false;
  }
  return false;
}
