// "Kazakhstan is interested in expanding cooperation with the EU", "the parties confirmed their mutual interest in
// further strengthening ties", "expressed interest in cooperation with Japan": state-media readouts name what a side
// is interested in, and it has not been done. The interest is an intent (CAMEO 03), not the act (06).
import type { Unit } from "./sentence-units.ts";

const INTEREST = new Set(["interest", "interested", "interests"]);
// Words of the act's own phrase between "in" and the act: "in [further] [the] [bilateral] [economic] cooperation".
const BETWEEN = new Set(["ADV", "DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM"]);

/** The act at `head` is what someone is interested in: "interested in expanding", "interest in cooperation". */
export function interestedIn(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  if (h.pos === "VERB" && !h.lower.endsWith("ing")) return false;
  for (let k = head - 1; k >= 1 && k >= head - 6; k--) {
    const u = units[k] as Unit;
    if (u.clause !== h.clause) return false;
    if (u.lower === "in") return INTEREST.has(units[k - 1]?.lower ?? "");
    if (!(BETWEEN.has(u.pos) || u.mention || u.lower === "further" || u.lower === "'s" || u.lower === "’s"))
      return false;
  }
  return false;
}
