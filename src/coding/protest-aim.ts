// Whom a protest is aimed at when its purpose follows as a participle: "rallied in Tbilisi demanding an end to Russian
// occupation", "marched through Dhaka denouncing Indian interference". The rally names no target of its own, and the
// protesters' own government is only the guess left when the purpose names no other state.
import type { Unit } from "./sentence-units.ts";

// Participles that give a protest's purpose and the one it is aimed at.
const PURPOSES = new Set([
  "demanding",
  "calling",
  "urging",
  "protesting",
  "denouncing",
  "condemning",
  "opposing",
  "rejecting",
  "chanting",
]);
// How far past the protest its purpose may stand ("rallied in the capital on Sunday, demanding"), and how far past the
// participle the party it names ("demanding the immediate withdrawal of Russian troops").
const TO_PURPOSE = 10;
const TO_PARTY = 8;
// A party after these is a place or an agent, not the one the demand is put to.
const NOT_AIMED = new Set(["in", "at", "near", "inside", "outside", "by", "across", "throughout"]);
// After these a party that modifies a noun names the demand's topic ("a ban on Ukrainian grain imports"), which the
// protesters put to their own government; a party alone there is aimed at ("sanctions on Russia").
const TOPIC = new Set(["on", "about", "over", "for"]);

/**
 * The unit of the party a protest headed at `head` is aimed at through a purpose participle in its clause, when that
 * party is a state other than the protesters' own (`own`, their actor codes); undefined otherwise. The search ends at
 * the next verb, so a party of a later clause ("demanding the government drop a law modelled on Russia's") is none.
 */
export function purposeAim(view: readonly Unit[], head: number, own: ReadonlySet<string>): number | undefined {
  const clause = (view[head] as Unit).clause;
  let p = head + 1;
  for (; p < view.length && p <= head + TO_PURPOSE; p++) {
    const u = view[p] as Unit;
    if (u.clause !== clause) return undefined;
    if (PURPOSES.has(u.lower) && u.pos === "VERB") break;
    if (u.pos === "VERB" || u.pos === "AUX") return undefined;
  }
  if (p > head + TO_PURPOSE || p >= view.length) return undefined;
  for (let k = p + 1; k < view.length && k <= p + TO_PARTY; k++) {
    const u = view[k] as Unit;
    if (u.clause !== clause) return undefined;
    const code = u.mention?.actor.code;
    if (!code) {
      if (u.pos === "VERB" || u.pos === "AUX") return undefined;
      continue;
    }
    const before = view[k - 1]?.lower ?? "";
    const topic = TOPIC.has(before) && view[k + 1]?.pos === "NOUN" && view[k + 1]?.clause === clause;
    return own.has(code) || NOT_AIMED.has(before) || topic ? undefined : k;
  }
  return undefined;
}
