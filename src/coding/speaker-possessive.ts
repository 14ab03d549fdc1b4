// "Estonia said Russia had expelled two of its diplomats": in a reported clause, a possessive pronoun in the object
// of a hostile act names the speaker's own people or positions, since a state does not expel or shell its own.
import type { Unit } from "./sentence-units.ts";

const OWNING = new Set(["its", "their"]);
// Words that may come before the possessive in the object: "two of its diplomats", "dozens of their soldiers".
const LEAD = new Set(["DET", "NUM", "ADJ", "ADP"]);

/**
 * The speaker unit a hostile act with no named target is aimed at: the speaker is said to be wronged by someone
 * else, and the act's object is owned by "its"/"their" within a few words of the act's head. Undefined otherwise.
 */
export function speakerPossessive(
  units: readonly Unit[],
  speakerUnits: readonly number[],
  head: number,
  headEnd: number,
  limit: number,
  sources: readonly number[],
): number | undefined {
  const speaker = speakerUnits.filter((s) => s < head).at(-1);
  if (speaker === undefined || sources.includes(speaker)) return undefined;
  // An organisation or a company has no citizens, towns or positions a state harms, so "its" after one is the doer's
  // or its state's: "Human Rights Watch said Myanmar's military had killed its citizens".
  const kind = units[speaker]?.mention?.kind;
  if (kind === "organisation" || kind === "company") return undefined;
  const code = units[speaker]?.mention?.actor.code;
  if (!code || sources.some((s) => units[s]?.mention?.actor.code === code)) return undefined;
  const clause = (units[head] as Unit).clause;
  for (let k = headEnd; k < Math.min(limit, headEnd + 5); k++) {
    const u = units[k] as Unit;
    if (u.clause !== clause || u.mention) return undefined;
    // "shelled its own towns": "own" points back at the doer.
    if (OWNING.has(u.lower))
      return units[k + 1]?.lower !== "own" && ["NOUN", "ADJ"].includes(units[k + 1]?.pos ?? "") ? speaker : undefined;
    if (!LEAD.has(u.pos)) return undefined;
  }
  return undefined;
}

// Possessives of one person, which point back at a speaker who is a person.
const PERSON_OWNING = new Set(["his", "her"]);

/**
 * "Kobakhidze said his meeting with Li Qiang focused on ...", "she said her visit to Baku was productive": the
 * speaker of the sentence owns a noun act that "his"/"her" opens, when no other actor stands between the two.
 * Returns the speaker's unit, or undefined.
 */
export function speakerOwner(
  units: readonly Unit[],
  speakerUnits: readonly number[],
  head: number,
): number | undefined {
  let k = head - 1;
  while (units[k]?.pos === "ADJ" || units[k]?.pos === "NUM") k--;
  if (!PERSON_OWNING.has(units[k]?.lower ?? "")) return undefined;
  const speaker = speakerUnits.filter((s) => s < k).at(-1);
  if (speaker === undefined || k - speaker > 8) return undefined;
  for (let j = speaker + 1; j < k; j++) if (units[j]?.mention) return undefined;
  return speaker;
}
