// "The United States, which invaded Iraq in 2003, has since withdrawn its troops": an act told in a non-restrictive
// relative clause about an actor, and dated to a year before the article, describes who the actor is; it is
// background, not news. Such a clause dated to the article's own time ("Russia, which expelled two diplomats on
// Monday, ...") still reports an act and is kept.
import { clauseSpan } from "./event-details.ts";
import type { Unit } from "./sentence-units.ts";

// Words that open a non-restrictive relative clause after a comma.
const RELATIVE = new Set(["which", "who", "whom", "whose"]);
// "years ago", "decades ago": a distance back that reaches before the article's year.
const LONG_AGO = new Set(["years", "decades", "centuries"]);

/** The trigger at `head` lies in ", which/who ..." after an actor and the clause dates its act to a past year. */
export function inPastRelative(units: readonly Unit[], head: number, published: string | undefined): boolean {
  const { first: start, last } = clauseSpan(units, head);
  const opener = units[start];
  if (!opener || !RELATIVE.has(opener.lower) || units[start - 1]?.lower !== ",") return false;
  // The clause must be about an actor: the word before the comma is one ("Russia, which ...").
  if (!units[start - 2]?.mention) return false;
  const year = Number(published?.slice(0, 4));
  for (let k = start; k <= last; k++) {
    const w = (units[k] as Unit).lower;
    if (/^\d{4}$/.test(w) && year && Number(w) < year && Number(w) > 1000) return true;
    if (w === "ago" && LONG_AGO.has(units[k - 1]?.lower ?? "")) return true;
  }
  return false;
}
