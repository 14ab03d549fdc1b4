// The checks that narrow or supply an act's target once its parties are read from the clause. They run in this order
// in codeEvents, each reading the target the one before left.
import { isPopular } from "./actor-roles.ts";
import { accusedNonParty } from "./allegations.ts";
import { FORCE_ROOTS } from "./cameo-table.ts";
import { demandBeneficiary } from "./demand-beneficiary.ts";
import { disapprovedAtHome, disapprovedTarget } from "./disapproved-act.ts";
import type { Match } from "./match-patterns.ts";
import { ownGovernmentAct } from "./own-government-act.ts";
import type { Parties, SentenceContext } from "./party-sides.ts";
import { forcedParty } from "./received-act.ts";
import type { Unit } from "./sentence-units.ts";

export interface TargetCheck {
  ctx: SentenceContext;
  /** The sentence's own units (without the previous sentence's subject appended). */
  view: Unit[];
  matches: readonly Match[];
  m: Match;
  /** The act a verb of saying or trying takes as its complement ("threatened to impose"), if any. */
  complement?: Match;
  code: string;
  parties: Parties;
  limit: number;
  nominal: boolean;
}

/**
 * Settles `parties.target` in place. Returns true when the target the clause named turned out to be the object of
 * the act rather than a party ("rejected the sanctions on Russia"): the clause then counts as coded, so a bare noun
 * trigger later in it is not read as a second act.
 */
export function settleTarget(c: TargetCheck): boolean {
  const { ctx, view, matches, m, complement, code, parties, limit, nominal } = c;
  const { groups } = ctx;
  let coded = false;
  const found = parties.target;
  parties.target = disapprovedTarget(ctx, matches, m, code, parties, limit);
  // "condemned the coup in Guinea-Bissau": a harm done at home, set in a state, is that state's.
  if (!parties.target && parties.source && /^1[12]/.test(code)) {
    const home = disapprovedAtHome(view, groups, (complement ?? m).end);
    if (home) parties.target = { units: home, via: "object" };
  }
  // "rejected the sanctions on Russia" with no sanctioner named codes nothing; the noun act it rejects is its
  // object, not a second act of the subject's.
  if (found && !parties.target && !nominal) coded = true;
  // "called for limiting benefits for wealthy Americans": whom a demanded measure is for is not its addressee.
  if (parties.target && demandBeneficiary(view, m, code, parties.target.units)) parties.target = undefined;
  // "rallied against the government's deal with Azerbaijan": aimed at the rulers' act, not at their partner in it.
  // The rulers' act is its object, not a second act of the subject's. Only a state's own people (or protesters not
  // yet named) speak of "the government" as theirs: "The United States condemned the government's arms deal with
  // Russia" keeps Russia.
  const source = parties.source?.units ?? [];
  if (
    parties.target &&
    (!source.length || source.some((k) => isPopular(ctx.units[k] as Unit))) &&
    ownGovernmentAct(view, (complement ?? m).end, parties.target.units)
  ) {
    parties.target = undefined;
    if (!nominal) coded = true;
  }
  // "accused the opposition of colluding with Greece": the one accused is named, and is no party; Greece is not it.
  if (parties.target && accusedNonParty(view, m.head, parties.target.units)) parties.target = undefined;
  // "Ukraine's drone strikes have forced Russia to move its ships": force that makes a party act falls on it.
  if (!parties.target && nominal && FORCE_ROOTS.has(code.slice(0, 2))) {
    const forced = forcedParty(view, groups, m.head, m.end);
    if (forced) parties.target = { units: forced, via: "object" };
  }
  return coded;
}
