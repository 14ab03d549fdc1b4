// A state's spokesperson saying, in the present tense, that another party harms it is charging that party, not
// reporting an act: "Washington's moves undermine China's sovereignty, the foreign ministry spokesperson said".
import { DAY_WORDS } from "./day-words.ts";
import type { Parties, SentenceContext, Side } from "./party-sides.ts";
import { closingSpeaker } from "./reported-demands.ts";
import type { Unit } from "./sentence-units.ts";

/** Verbs that report speech as the sentence's main act. */
const SAY = new Set(["say", "tell", "state", "add"]);
/** Who speaks for a state as its voice: a spokesperson's words are the state's charge. */
const SPOKESPERSON = /\bspokes(?:person|man|woman|people)\b/i;
/** The speaking state's own side, unnamed: "violate our sovereignty". */
const OUR = new Set(["our", "us"]);
/** Words that date an act or put it in the past: with them the report is of an act, not a standing charge. */
const TIMED =
  /^(?:\d{4}|yesterday|today|last|ago|earlier|january|february|march|april|june|july|august|september|october|november|december)$/;

/**
 * The spokesperson's side when the act at `head` is a present-tense charge they voice as the sentence's main verb of
 * saying ("X said Y violates our sovereignty", "Y violates our sovereignty, X said"); undefined otherwise.
 */
export function spokenCharge(ctx: SentenceContext, head: number, parties: Parties): Side | undefined {
  const { units } = ctx;
  if (!presentSimple(units, head) || datedClause(units, head)) return undefined;
  const source = parties.source?.units ?? [];
  const speaker = ctx.speakerUnits.find((s) => {
    if (source.includes(s) || !spokesperson(units, s)) return false;
    return s > head ? closingSpeaker(units, ctx.speakerUnits, head) === s : saysNext(units, s, head);
  });
  if (speaker === undefined) return undefined;
  const state = units[speaker]?.mention?.actor.code;
  if (!state || source.some((k) => units[k]?.mention?.actor.code === state)) return undefined;
  // The charge is of a harm to the spokesperson's own state ("China's sovereignty", "our security"): "Russia attacks
  // Ukraine every night" said by Poland's spokesperson is still Russia's act.
  const target = parties.target?.units ?? [];
  const own = target.length
    ? target.every((k) => units[k]?.mention?.actor.code === state)
    : units.some((u, k) => k > head && u.clause === units[head]?.clause && OUR.has(u.lower));
  if (!own) return undefined;
  return { units: [speaker], via: "subject" };
}

/**
 * The speaker is a spokesperson: the word is in the mention ("spokesperson Mao Ning"), right after it ("Japanese
 * foreign ministry spokeswoman") or before "for" it ("a spokesman for the Polish foreign ministry").
 */
function spokesperson(units: readonly Unit[], s: number): boolean {
  if (SPOKESPERSON.test(units[s]?.mention?.text ?? "") || SPOKESPERSON.test(units[s + 1]?.lower ?? "")) return true;
  const k = units[s - 1]?.pos === "DET" ? s - 2 : s - 1;
  return units[k]?.lower === "for" && SPOKESPERSON.test(units[k - 1]?.lower ?? "");
}

/** "violates", "undermine": a verb in the simple present, not after "to", a modal, an auxiliary or "not". */
function presentSimple(units: readonly Unit[], head: number): boolean {
  const u = units[head];
  if (u?.pos !== "VERB" || u.lower.endsWith("ing")) return false;
  const before = units[head - 1];
  if (before && (before.pos === "AUX" || before.pos === "PART" || before.lower === "to")) return false;
  return u.lower === u.lemma || u.lower === `${u.lemma}s` || u.lower === `${u.lemma}es`;
}

/** A date or a day in the charge's clause makes it a dated act ("on Monday", "in 2019", "last week"). */
function datedClause(units: readonly Unit[], head: number): boolean {
  const clause = (units[head] as Unit).clause;
  return units.some((u) => u.clause === clause && (DAY_WORDS.has(u.lower) || TIMED.test(u.lower)));
}

/** The first verb after the speaker is a verb of saying, and the charge follows it. */
function saysNext(units: readonly Unit[], speaker: number, head: number): boolean {
  for (let k = speaker + 1; k < head; k++) {
    const u = units[k] as Unit;
    if (u.pos === "VERB" || u.pos === "AUX") return SAY.has(u.lemma);
  }
  return false;
}
