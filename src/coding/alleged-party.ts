// "Baku alleged that Armenia was aware of the plot", "Georgia alleged that Russia had supported the separatists":
// to allege something of a party is to accuse it (CAMEO 112), whatever the clause says it did. A hostile act in the
// clause is read as an accusation already (allegations.ts); this gives one where the clause holds no hostile trigger.
// Only "allege" is read so: "claimed that Y", "said that Y" report as often as they accuse.
import { DAY_WORDS } from "./day-words.ts";
import type { Match } from "./match-patterns.ts";
import { type ActorGroup, isSubjectPosition } from "./parties.ts";
import { insertMatch, structuralPattern } from "./reported-demands.ts";
import type { Unit } from "./sentence-units.ts";

/** "alleged", "alleges", "has alleged": the tagger reads "alleged that" as an adjective at times. */
function alleging(u: Unit | undefined): boolean {
  return !!u && (u.lemma === "allege" || /^alleg(?:e|es|ed|ing)$/.test(u.lower));
}

/**
 * The verb of the clause whose subject is the group: the first verb or auxiliary within four words after it, or a
 * plural noun right after it, which is the tagger's reading of a present-tense verb ("Iran funds groups").
 */
function clauseVerb(units: readonly Unit[], g: ActorGroup): number {
  const clause = units[g.last]?.clause;
  const next = units[g.last + 1];
  if (next?.pos === "NOUN" && next.lower.endsWith("s") && !next.mention) return g.last + 1;
  for (let k = g.last + 1; k <= g.last + 4 && k < units.length; k++) {
    const u = units[k] as Unit;
    if (u.clause !== clause) return -1;
    if (u.pos === "VERB" || u.pos === "AUX") return k;
  }
  return -1;
}

// Forms of "be" in a verb group: "had been supplied", "was being financed" (the tagger's lemma of "being" is itself).
const BE = new Set(["be", "is", "are", "was", "were", "been", "being"]);
// Participles after "be" that say the subject took part in what is alleged: "was involved in the plot".
const TOOK_PART = new Set(["involved", "implicated", "engaged", "linked", "connected", "tied", "embroiled"]);

/**
 * The clause's verb group from `v` ends in a passive: "alleged that Ukraine had been supplied with missiles", "that
 * Armenia was being financed": its subject suffers the act, and is not the one accused.
 */
function passiveClause(units: readonly Unit[], v: number): boolean {
  let k = v;
  let be = false;
  for (; k < v + 4 && ["AUX", "ADV", "PART"].includes(units[k]?.pos ?? ""); k++) be ||= BE.has(units[k]?.lower ?? "");
  const u = units[k];
  if (!be || !u || (u.pos !== "VERB" && u.pos !== "ADJ") || u.lower === u.lemma || TOOK_PART.has(u.lower)) return false;
  return /(?:ed|en|wn)$/.test(u.lower);
}

// Words between a speaker and its verb: "have alleged", "has repeatedly alleged".
const BEFORE_VERB = new Set(["AUX", "ADV", "PART"]);

/** The group that alleges at unit a ("Baku alleged", "Azerbaijani officials have also alleged"), if one does. */
function speakerOf(units: readonly Unit[], groups: readonly ActorGroup[], a: number): ActorGroup | undefined {
  let k = a - 1;
  while (k >= 0 && BEFORE_VERB.has((units[k] as Unit).pos) && !units[k]?.mention) k--;
  return groups.find((g) => g.last === k);
}

/** The group the speaker at unit a alleges something of: "X alleged (that) G ..." or "G ..., X alleged." */
function allegedGroup(
  units: readonly Unit[],
  groups: readonly ActorGroup[],
  a: number,
  speaker: ActorGroup,
): ActorGroup | undefined {
  // "alleged on Tuesday that", "alleged yesterday that": a day between the verb and its clause dates the charge.
  let after = a + 1;
  if (units[after]?.lower === "on" && DAY_WORDS.has(units[after + 1]?.lower ?? "")) after += 2;
  else if (DAY_WORDS.has(units[after]?.lower ?? "")) after++;
  if (units[after]?.lower === "that") after++;
  const next = groups.find((g) => g.first === after);
  if (next) return isSubjectPosition(units, next) ? next : undefined;
  // "Armenia was aware of the plot, Baku alleged.": the speaker closes the sentence after a comma.
  const closes = units[a + 1]?.pos === "PUNCT" && units[speaker.first - 1]?.lower === ",";
  const first = groups[0];
  return closes && first && first.last < speaker.first && isSubjectPosition(units, first) ? first : undefined;
}

// "X alleged that Y ...": an accusation by the one alleging, both parties known from the sentence's structure.
const ALLEGED_PARTY = structuralPattern("112");

/** Inserts an accusation for each party a named speaker alleges something of. */
export function addAllegedParties(matches: Match[], units: readonly Unit[], groups: readonly ActorGroup[]): void {
  for (let a = 1; a < units.length; a++) {
    if (!alleging(units[a])) continue;
    const speaker = speakerOf(units, groups, a);
    const g = speaker && allegedGroup(units, groups, a, speaker);
    // The clause must have a verb to allege anything; the accusation's trigger is the alleging word, whose own
    // mood ("did not allege") is the accusation's.
    if (!speaker || !g) continue;
    const verb = clauseVerb(units, g);
    if (verb < 0 || passiveClause(units, verb)) continue;
    // "Moscow alleged that Russian diplomats were harassed": a party alleging of its own accuses no one.
    const own = new Set(speaker.members.map((i) => units[i]?.mention?.actor.code));
    const alleged = g.members.filter((i) => !own.has(units[i]?.mention?.actor.code));
    if (alleged.length) insertMatch(matches, ALLEGED_PARTY, a, speaker.members, alleged);
  }
}
