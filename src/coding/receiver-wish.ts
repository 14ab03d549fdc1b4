// A receiver's wish is not the giver's pledge: "Moldova hopes to receive 50 million euros from the EU" tells what
// Moldova hopes for, not what the EU promised; "Sudan wants to receive assistance from Russia" is Sudan's appeal.
// Read by code-events.ts for patterns whose clause subject is the receiving target ("receive * from $S ; subj=T").
import { governingVerb } from "./governing-verb.ts";
import type { Match } from "./match-patterns.ts";
import type { Unit } from "./sentence-units.ts";

// Verbs by which the receiver asks for what it would receive: the act is its appeal to the giver (CAMEO 02).
const ASKING = new Set(["want", "seek", "ask", "request", "need", "demand"]);
// Verbs by which the receiver only looks forward to it: no act of either side.
const HOPING = new Set(["hope", "expect", "wish", "aim", "plan", "intend", "aspire", "count", "look", "try"]);

// The appeal that asking for a kind of receipt makes ("wants to receive aid": an appeal for aid, 023).
const APPEAL: Record<string, string> = { "06": "021", "07": "023", "05": "021", "08": "020" };

/**
 * For a receiving pattern whose subject is the target, governed by a verb of wishing: "appeal" with the appeal code
 * (the receiver's act on the giver), "none" when only hoped for, undefined when the receipt is not a wish.
 */
export function receiverWish(
  view: readonly Unit[],
  m: Match,
  code: string,
): { kind: "appeal"; code: string } | { kind: "none" } | undefined {
  if (!m.pattern.subjectTarget) return undefined;
  const at = governingVerb(view, m.head);
  if (at < 0) return undefined;
  const lemma = (view[at] as Unit).lemma;
  if (HOPING.has(lemma)) return { kind: "none" };
  if (ASKING.has(lemma)) return { kind: "appeal", code: APPEAL[code.slice(0, 2)] ?? "020" };
  return undefined;
}
