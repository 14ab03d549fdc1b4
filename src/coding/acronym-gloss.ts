// "Kazakhstan and the European Union (EU) signed an agreement", "the Collective Security Treaty Organization (CSTO)
// condemned": news and analysis introduce a body by its full name with its acronym in brackets. The gazetteer finds
// both names, so the bracket read as a second mention of the same party and as a clause break, which cut the list
// "Kazakhstan and the European Union" off from its verb.
import type { ActorMention } from "../domain/index.ts";
import type { Unit } from "./sentence-units.ts";

// Initials in capitals, with digits or a joiner: "EU", "CSTO", "OSCE", "G7", "AU-PSC".
const ACRONYM = /^[A-Z][A-Z0-9&-]{1,7}$/;

/**
 * Folds "NAME (ACRONYM)" into the one actor unit of NAME when the bracket holds nothing but the same actor's initials. A bracket naming another party ("Rosatom (Russia)") or glossing the name in words ("Hizbollah
 * (Party of God)", "(the EU's executive)") stays as it is.
 */
export function foldAcronymGlosses(units: Unit[]): void {
  for (let i = units.length - 4; i >= 0; i--) {
    const name = units[i] as Unit;
    const inner = units[i + 2] as Unit;
    if (!name.mention || units[i + 1]?.lower !== "(" || units[i + 3]?.lower !== ")") continue;
    if (!(inner.mention ? sameParty(name.mention, inner.mention) : initialsOf(name.mention.text, inner))) continue;
    const end = (units[i + 3] as Unit).end;
    units.splice(i, 4, { ...name, end, mention: { ...name.mention, end } });
  }
}

/** The bracket names the same actor by its initials: "European Union (EU)". */
function sameParty(name: ActorMention, inner: ActorMention): boolean {
  return inner.actor.code === name.actor.code && ACRONYM.test(inner.text);
}

/**
 * A word the gazetteer does not know, in capitals in the bracket right after a name, is that name's acronym when its
 * letters follow the name's from the first: "Asian Development Bank (ADB)", "Eurasian Development Bank (EDB)".
 */
function initialsOf(name: string, inner: Unit): boolean {
  const letters = name.toLowerCase();
  if (inner.pos !== "PROPN" || !/^[a-z]{2,8}$/.test(inner.lower) || letters[0] !== inner.lower[0]) return false;
  let at = 0;
  for (const c of inner.lower) {
    at = letters.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
