import { clauseSubject } from "./clause-subject.ts";
import { disputedCharge } from "./disputed-charge.ts";
import { CLAIM_NOUNS } from "./modality.ts";
import type { Parties, SentenceContext } from "./party-sides.ts";
import type { Unit } from "./sentence-units.ts";
import { spokenCharge } from "./spoken-charge.ts";

// Verbs that present what follows "that" as an allegation, not as a fact.
const ALLEGE = new Set(["allege", "claim", "accuse", "charge", "contend"]);

/**
 * "The US claimed that Iraq had attacked Kuwait": an alleged hostile act is not coded as done; it is an accusation
 * (CAMEO 112) by the one alleging against the one said to have acted. Returns the accusation's parties; null when
 * the act is alleged by no named actor (not coded at all); undefined when the head is not inside an allegation.
 */
export function allegation(
  ctx: SentenceContext,
  head: number,
  code: string,
  parties: Parties,
): Parties | null | undefined {
  const root = Number(code.slice(0, 2));
  if (root < 11 || !parties.source) return undefined;
  const { units } = ctx;
  // "Uganda said Sudan attacked its posts, a charge Khartoum denies": what the speaker said is a charge against the
  // one denying it, not a fact (disputed-charge.ts codes the accusation).
  const charge = disputedCharge(units, ctx.groups);
  const codeOf = (i: number) => units[i]?.mention?.actor.code;
  if (
    charge &&
    charge.head > head &&
    parties.source.units.some((i) => charge.charged.some((c) => codeOf(c) === codeOf(i)))
  )
    return null;
  for (let k = head - 1; k >= 0; k--) {
    const u = units[k] as Unit;
    // The tagger reads "alleged that" as an adjective at times; "that" after it makes it the verb.
    const alleging = ALLEGE.has(u.lemma) || (u.pos === "ADJ" && ALLEGE.has(u.lower.replace(/d$/, "")));
    if (!(u.pos === "VERB" || u.pos === "ADJ") || !alleging || units[k + 1]?.lower !== "that") continue;
    const speaker = clauseSubject(ctx, k);
    // "A report alleged that ...": with no one to make the accusation, the alleged act is still not a fact.
    if (!speaker) return null;
    if (speaker.units.some((i) => parties.source?.units.includes(i))) return undefined;
    return { source: speaker, target: { units: parties.source.units, via: "object" } };
  }
  // "Washington's moves undermine China's sovereignty, the spokesperson said": a state's present-tense charge.
  const spokesperson = root >= 13 || code === "128" ? spokenCharge(ctx, head, parties) : undefined;
  if (spokesperson) return { source: spokesperson, target: { units: parties.source.units, via: "object" } };
  return undefined;
}

// Verbs that charge someone "of" or "with" an act: "accused Belarus of helping Russia", "charged him with spying".
const CHARGE = new Set(["accuse", "charge", "blame", "suspect", "convict", "indict"]);
const CHARGE_PREP = new Set(["of", "with", "for"]);
// Verbs that punish people "for" an act: "arrested for spying", "deported for violating visa rules". What they are
// punished for is what they are held to have done, not an act the sentence asserts (fining or sanctioning a state
// for its policy is left to the reason-gerund reading).
const PUNISH = new Set([
  "arrest",
  "detain",
  "jail",
  "imprison",
  "deport",
  "expel",
  "sentence",
  "prosecute",
  "execute",
  "punish",
]);

/**
 * "Ukraine accused Belarus of helping Russia": the act charged is what the accusation is about; it is not asserted
 * as done, so it is not coded on its own (the accusation itself is). So is every act in the charge's gerund phrase:
 * "was accused of stoking tensions by sending warships", "of creating a crisis by blocking the delivery of aid".
 */
export function chargedAct(units: readonly Unit[], head: number): boolean {
  let k = head - 1;
  // "for either violating visa norms or": a "both/either" before the gerund leaves it the preposition's object.
  while (k >= 0 && (["DET", "ADJ", "ADV"].includes((units[k] as Unit).pos) || PAIRED.has((units[k] as Unit).lower)))
    k--;
  if (CHARGE_PREP.has(units[k]?.lower ?? "") && chargedBy(units, k, head)) return true;
  return inChargedPhrase(units, head);
}

const PAIRED = new Set(["either", "both", "neither"]);

// Words that may stand in an accused phrase before its head noun: "the opposition", "its own generals".
const ACCUSED_LEAD = new Set(["DET", "ADJ", "NUM"]);

/**
 * "accused the opposition of wanting to open a front against Russia": the one accused is named right after the verb
 * of charging (a noun phrase or a pronoun) and is no party, so a party inside the charge ("Russia") is not the target. True when the verb at
 * `head` is followed by such a noun phrase and then "of/with/for", before the first target unit.
 */
export function accusedNonParty(units: readonly Unit[], head: number, target: readonly number[]): boolean {
  if (!CHARGE.has((units[head] as Unit).lemma) || (units[head] as Unit).pos !== "VERB") return false;
  let k = head + 1;
  while (ACCUSED_LEAD.has(units[k]?.pos ?? "") && !units[k]?.mention) k++;
  let nouns = 0;
  // "accused him of spying for Russia": a pronoun stands for the one accused as a noun does.
  const accused = (u: Unit | undefined) => (u?.pos === "NOUN" || (u?.pos === "PRON" && k === head + 1)) && !u.mention;
  while (accused(units[k]) && nouns < 3) {
    k++;
    nouns++;
  }
  return nouns > 0 && CHARGE_PREP.has(units[k]?.lower ?? "") && target.every((t) => t > k);
}

/** The word before the preposition at k (within six words, in the head's clause) is a verb of charging. */
function chargedBy(units: readonly Unit[], k: number, head: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const u = units[j] as Unit;
    if (u.clause !== (units[head] as Unit).clause) return false;
    if (u.pos === "VERB") return CHARGE.has(u.lemma) || (PUNISH.has(u.lemma) && units[k]?.lower === "for");
  }
  return false;
}

/**
 * The head lies in a gerund phrase opened by "accused of", "charged with": going back over gerunds, nouns and
 * prepositions only (no finite verb, no clause break), it meets "of"/"with"/"for" right after a verb of charging.
 */
function inChargedPhrase(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  // A finite verb is the clause's own act ("Turkey, accused of backing rebels, sent troops").
  if ((h.pos === "VERB" || h.pos === "AUX") && !h.lower.endsWith("ing")) return false;
  let gerund = false;
  for (let k = head - 1; k >= 0 && k >= head - 16; k--) {
    const u = units[k] as Unit;
    if (u.clause !== h.clause || u.pos === "PUNCT") return false;
    if (u.pos === "VERB" || u.pos === "AUX") {
      if (!u.lower.endsWith("ing")) return false;
      gerund = true;
      continue;
    }
    if (gerund && CHARGE_PREP.has(u.lower) && chargedBy(units, k, head)) return true;
  }
  return false;
}

// What may stand between "of" and the act: "claims of a Russian attack", "allegations of fresh cross-border raids".
const BEFORE_ACT = new Set(["DET", "ADJ", "NUM", "PROPN"]);

/**
 * "Armenia's claims of genocide", "allegations of attacks on civilians": the act after a claim noun is only said
 * to have happened; the claim (an accusation, when coded) is the event, the act is none.
 */
export function claimedAct(units: readonly Unit[], head: number): boolean {
  let k = head - 1;
  while (k >= 0 && BEFORE_ACT.has((units[k] as Unit).pos)) k--;
  const claim = units[k - 1];
  return (
    units[k]?.lower === "of" && claim !== undefined && (CLAIM_NOUNS.has(claim.lemma) || CLAIM_NOUNS.has(claim.lower))
  );
}
