// "Ons Jabeur of Tunisia", "Carlos Reyes of Chile scored": a state after "of" and a person's name the gazetteer does
// not know, with no title before the name, is the nationality of a private person (an athlete, an artist, a
// witness), no party. A title or office keeps the state ("President Kais Saied of Tunisia", "Foreign Minister Ana
// Ruiz of Peru"), as does a listed person ("Mohammed bin Salman of Saudi Arabia" is matched as the person).
import { titlesBefore } from "./actors-context.ts";
import { NAME_PARTICLES, NOT_NAMES } from "./actors-names.ts";
import { type Gazetteer, TokenTrie } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Longest personal name looked at before "of". */
const MAX_NAME = 4;

/**
 * Whether the state name at token i follows "of" ("of the") and an unlisted personal name of two words or more that
 * starts after `covered` (the end of the last match), with no title or role word before it.
 */
export function isNationalityOfName(
  gz: Gazetteer,
  text: string,
  toks: GazToken[],
  sent: Int32Array,
  i: number,
  covered: number,
): boolean {
  let k = i - 1;
  if (toks[k]?.norm === "the") k--;
  if (k < 2 || toks[k].norm !== "of" || sent[k] !== sent[i]) return false;
  const end = k; // the name ends before "of"
  let start = end;
  while (
    start > covered &&
    end - start < MAX_NAME &&
    sent[start - 1] === sent[i] &&
    (toks[start - 1].shape === 1 || NAME_PARTICLES.has(toks[start - 1].norm)) &&
    text.slice(toks[start - 1].end, toks[start].start) === " "
  )
    start--;
  while (start < end && toks[start].shape !== 1) start++; // a name starts with a capital
  if (end - start < 2) return false;
  for (let q = start; q < end; q++) {
    const t = toks[q];
    // "the Bank of England", "the Ministry of Defence of Ukraine": an institution's or office's name, no person's.
    if (NOT_NAMES.has(t.norm) || gz.roles.stepOn(TokenTrie.ROOT, t) >= 0 || gz.titles.stepOn(TokenTrie.ROOT, t) >= 0)
      return false;
  }
  // "President Kais Saied of Tunisia": a title before the name makes its holder the state's.
  if (titlesBefore(gz, toks, sent, start) < start) return false;
  // A sentence's first word is capitalised anyway: "Reports of Chad" names no person.
  return start > 0 && sent[start - 1] === sent[i];
}
