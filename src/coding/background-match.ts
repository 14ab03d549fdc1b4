// Triggers that name an act the sentence only refers to, not one it reports: an appositive or a noun modifier, a
// charge or a claim, history retold, the period around the main act, a standing stance or tie, a habit, a reference.

import { chargedAct, claimedAct } from "./allegations.ts";
import { inPastWar, inPeriodPhrase, trendClause } from "./background.ts";
import { countedAct, earlierAct } from "./counted-act.ts";
import { isDisputedCharge } from "./disputed-charge.ts";
import { perfectSinceLongAgo, perfectTally } from "./long-since.ts";
import type { Match } from "./match-patterns.ts";
import { inPastRelative } from "./past-relative.ts";
import { recountedAct } from "./recounted-act.ts";
import { inPastYearClause, inSinceClause, referencedNominal } from "./referenced-act.ts";
import { sanctionsInForce } from "./sanctions-in-force.ts";
import type { Unit } from "./sentence-units.ts";
import { signedDealSubject } from "./signed-deal.ts";
import { presentRelative, standingPresent } from "./standing-present.ts";
import { describedTie, habitualAct, standingRole, standingStance } from "./standing-stance.ts";
import { topicalTie } from "./topical-tie.ts";
import { inAppositive, isNounModifier, predicateThreat } from "./trigger-scope.ts";

/** Whether the match `m` in `view` is background to its sentence rather than an act it reports; `nominal` says its
 * head is a noun, `published` dates the article for acts the text places in the past, `opening` that the sentence
 * opens the article (a headline or lede, where the simple present tells the news: "Germany backs Ukraine"). */
export function backgroundMatch(
  view: readonly Unit[],
  m: Match,
  nominal: boolean,
  published: string | undefined,
  opening = false,
): boolean {
  if (nominal && inAppositive(view, m.head) && !isDisputedCharge(m)) return true;
  if (!nominal && appositiveParticiple(view, m.head)) return true;
  if (isNounModifier(view, m) || chargedAct(view, m.head) || (nominal && claimedAct(view, m.head))) return true;
  // "the museum documents the Soviet invasion", "the anniversary of the German invasion": history retold.
  if (nominal && recountedAct(view, m.head)) return true;
  // "It was Dodik's fourth meeting with Putin": a meeting counted after "was" restates one, it is no new act.
  if (nominal && countedAct(view, m.head)) return true;
  // "the agreements reached in earlier talks": an act marked as held before refers back to it.
  if (earlierAct(view, m.head)) return true;
  // "during a period of negotiations between X and Y": the time around the sentence's act, not an act of its own.
  if (nominal && (inPeriodPhrase(view, m.head) || standingRole(view, m.head))) return true;
  if (
    inPastWar(view, m.head, published) ||
    inPastRelative(view, m.head, published) ||
    standingStance(view, m.head) ||
    (!opening && standingPresent(view, m.head)) ||
    presentRelative(view, m.head) ||
    describedTie(view, m.head) ||
    habitualAct(view, m.head, m.pattern.code) ||
    inSinceClause(view, m.head, published) ||
    inPastYearClause(view, m.head, published) ||
    trendClause(view, m.head) ||
    perfectSinceLongAgo(view, m.head, published) ||
    perfectTally(view, m.head, published)
  )
    return true;
  // "in light of Iran's attacks", "a resolution condemning Israel's offensive": referred to, not reported.
  if (nominal && referencedNominal(view, m.head)) return true;
  // "used to evade sanctions on Russian oil", "is implementing EU sanctions": sanctions in force, not imposed here.
  if (nominal && sanctionsInForce(view, m.head)) return true;
  if (nominal && predicateThreat(view, m)) return true;
  // "An agreement was signed between X and Y": the deal is the signing's subject, coded from its verb.
  if (nominal && !m.pattern.code.startsWith("057") && signedDealSubject(view, m.head)) return true;
  // "discussed prospects for trade cooperation": cooperation named as a topic or aim of talk, not done.
  if (topicalTie(view, m.head, m.pattern.code)) return true;
  return false;
}

/**
 * "The EEU, established in 2015, includes Russia, Belarus ...": a participle set off by commas right after the name it
 * describes, dated in a year, says how that party came to be, not an act the sentence reports; the clause goes on past
 * the second comma. Undated, it may report an act ("The Serbian police, accused by Britain of brutality, left"), and a
 * verb inside the commas makes it a clause of its own ("Russia, which established ...").
 */
function appositiveParticiple(view: readonly Unit[], head: number): boolean {
  const h = view[head];
  if (h?.pos !== "VERB" || !h.lower.endsWith("ed") || view[head - 1]?.lower !== "," || !view[head - 2]?.mention)
    return false;
  let dated = false;
  for (let k = head + 1; k < view.length && k <= head + 10; k++) {
    const u = view[k] as Unit;
    if (u.lower === ",") return dated && !!view[k + 1];
    dated ||= /^(?:1[89]|20)\d\d$/.test(u.lower);
    if (u.pos === "VERB" || u.pos === "AUX" || u.lower === "." || u.lower === ";") return false;
  }
  return false;
}
