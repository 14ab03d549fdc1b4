// "expelled two Latvian diplomats and one Estonian diplomat": when a pattern's noun is folded into a role mention (the
// target is the diplomats' state), the role mentions coordinated after it with the same noun are targets too.

import { isFiniteVerb } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";
import { mentionWords } from "./sentence-words.ts";

/** Words that may open a further member of the list: "and one", "and three", "or the". */
const JOINERS = new Set([",", "and", "or"]);
/** Tags of the words that may stand before a member's mention ("one", "three", "several", "the"). */
const BEFORE = new Set(["DET", "NUM", "ADJ"]);

/** The last word of a role mention in the singular ("diplomats" → "diplomat"); empty for a bare name. */
function head(u: Unit | undefined): string {
  if (!u?.mention?.actor.role) return "";
  const last = mentionWords(u.mention).at(-1) ?? "";
  return last.endsWith("s") && !last.endsWith("ss") ? last.slice(0, -1) : last;
}

/**
 * The units after the folded role mention at i that name the same kind of people of other states, joined by a list
 * that ends with "and" or "or": "two Latvian diplomats and one Estonian diplomat", "Latvian, Lithuanian and Estonian
 * diplomats" is one mention each already. A different noun ("Latvian diplomats and Estonian troops") ends the list.
 */
export function sameRoleListAfter(units: readonly Unit[], i: number): number[] {
  const noun = head(units[i]);
  if (!noun) return [];
  const listed: number[] = [];
  let joined = false;
  for (let k = i + 1; k < units.length; k++) {
    const u = units[k] as Unit;
    if (JOINERS.has(u.lower)) {
      if (u.lower !== ",") joined = true;
      continue;
    }
    if (BEFORE.has(u.pos) && !u.mention) continue;
    if (!u.mention || head(u) !== noun || u.clause !== units[i]?.clause) break;
    // "expelled two Latvian diplomats, and Estonian diplomats left Moscow": a member with a verb of its own is the
    // subject of the next clause, not another object of this one.
    if (isFiniteVerb(units[k + 1])) break;
    listed.push(k);
    if (joined) break;
  }
  return joined ? listed : [];
}

/**
 * The bare demonyms listed before the folded role mention at i, sharing its noun: "the Polish and Czech consulates",
 * "the Latvian, Lithuanian and Estonian consulates" (only the last demonym takes the noun into its mention). Empty
 * unless "and" or "or" stands right before i, so "the Polish foreign minister's Czech consulates" lists nothing.
 */
export function demonymsListedBefore(units: readonly Unit[], i: number): number[] {
  const joiner = units[i - 1]?.lower;
  if ((joiner !== "and" && joiner !== "or") || !head(units[i])) return [];
  const listed: number[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const u = units[k] as Unit;
    if (JOINERS.has(u.lower)) continue;
    // The nlp stage gives such a demonym the role of the mention it is listed with, so only its one word tells.
    if (u.mention?.kind !== "demonym" || /\s/.test(u.mention.text) || u.clause !== units[i]?.clause) break;
    listed.unshift(k);
  }
  return listed;
}

/**
 * How many more words a gap starting at i may cross because a demonym list in its reach counts as one word: "closed
 * the Latvian, Lithuanian and Estonian consulates" reaches the consulates as "closed the Estonian consulates" does.
 */
export function listedStretch(units: readonly Unit[], i: number, max: number): number {
  for (let k = i + 1; k < units.length && k <= i + max + 8; k++) {
    const first = demonymsListedBefore(units, k)[0];
    if (first !== undefined && first <= i + max) return k - first;
  }
  return 0;
}
