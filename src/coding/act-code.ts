// Which act a trigger codes, and in what mood: a governed complement, a refusal, an act being stopped, a negation,
// a condition or a future turn the trigger's own code into the act the sentence says was done (or into none).
import { awaitedOccasion } from "./awaited-occasion.ts";
import { conditionAfter, threatCode } from "./conditions.ts";
import { tollOfConflict } from "./conflict-toll.ts";
import { failedDeal } from "./failed-deal.ts";
import { intentCode } from "./future-code.ts";
import { combineGoverned } from "./governed-code.ts";
import {
  calledOff,
  governingVerb,
  helpsAct,
  refusedForFuture,
  sharedInfinitive,
  withholdsPermission,
} from "./governing-verb.ts";
import type { Match } from "./match-patterns.ts";
import { type Mood, moodOf } from "./modality.ts";
import { heldAsPlanned } from "./noun-predicate.ts";
import { isStandingDemand } from "./reported-demands.ts";
import { reversedCode, reversingVerb } from "./reversal.ts";
import type { Unit } from "./sentence-units.ts";
import { avoidedAct, stoppingVerb } from "./stopped-gerund.ts";
import { governsThroughProposal, promisesNotTo } from "./trigger-scope.ts";

/** A code of verbal or material conflict (CAMEO roots 10-20). */
function isConflictRoot(code: string): boolean {
  return Number(code.slice(0, 2)) >= 10;
}

export interface ActCode {
  code: string;
  /** The act a governing head takes over ("threatened to cut": the cutting), consumed by it. */
  complement?: Match;
  /** The verb stopping a noun act ("ended mediation"), or -1. */
  reverser: number;
  mood: Mood;
  condition?: { at: number; unless: boolean };
}

// A demand named as answered was made, whatever the answer's mood ("if Trump agrees to Beijing's demands").
const STANDING: ActCode = { code: "100", reverser: -1, mood: "asserted" };

/**
 * The act the match at `i` codes, or undefined when the sentence says it was not done (negated, hypothetical,
 * called off) or stopping it means nothing. A complement it governs is added to `consumed`.
 */
export function actCode(
  view: readonly Unit[],
  matches: readonly Match[],
  i: number,
  consumed: Set<Match>,
  reported: boolean,
  nominal: boolean,
): ActCode | undefined {
  const m = matches[i] as Match;
  if (isStandingDemand(m)) return STANDING;
  // "threatened to cut", "refused to sign", "offered to mediate": one act, coded by the governing verb.
  let code = m.pattern.code;
  let complement: Match | undefined;
  // "threatened to suspend talks and withdraw its troops": the second infinitive is governed too (sharedInfinitive),
  // by whichever pattern codes the governing verb ("threaten ; gov", "threaten * suspend").
  const shared = sharedInfinitive(view, m.head);
  const ruler = shared >= 0 ? governingVerb(view, m.head) : -1;
  const governor = ruler >= 0 ? matches.find((o) => o.head === ruler) : undefined;
  if (governor) {
    // "refused to recognise the vote and expel the ambassador": a hostile act held back spares its target (below).
    if (governor.pattern.code.startsWith("12") && isConflictRoot(code)) return undefined;
    code = combineGoverned(governor.pattern.code, code);
  }
  if (m.pattern.governs) {
    complement = matches.find((o) => {
      if (o === m || o.head <= m.head) return false;
      const governor = governingVerb(view, o.head);
      if (governor < m.head || governor >= o.head) return false;
      // "helped Ukraine (to) repel an attack": with the helped party named, the help is aid to it, and its own act.
      if (m.pattern.code.startsWith("07") && governor !== m.head) return false;
      return governor <= m.end || governsThroughProposal(view, m.end, governor);
    });
    if (complement) {
      consumed.add(complement);
      // "refused to condemn Russia", "declined to impose sanctions on Iran": holding back a hostile act rejects
      // whoever asked for it (rarely named), not its target, who is spared.
      if (code.startsWith("12") && isConflictRoot(complement.pattern.code)) return undefined;
      code = combineGoverned(code, complement.pattern.code);
    }
    // "helped intercept incoming missiles": help given to an act that is no event of its own is no aid to its object.
    if (!complement && code.startsWith("07") && helpsAct(view, m.head)) return undefined;
    // "vowed not to return", "pledged never to sign": a promise not to act is a refusal.
    if (code.startsWith("03") && promisesNotTo(view, m.headEnd)) {
      code = complement ? combineGoverned("120", complement.pattern.code) : "120";
    }
  }
  // "ended mediation", "lifted the blockade": the noun names the act being stopped, not one being done.
  // An adjective and its noun are one noun act: "withheld $400 million in military aid".
  const noun =
    (view[m.head] as Unit).pos === "NOUN" ||
    ((view[m.head] as Unit).pos === "ADJ" && m.end === m.head + 2 && view[m.head + 1]?.pos === "NOUN");
  // "urged its citizens to avoid travelling to Japan": an act kept away from is not done; nor is the toll a
  // conflict took ("a deal to end fighting that has killed thousands").
  if (avoidedAct(view, m.head) || tollOfConflict(view, m.head)) return undefined;
  // "agreed to stop targeting the Houthis": a gerund after a verb of stopping is stopped as a noun is.
  const reverser = complement ? -1 : noun ? reversingVerb(view, m.head) : stoppingVerb(view, m.head);
  if (reverser >= 0) {
    const undone = reversedCode(code);
    if (!undone) return undefined;
    code = undone;
  }
  let mood = moodOf(view, m.head, reported);
  // "would not allow Sweden to join", "gave no permission": withholding permission is a refusal (CAMEO 124).
  if (mood === "negated" && withholdsPermission(view, m.head, m.end)) {
    code = "124";
    mood = "asserted";
  }
  // "would not recognise the results", "will not accept the proposal": a stated refusal rejects (CAMEO 12).
  if (mood === "negated" && refusedForFuture(view, m.head)) {
    code = "120";
    mood = "asserted";
  }
  if (mood === "negated" || mood === "hypothetical" || (nominal && calledOff(view, m.head))) return undefined;
  // "the deal collapsed before it was signed", "the failed accord": an agreement that came to nothing was not made.
  if (nominal && failedDeal(view, m.head, code)) return undefined;
  // "ahead of talks between X and Y", "on the eve of Xi's visit": a meeting still to come is one the sides plan (an
  // intent to meet, 036), not one held. "hours before the Russian strike on Odesa" still tells of a strike.
  // "A planned visit ... took place on Tuesday": the occasion awaited was held (heldAsPlanned).
  const awaited = awaitedOccasion(view, m.head) && !heldAsPlanned(view, m.head);
  if (code.startsWith("04") && mood === "asserted" && awaited) mood = "future";
  const condition = conditionAfter(view, m.head);
  // "will recall its ambassador", "plans to evacuate embassy staff": a state's own mission called home is done by
  // announcing it, so the announced recall is the break itself (161); "would recall it if...", and "told the US it
  // would expel diplomats", stay threats.
  if (mood === "future" && code === "161" && !condition && !wouldBefore(view, m.head)) mood = "asserted";
  if (mood === "future") {
    const f = condition?.unless ? threatCode(code) : intentCode(view, m.head, code);
    if (!f) return undefined;
    code = f;
  }
  return { code, complement, reverser, mood, condition };
}

/** "would" (or "'d") in the few words before the act at `head`: a conditional or reported future, not a decision. */
function wouldBefore(view: readonly Unit[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - 4; k--)
    if (["would", "'d"].includes((view[k] as Unit).lower)) return true;
  return false;
}
