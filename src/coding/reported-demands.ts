import type { Match } from "./match-patterns.ts";
import { OBLIGED } from "./modality.ts";
import type { ActorGroup } from "./parties.ts";
import { isPlaceMention, isSubjectPosition } from "./parties.ts";
import { POSSESSIVE_PRONOUNS } from "./possessive-pronouns.ts";
import type { Unit } from "./sentence-units.ts";
import { addStandingDemands } from "./standing-demand.ts";

/** A demand made by reporting what another party must do: "Russia said Sudan must return the helicopter". */
export interface ReportedDemand {
  speakers: number[];
  addressees: number[];
  /** The "must"/"should" unit: the demand's trigger. */
  head: number;
}

export const OBLIGATION: ReadonlySet<string> = new Set(["must", "should"]);
const PRESENT_BE = new Set(["is", "are", "'s", "'re"]);

/** An obligation opens at k: "must", "should", "has to", "needs to", "is going to have to". */
function obligationAt(units: readonly Unit[], k: number): boolean {
  const w = units[k]?.lower ?? "";
  if (OBLIGATION.has(w)) return true;
  const next = (n: number) => units[k + n]?.lower;
  // "has to", "needs to", "ought to": an obligation in two words (not "had to", which says it was met).
  if (OBLIGED.has(w)) return next(1) === "to";
  return PRESENT_BE.has(w) && next(1) === "going" && next(2) === "to" && next(3) === "have" && next(4) === "to";
}
const NP_REST = new Set(["NOUN", "PROPN", "DET", "ADJ", "ADP", "CCONJ", "NUM"]);
const OPEN_QUOTES = new Set(['"', "“"]);

/**
 * Speaker actors who say that another actor must, should or has to act ("said Sudan must"), or insist that it act
 * ("insisted that Russia pay"), make a demand of it (CAMEO 10). The obligation
 * itself is never coded as done: modality already treats "must" and "should" as hypothetical.
 */
function reportedDemands(
  units: readonly Unit[],
  groups: readonly ActorGroup[],
  speakerUnits: readonly number[],
): ReportedDemand[] {
  if (!speakerUnits.length) return [];
  const out: ReportedDemand[] = [];
  for (const g of groups) {
    // The rest of the subject noun phrase may follow: "the Sudanese government and the rebels in Darfur must".
    let head = g.last + 1;
    // "President X and his party must": a possessive inside the phrase does not end it.
    while (
      head < g.last + 7 &&
      (NP_REST.has(units[head]?.pos ?? "") ||
        POSSESSIVE_PRONOUNS.has(units[head]?.lower ?? "") ||
        // 'said China "must make a deal"': a quotation may open between the party and its obligation.
        OPEN_QUOTES.has(units[head]?.lower ?? "") ||
        units[head]?.mention) &&
      !obligationAt(units, head) &&
      !isSubjunctive(units, g.first, head)
    )
      head++;
    if (!(obligationAt(units, head) || isSubjunctive(units, g.first, head)) || !isSubjectPosition(units, g)) continue;
    // The speaker is the nearest one before the obligation ("X said Y must"), or else the one of a report that
    // closes the sentence ("Y must stop, Germany said"). "The Red Cross operating in Iraq said": a place inside
    // the speaker's phrase is not the speaker.
    const speakers = speakerUnits.filter((s) => s < g.first && !isPlaceMention(units, s));
    const speaker = speakers.at(-1) ?? closingSpeaker(units, speakerUnits, head);
    if (speaker === undefined) continue;
    // "President X and his party must": two groups before one obligation make one demand.
    const same = out.find((d) => d.head === head);
    if (same) same.addressees.push(...g.members);
    else out.push({ speakers: [speaker], addressees: [...g.members], head });
  }
  out.push(...toldDemands(units, speakerUnits));
  return out;
}

const PRONOUN_SUBJECTS = new Set(["it", "they", "he", "she"]);

/** "told Sweden it must release": the one told is the pronoun that must act, so the teller demands of it. */
function toldDemands(units: readonly Unit[], speakerUnits: readonly number[]): ReportedDemand[] {
  const out: ReportedDemand[] = [];
  for (let i = 0; i + 2 < units.length; i++) {
    const u = units[i] as Unit;
    if (u.lemma !== "tell" || !u.attribution || !units[i + 1]?.mention) continue;
    let k = i + 2;
    if (units[k]?.lower === "that") k++;
    if (!PRONOUN_SUBJECTS.has(units[k]?.lower ?? "") || !obligationAt(units, k + 1)) continue;
    const speaker = speakerUnits.filter((s) => s < i).pop();
    if (speaker !== undefined) out.push({ speakers: [speaker], addressees: [i + 1], head: k + 1 });
  }
  return out;
}

/** The speaker of a report after the obligation that ends its sentence: "Y must stop the strikes, Germany said." */
export function closingSpeaker(
  units: readonly Unit[],
  speakerUnits: readonly number[],
  head: number,
): number | undefined {
  const s = speakerUnits.find((k) => k > head && !isPlaceMention(units, k));
  if (s === undefined) return undefined;
  for (let k = s + 1; k < units.length; k++) if ((units[k] as Unit).clause >= 0) return undefined;
  return s;
}

// Speech verbs whose "that" clause says what must be done: "insisted that Russia pay", "requested that Mali hold".
export const DEMAND_SPEECH: ReadonlySet<string> = new Set(["insist", "demand", "request", "ask", "urge", "require"]);

/** A bare verb form right after "that X" under a demanding verb: "insisted that Russia pay", "requested that X". */
export function isSubjunctive(units: readonly Unit[], subjectFirst: number, at: number): boolean {
  const verb = units[at];
  if (!verb || verb.lower !== verb.lemma) return false;
  // The tagger may read a bare verb as a noun or adjective ("that Belarus release the", "free the"): an object
  // right after it shows it is the verb.
  const object = units[at + 1];
  const verbal =
    verb.pos === "VERB" || (["NOUN", "ADJ"].includes(verb.pos) && (object?.pos === "DET" || !!object?.mention));
  // "insisted that the Belarusian government release": an article may open the subject.
  const that = units[subjectFirst - 1]?.pos === "DET" ? subjectFirst - 2 : subjectFirst - 1;
  return verbal && units[that]?.lower === "that" && DEMAND_SPEECH.has(units[that - 1]?.lemma ?? "");
}

/** The pattern of an act read from a sentence's structure (a report, a blame), with no dictionary line behind it. */
export function structuralPattern(code: string): Match["pattern"] {
  return {
    code,
    elements: [],
    sym: false,
    preTarget: false,
    subjectTarget: false,
    ownTarget: false,
    placeTarget: false,
    otherTarget: false,
    governs: false,
    weight: 0,
    line: 0,
    verbHead: false,
    tier: 0,
  };
}

/** Inserts a one-unit match with both parties known among the matches, in the order of their heads. */
export function insertMatch(
  matches: Match[],
  pattern: Match["pattern"],
  head: number,
  source: number[],
  target: number[],
): void {
  const at = matches.findIndex((o) => o.head > head);
  const match: Match = { pattern, head, headEnd: head + 1, end: head + 1, slotS: source, slotT: target };
  matches.splice(at < 0 ? matches.length : at, 0, match);
}

// "X said Y must ...": a demand from the speaker, with both parties known from the sentence's structure.
const REPORTED_DEMAND = structuralPattern("100");

/**
 * Inserts the sentence's reported demands among its pattern matches, in the order of their heads, and the demands a
 * response's pattern took in ("rejected Beijing's demand", standing-demand.ts).
 */
export function addReportedDemands(
  matches: Match[],
  units: readonly Unit[],
  groups: readonly ActorGroup[],
  speakerUnits: readonly number[],
): void {
  for (const d of reportedDemands(units, groups, speakerUnits))
    insertMatch(matches, REPORTED_DEMAND, d.head, d.speakers, d.addressees);
  addStandingDemands(matches, units, groups, STANDING_DEMAND);
}

// "if Trump agrees to Beijing's demands": a demand that stands whatever becomes of the response (standing-demand.ts).
const STANDING_DEMAND = { ...REPORTED_DEMAND };

/** The match is a standing demand: its act is asserted, whatever the mood of the response around it. */
export function isStandingDemand(m: Match): boolean {
  return m.pattern === STANDING_DEMAND;
}
