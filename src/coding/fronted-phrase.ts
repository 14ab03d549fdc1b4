// "After meeting Chinese leaders, the Russian president signed ...", "Following talks with Iran, Iraq agreed ...":
// a phrase the sentence opens with, up to its comma, is said of the subject right after that comma.
import { NOT_YET } from "./awaited-occasion.ts";
import { heldContact } from "./held-contact.ts";
import { type ActorGroup, governorOf, isFiniteVerb } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

// Words that open such a phrase; a sentence may also open with the gerund itself ("Visiting Moscow, ...").
const OPENERS = new Set(["after", "following", "before", "during", "upon", "on", "while", "at", "in"]);
// A finite verb right after one of these has a subject of its own ("After Russia attacked, ..."): a clause.
const SUBJECT_POS = new Set(["NOUN", "PROPN", "PRON"]);
const MAX_PHRASE = 14;
// What a short opening phrase holds before its noun: "during the meeting", "in a ninety-minute meeting".
const PHRASE_POS = new Set(["DET", "ADJ", "NUM", "NOUN", "PUNCT"]);

interface FrontedPhrase {
  /** The comma that closes the phrase. */
  comma: number;
  /** The subject after the comma, which the phrase is said of. */
  subject: ActorGroup;
  /** The subject's finite verb. */
  verb: number;
}

/** The phrase the sentence opens with and the subject it is said of, if the sentence opens that way. */
function frontedPhrase(units: readonly Unit[], groups: readonly ActorGroup[]): FrontedPhrase | undefined {
  const first = units[0];
  if (!first || first.clause < 0) return undefined;
  const gerund = first.pos === "VERB" && first.lower.endsWith("ing");
  if (!gerund && !OPENERS.has(first.lower)) return undefined;
  let comma = -1;
  for (let j = 1; j < units.length && j <= MAX_PHRASE; j++) {
    const u = units[j] as Unit;
    if (u.lower === ",") {
      comma = j;
      break;
    }
    const prev = units[j - 1] as Unit;
    if (isFiniteVerb(u) && (prev.mention || SUBJECT_POS.has(prev.pos))) return undefined;
  }
  if (comma < 0) return undefined;
  const subject = speakerAfter(units, comma) ?? groups.find((g) => g.first > comma && g.first <= comma + 3);
  if (!subject) return undefined;
  for (let k = comma + 1; k < subject.first; k++) if ((units[k] as Unit).pos !== "DET") return undefined;
  let verb = subject.last + 1;
  while (units[verb]?.pos === "ADV") verb++;
  return isFiniteVerb(units[verb]) ? { comma, subject, verb } : undefined;
}

/**
 * "After meeting Xi in Beijing, Lula said ...": the speaker of a report right after the comma is the subject the
 * phrase is said of too (speakers make no actor group).
 */
function speakerAfter(units: readonly Unit[], comma: number): ActorGroup | undefined {
  let k = comma + 1;
  if (units[k]?.pos === "DET") k++;
  return units[k]?.mention && units[k]?.attribution ? { members: [k], first: k, last: k } : undefined;
}

/**
 * The subject of a gerund inside the fronted phrase ("After meeting X, Y signed": Y meets X), or of a contact held with
 * a named partner there ("In a phone call with Putin, Modi raised ...": Modi spoke with Putin).
 */
export function frontedSubject(units: readonly Unit[], groups: readonly ActorGroup[], head: number) {
  const u = units[head] as Unit;
  const gerund = u.pos === "VERB" && u.lower.endsWith("ing");
  // Only a contact the phrase sets the subject in ("In a call with", "During talks with"): one hoped for or sought
  // ("Hoping for a meeting with Xi, ...", "Seeking talks with Tehran, ...") was not held.
  if (!gerund && !heldContact(units, head)) return undefined;
  const fronted = frontedPhrase(units, groups);
  return fronted && head < fronted.comma && !yetToCome(units, fronted.verb) ? fronted.subject : undefined;
}

// Words that put the subject's act ahead of the time of writing: "Modi will travel", "Lula could fly" (the words
// that keep an awaited occasion ahead, awaited-occasion.ts), "Putin is expected to raise".
const AWAITED = new Set(["expected", "due", "set", "scheduled", "slated", "going"]);

/**
 * "Following a meeting with Putin next week, Modi will travel to Kyiv", "After meeting Xi, Lula will fly to Tokyo":
 * what the phrase sets beside an act still to come is to come as well, no contact held.
 */
function yetToCome(units: readonly Unit[], verb: number): boolean {
  const v = units[verb] as Unit;
  return NOT_YET.has(v.lower) || (v.lemma === "be" && AWAITED.has(units[verb + 1]?.lower ?? ""));
}

/** The "with" partner of the fronted phrase, for the main act of its subject ("Following talks with Iran, Iraq agreed"). */
export function frontedPartner(
  units: readonly Unit[],
  groups: readonly ActorGroup[],
  head: number,
  source: readonly number[],
): number[] | undefined {
  const fronted = frontedPhrase(units, groups);
  if (!fronted || head < fronted.subject.last || !source.every((i) => fronted.subject.members.includes(i)))
    return undefined;
  return groups.find((g) => g.last < fronted.comma && governorOf(units, g.first)?.lower === "with")?.members;
}

/**
 * "During the meeting Karimov and Xi exchanged views", "In a long meeting the two leaders discussed ...": a sentence
 * that opens with a short phrase and no comma; the actors right after its noun, before a finite verb, are the subject
 * (not a name the noun modifies, as in "the rebel Kurdistan Workers' Party").
 */
export function commalessOpener(units: readonly Unit[], group: ActorGroup): boolean {
  // The subject's own article may follow the noun ("during the meeting the Danish delegation praised").
  const noun = units[group.first - 1]?.pos === "DET" ? group.first - 2 : group.first - 1;
  if (!OPENERS.has(units[0]?.lower ?? "") || group.first > MAX_PHRASE || units[noun]?.pos !== "NOUN") return false;
  for (let k = 1; k < noun; k++) if (!PHRASE_POS.has((units[k] as Unit).pos)) return false;
  // "the Chilean and Peruvian presidents discussed": the actors may modify the subject's own noun.
  let verb = group.last + 1;
  if (units[verb]?.pos === "NOUN") verb++;
  while (units[verb]?.pos === "ADV") verb++;
  return isFiniteVerb(units[verb]);
}
