// "the country", "the nation", "his government": a state referred back to by a common noun, as by "it". Reports say
// "Ruto said his government had suspended trade with Sudan" as often as "Kenya said it had suspended trade".
import { isState } from "../domain/index.ts";
import { POSSESSIVE_PRONOUNS } from "./possessive-pronouns.ts";
import type { Unit } from "./sentence-units.ts";

const STATE_NOUNS = new Set(["country", "nation"]);
const THE_OR_OWNER = new Set(["the", ...POSSESSIVE_PRONOUNS]);

/**
 * Whether the unit at `i` is such a reference standing as a clause subject: "the country" or "his country" (and
 * "nation"), or "his government" (not "the government", which names no state when several are in view), right before
 * its verb ("the country has expelled", "his government swiftly halted"), and no name of its own.
 */
export function isStateReference(units: readonly Unit[], i: number): boolean {
  const u = units[i] as Unit;
  if (u.mention) return false;
  const before = units[i - 1]?.lower ?? "";
  const opens = STATE_NOUNS.has(u.lower)
    ? THE_OR_OWNER.has(before)
    : u.lower === "government" && POSSESSIVE_PRONOUNS.has(before);
  if (!opens) return false;
  let k = i + 1;
  if (units[k]?.pos === "ADV") k++;
  return units[k]?.pos === "AUX" || units[k]?.pos === "VERB";
}

/**
 * Whether the unit names a state or its organs (not an organisation, a company, a region or a group of states). The
 * code decides, not the kind of mention: "UN Secretary-General Guterres" is a person, but speaks for no country
 * (alpha-3 only: "AU", the African Union, is Australia's alpha-2).
 */
export function namesState(u: Unit | undefined): boolean {
  const m = u?.mention;
  if (!m || m.actor.members?.length) return false;
  return !["organisation", "company", "region"].includes(m.kind) && isState(m.actor.code);
}
