// States named after a saint (Saint Martin, St Lucia, St Helena, Saint Kitts and Nevis) share the name with the saint,
// and English names churches, schools, hospitals, streets and firms after saints by the possessive or a capitalised
// word: "St. Martin's Press", "St Lucia's Day", "St Helena Hospital", "acquired by St. Martin's". Such a name is no
// party; the state is meant before a role or title ("St Lucia's government", "Saint Lucia Prime Minister") or a
// lower-case word ("St Kitts's economy", "Saint Lucia said").
import { roleAfter } from "./actors-context.ts";
import { NOT_NAMES } from "./actors-names.ts";
import { type Gazetteer, TokenTrie } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

const SAINT = new Set(["st", "saint", "ste", "sainte"]);
/** Capitalised words of what is named after saints, besides institution words (NOT_NAMES). */
const NAMED_AFTER_SAINTS = new Set(
  "day eve feast hospital school academy church cathedral chapel abbey parish primary high hall road avenue".split(" "),
);

/** Whether the state name at tokens [i, j), opening with Saint or St, names an institution after the saint. */
export function isSaintsInstitution(gz: Gazetteer, toks: GazToken[], sent: Int32Array, i: number, j: number): boolean {
  if (!SAINT.has(toks[i].norm)) return false;
  let k = j;
  const possessive = toks[k]?.norm === "'s";
  if (possessive) k++;
  const next = toks[k];
  // The end of the sentence or a comma after a possessive: the firm or church itself ("by St. Martin's, ...").
  if (!next || sent[k] !== sent[i]) return possessive;
  if (next.shape === 0) return possessive && /^[^\p{L}\p{N}]/u.test(next.norm);
  // "St. Martin's Press", "St Helena's Church": a capitalised institution word is the name's, even a role word.
  if (NOT_NAMES.has(next.norm) || NAMED_AFTER_SAINTS.has(next.norm)) return true;
  if (roleAfter(gz, toks, sent, k) || gz.titles.stepOn(TokenTrie.ROOT, next) >= 0) return false;
  return true;
}
