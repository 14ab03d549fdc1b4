// "The Azerbaijani side lodged a protest", "talks with the Chinese side": in diplomatic news, and in translations from
// Russian, Chinese and Turkish above all, a state's "side" is its government at a meeting or in a dispute. The
// gazetteer reads "Azerbaijani side" as a demonym before a common noun, which describes a thing and acts for no one.
import type { Unit } from "./sentence-units.ts";

/**
 * Folds "the DEMONYM side" into one actor unit with the government's role. "The Russian side of the border" is a
 * place, and a side with a role already ("the Russian military side") or a possessive owner is left as it is.
 */
export function foldSideNouns(units: Unit[]): void {
  for (let i = units.length - 2; i >= 1; i--) {
    const u = units[i] as Unit;
    const m = u.mention;
    const side = units[i + 1] as Unit;
    if (m?.kind !== "demonym" || m.actor.role || side.lower !== "side" || units[i - 1]?.lower !== "the") continue;
    if (units[i + 2]?.lower === "of") continue;
    const mention = { ...m, end: side.end, actor: { ...m.actor, role: "government" as const } };
    units.splice(i, 2, { ...u, end: side.end, mention });
  }
}
