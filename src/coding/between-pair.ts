// "talks between Serbia and Kosovo", "clashes between Indian and Pakistani troops", "US-China talks": an act named
// with its two sides after "between", or joined by a hyphen before it, is both sides' act.
import type { Match } from "./match-patterns.ts";
import { isStateGroup } from "./pair-actors.ts";
import type { ActorGroup } from "./parties.ts";
import type { SentenceContext } from "./party-sides.ts";
import type { Unit } from "./sentence-units.ts";

const MODIFIERS = new Set(["DET", "ADJ", "NOUN", "NUM"]);

/** Whether unit `k` starts its clause, after nothing but a comma or a determiner ("On Monday, the renewed …"). */
function opensAt(units: readonly Unit[], k: number): boolean {
  const prev = units[k - 1];
  return !prev || prev.clause !== (units[k] as Unit).clause || prev.lower === "," || prev.pos === "DET";
}

/**
 * Whether the words before the comma at `k` are an opening phrase ("On Monday,", "Despite the ceasefire,", "According
 * to the ministry,"): no verb of its own past the first word. After one ("Diplomats feared that, without a deal,
 * clashes … would resume") the act is what the verb says of it, not a fact.
 */
function opensSentence(units: readonly Unit[], k: number): boolean {
  for (let j = 1; j < k; j++) {
    const u = units[j] as Unit;
    if ((u.pos === "VERB" || u.pos === "AUX") && !u.attribution) return false;
  }
  return true;
}

/**
 * Only determiners and modifiers stand between the clause's start, or the comma that ends an opening phrase ("On
 * Monday, fresh clashes"), and the head: "Fierce clashes between ...". A capitalised first word that names no one is
 * an adjective the tagger took for a name ("Fresh clashes"), and a participle right before a modifier or the head
 * one too ("Renewed clashes") when it opens the clause itself: after a subject it is the clause's verb ("Officials
 * denied clashes", "Diplomats feared clashes"), which says the act did not, or may not, happen.
 */
function opensClause(units: readonly Unit[], head: number): boolean {
  const clause = (units[head] as Unit).clause;
  for (let k = head - 1; k >= 0 && (units[k] as Unit).clause === clause; k--) {
    const u = units[k] as Unit;
    if (u.lower === ",") return opensSentence(units, k);
    if (MODIFIERS.has(u.pos)) continue;
    if (k === 0 && u.pos === "PROPN" && !u.mention) continue;
    if (u.pos === "VERB" && u.lower.endsWith("ed") && MODIFIERS.has(units[k + 1]?.pos ?? "") && opensAt(units, k))
      continue;
    return false;
  }
  return true;
}

/**
 * The two or more sides after "between" right past a noun or gerund head: the pattern's own slot, or else the actors
 * right after "between" when the act opens its clause ("brokered an accord between X and Y" is the broker's act).
 */
export function betweenPair(ctx: SentenceContext, m: Match, nominal: boolean): number[] | undefined {
  const { units } = ctx;
  // The head may be one word of a longer match ("security" of "security pact"): "between" follows the whole match.
  const at =
    units[m.headEnd]?.lower === "between" ? m.headEnd : nominal && units[m.end]?.lower === "between" ? m.end : -1;
  if (at < 0) return undefined;
  // "talks between the two Koreas": a named group of states is both (or all) sides by itself.
  const sides = (members: readonly number[]) => members.length > 1 || isStateGroup(units, members[0] as number);
  if (nominal && m.slotS.length && sides(m.slotS)) return m.slotS;
  // "Fighting between X and Y continued": a gerund opening the sentence names the act as a noun would.
  if (!(nominal || (units[m.head] as Unit).lower.endsWith("ing"))) return undefined;
  const after = ctx.groups.find((g) => g.first > at && g.first - at <= 3);
  if (!after || !sides(after.members)) return undefined;
  // Past a longer match ("joint exercises between ...") the sides are left to the rules that read such phrases.
  if (opensClause(units, m.head)) return at === m.headEnd ? after.members : undefined;
  // "Japan and India are alarmed by a pact between China and Cambodia": a noun act deeper in its clause, its sides
  // named after "between", is theirs and never the clause subject's; whether it took place is the clause verb's to
  // say ("feared", "urged", "welcomed"), so the act gets no parties at all, unless a "during" phrase says it did
  // ("signed an accord during a meeting between Sisi and Putin").
  if (!nominal) return undefined;
  return during(units, m.head) ? after.members : [];
}

/** Whether "during" opens the phrase of the noun at `head` ("during a two-day meeting between ..."). */
function during(units: readonly Unit[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - 4; k--) {
    const u = units[k] as Unit;
    if (u.lower === "during") return true;
    if (!MODIFIERS.has(u.pos)) return false;
  }
  return false;
}

/** A hyphen touching the words on both sides ("US-China"), not a dash between spaces ("MOSCOW - Russia said"). */
function isTightHyphen(units: readonly Unit[], k: number): boolean {
  const [before, u, after] = [units[k - 1], units[k], units[k + 1]];
  return u?.lower === "-" && before?.end === u.start && after?.start === u.end;
}

/**
 * The agents of a noun act named by the party right before it, with the party a hyphen joins to it: "US-China talks",
 * "India-Pakistan clashes" are both sides' act, not the second one's alone.
 */
export function hyphenedPair(units: readonly Unit[], pre: ActorGroup): readonly number[] {
  const partner = pre.first - 2;
  return pre.members.length === 1 &&
    units[partner]?.mention &&
    units[partner]?.clause === units[pre.first]?.clause &&
    isTightHyphen(units, pre.first - 1)
    ? [partner, ...pre.members]
    : pre.members;
}
