// A person's name in the possessive before an actor ("Osama bin Laden's al-Qaeda network", "Kim's North Korea"):
// the name says whose the actor is, as "his" would, and stands in no role of its own.
import type { Unit } from "./sentence-units.ts";

// Lower-case words inside Arabic, Dutch, French, German and Spanish personal names: "bin Laden", "van der Bellen".
const NAME_PARTICLES = new Set(["bin", "ibn", "al", "el", "abu", "de", "del", "da", "van", "von", "der", "la", "le"]);

/**
 * When unit k is the possessive ending of a name that is no actor mention ("Osama bin Laden 's"), the index of the
 * unit before that name (-1 at the sentence's start); otherwise undefined. A name that is an actor ("Putin's", "Moscow's") is a party of its own and is
 * left to the caller, and so is a common noun's possessive ("the group's").
 */
export function beforePossessorName(units: readonly Unit[], k: number): number | undefined {
  const u = units[k];
  if (!u || (u.lower !== "'s" && u.lower !== "'" && u.lower !== "’s" && u.lower !== "’")) return undefined;
  let j = k - 1;
  if (units[j]?.pos !== "PROPN" || units[j]?.mention) return undefined;
  while (
    units[j] &&
    !units[j]?.mention &&
    units[j]?.clause === u.clause &&
    (units[j]?.pos === "PROPN" || (NAME_PARTICLES.has(units[j]?.lower ?? "") && units[j - 1]?.pos === "PROPN"))
  )
    j--;
  return j;
}
