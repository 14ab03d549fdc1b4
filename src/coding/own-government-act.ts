// "rallied against the government's peace deal with Azerbaijan": an act aimed at what the government did is aimed at
// the government. The state named later in that phrase is the government's partner in it, not the act's target.
import type { Unit } from "./sentence-units.ts";

// Words for a state's rulers named without their state: the speaker's own, in a sentence about that state.
const RULERS = new Set(["government", "authorities", "regime", "cabinet", "junta", "administration", "leadership"]);
// Words that may stand between an act and its object: "protested against", "rallied over", "criticised".
const LEADING = new Set(["against", "over", "on", "at", "of", "about", "the"]);

/**
 * Whether the act's object, from unit `from` on, opens with the rulers' possessive ("the government's", "the
 * authorities'") and so holds the first of `targets` inside what the rulers did.
 */
export function ownGovernmentAct(units: readonly Unit[], from: number, targets: readonly number[]): boolean {
  const first = Math.min(...targets);
  let k = from;
  while (k < first && k - from < 3 && LEADING.has((units[k] as Unit).lower)) k++;
  const ruler = units[k];
  const mark = units[k + 1]?.lower;
  return !!ruler && k + 1 < first && RULERS.has(ruler.lower) && (mark === "'s" || mark === "'" || mark === "’s");
}
