import { COERCIVE_ROOTS } from "./cameo-table.ts";

/**
 * The code of a governing verb and its "to"-infinitive together: the governor decides what kind of act it is
 * (a threat, a refusal, a promise), the complement refines it ("threatened to attack" is 138, not 190).
 */
export function combineGoverned(governor: string, complement: string): string {
  const g = governor.slice(0, 2);
  const c = complement.slice(0, 2);
  if (g === "13") {
    if (COERCIVE_ROOTS.has(c)) return "138";
    if (c === "16") return complement === "163" ? "132" : "136";
    if (c === "14") return "133";
    return governor;
  }
  if (g === "12") {
    if (c === "06" || c === "07") return "121";
    if (c === "04") return "125";
    if (c === "08") return "124";
    if (c === "05" || c === "03") return "127";
    return governor;
  }
  // "helped broker a deal", "helped to shoot down drones": helping to do an act is doing it (with others); the aid
  // goes to those helped, who are not named here, not to the act's target.
  if (g === "07") return complement;
  // "vowed to retaliate", "pledged to expel": a promise of a hostile act is a threat, not cooperation.
  if (g === "03" && Number(c) >= 10) return combineGoverned("130", complement);
  if (g === "03") {
    const promise: Record<string, string> = {
      "04": "036",
      "05": "032",
      "06": "031",
      "07": "033",
      "08": "035",
      "02": "030",
    };
    if (complement === "045" || complement === "039") return "039";
    return promise[c] ?? governor;
  }
  return governor;
}
