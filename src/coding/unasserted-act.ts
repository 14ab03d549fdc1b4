// Acts a sentence names without saying they were done: one stopped short of ("stopped short of condemning China"),
// one whose plan is denied ("Kremlin denies plans to attack NATO"),
// one carried by a text or move that another party blocked ("blocked the EU's statement criticising China", "vetoed a
// resolution condemning Belarus": the text was never adopted), and one there is no evidence for ("There is no
// evidence that China supplied weapons"), or whose report goes unconfirmed. clauseMood (modality.ts) asks.
import { REACTING } from "./mood-words.ts";
import type { Unit } from "./sentence-units.ts";

// Verbs that stop a text or a move from being adopted: what it would have said or done did not happen.
const BLOCKING = new Set(["block", "veto", "thwart", "torpedo", "scuttle", "shelve", "scrap", "stall", "kill"]);
// The words of a blocked text's phrase: "the EU's draft statement".
const NOUN_PHRASE = new Set(["NOUN", "PROPN", "ADJ", "DET", "PART"]);
// Nouns of proof that, denied, leave the clause they introduce unasserted.
const EVIDENCE = new Set(["evidence", "proof", "sign", "indication", "confirmation"]);
const NONE = new Set(["no", "little", "scant", "scarce"]);

// Verbs that disown a plan, and the nouns of a plan: "denies plans to attack", "ruled out any intention to invade".
const DISOWNING = new Set(["deny", "refute", "dismiss", "reject"]);
const PLAN = new Set(["plan", "intention", "intent", "ambition", "desire", "wish", "aim"]);

/** "Kremlin denies plans to attack NATO", "rejected any intention to invade": the plan, and so the act, is denied. */
function deniedPlan(units: readonly Unit[], head: number): boolean {
  if (units[head - 1]?.lower !== "to" || !PLAN.has(units[head - 2]?.lemma ?? "")) return false;
  let k = head - 3;
  while (k >= 0 && ((units[k] as Unit).pos === "DET" || (units[k] as Unit).pos === "ADJ")) k--;
  const verb = units[k];
  if (verb?.lemma === "out" && units[k - 1]?.lemma === "rule") return true;
  return verb?.pos === "VERB" && DISOWNING.has(verb.lemma);
}

// Nouns of an act tried or proposed but not done: "any attempt to sell", "plans to build", "the EU's bid to end".
const TRIED = new Set([
  "plan",
  "attempt",
  "bid",
  "effort",
  "proposal",
  "idea",
  "scheme",
  "push",
  "intention",
  "attempts",
]);
// Verbs that judge, oppose or back such a plan without owning it: "condemned any attempt to", "protested plans to".
const OPPOSING = new Set([...REACTING, "oppose", "resist", "warn", "fear", "question", "support", "back", "endorse"]);

/**
 * "China condemned any attempt to sell weapons to Taiwan", "protested plans to sell jets", "Hungary blocked the EU's
 * plan to end gas imports": the act after a plan or an attempt that another party judges or blocks was not done, and
 * the one judging it is not its agent. A plan owned by the one who blocks or judges it is not read here ("announced
 * plans to", "backed its own plan" have no opposing verb); a blocked plan is undone whoever owns it.
 */
function opposedPlan(units: readonly Unit[], head: number): boolean {
  if (units[head - 1]?.lower !== "to") return false;
  // "a plan by the EU to end": the owner named after the noun.
  const byOwner = units[head - 2]?.mention && ["by", "of"].includes(units[head - 3]?.lower ?? "");
  const noun = byOwner ? head - 4 : head - 2;
  if (!TRIED.has(units[noun]?.lemma ?? "")) return false;
  let owned = !!byOwner;
  let k = noun - 1;
  for (; k >= 0 && k >= noun - 5; k--) {
    const u = units[k] as Unit;
    if (u.mention || u.lower === "'s" || u.lower === "’s") owned = true;
    else if (!NOUN_PHRASE.has(u.pos)) break;
  }
  const verb = units[k];
  if (verb?.pos !== "VERB" || verb.lower.endsWith("ing")) return false;
  return BLOCKING.has(verb.lemma) || (!owned && OPPOSING.has(verb.lemma));
}

/** "stopped short of condemning", "fell short of recognising": the act was not done. */
function stoppedShort(units: readonly Unit[], head: number): boolean {
  return units[head - 1]?.lower === "of" && units[head - 2]?.lower === "short";
}

/** "blocked the EU's statement criticising China": a participle on the object of a blocking verb. */
function blockedCarrier(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  if (h.pos !== "VERB" || !h.lower.endsWith("ing") || units[head - 1]?.pos !== "NOUN") return false;
  for (let k = head - 2; k >= 0 && k >= head - 7; k--) {
    const u = units[k] as Unit;
    if (u.pos === "VERB") return BLOCKING.has(u.lemma);
    if (!(NOUN_PHRASE.has(u.pos) || u.mention || u.lower === "'s" || u.lower === "’s")) return false;
  }
  return false;
}

/** "There is no evidence that China supplied weapons", "little sign of Russian troops withdrawing". */
function noEvidence(units: readonly Unit[], head: number): boolean {
  for (let k = head - 1; k >= 2 && k >= head - 10; k--) {
    const u = units[k] as Unit;
    if ((u.lower === "that" || u.lower === "of") && EVIDENCE.has(units[k - 1]?.lemma ?? ""))
      return NONE.has(units[k - 2]?.lower ?? "");
    if (u.pos === "PUNCT" && u.lower !== "," && u.lower !== "-") return false;
  }
  return false;
}

// Nouns of a report whose content a sentence may go on to leave unconfirmed.
const REPORTS = new Set(["report", "claim", "rumour", "rumor", "allegation"]);
const CHECKED = new Set(["confirm", "verify", "corroborate"]);
const NOT_CHECKED = new Set(["unconfirmed", "unverified"]);

/** A report noun; "Reports" opening a sentence is tagged a name and keeps its plural. */
function isReport(u: Unit | undefined): boolean {
  return !!u && (REPORTS.has(u.lemma) || REPORTS.has(u.lower.replace(/s$/, "")));
}

/** "Reports that Chinese warships entered Japanese waters could not be confirmed": the report is not vouched for. */
function unconfirmedReport(units: readonly Unit[], head: number): boolean {
  let that = -1;
  for (let k = head - 1; k >= 1 && k >= head - 10; k--) {
    if (units[k]?.lower === "that" && isReport(units[k - 1])) that = k;
    if (units[k]?.pos === "PUNCT" && units[k]?.lower !== ",") break;
  }
  if (that < 0) return false;
  for (let k = head + 1; k < units.length; k++) {
    const u = units[k] as Unit;
    if (NOT_CHECKED.has(u.lower)) return true;
    if (!CHECKED.has(u.lemma)) continue;
    const before = units.slice(Math.max(0, k - 4), k).map((w) => w.lower);
    return before.includes("not") || before.includes("n't") || before.includes("never");
  }
  return false;
}

/** The mood an unasserted act takes ("negated" when stopped short of), or undefined when the act is asserted. */
export function unassertedMood(units: readonly Unit[], head: number): "negated" | "hypothetical" | undefined {
  if (stoppedShort(units, head) || deniedPlan(units, head) || opposedPlan(units, head)) return "negated";
  if (blockedCarrier(units, head) || noEvidence(units, head) || unconfirmedReport(units, head)) return "hypothetical";
  return undefined;
}
