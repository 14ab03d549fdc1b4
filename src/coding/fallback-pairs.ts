// Pairs for an act whose clause names no party to pair with: a reply in force aimed at whoever just acted, a target the
// act implies (implicit-pairs.ts), a rejection of the accusations made just before, a criticism of the act just
// reported. Tried in that order, each only when the ones before found nothing, because the earlier readings lean on
// the sentence itself and the later ones on the sentence before.
import type { ActorRef } from "../domain/index.ts";
import { type ImplicitQuery, implicitPairs } from "./implicit-pairs.ts";
import type { Match } from "./match-patterns.ts";
import { answered, criticisedAct, type PriorAct, repliedTo } from "./reply-target.ts";
import { appendPreviousSubject, type Unit } from "./sentence-units.ts";

export interface FallbackQuery {
  /** The sentence's units, to which a party named in the sentence before is appended when one is taken. */
  units: Unit[];
  m: Match;
  /** The acts coded so far in this sentence, and those of the sentence just before (none after a paragraph break). */
  acts: readonly PriorAct[];
  prior: readonly PriorAct[];
  /** The acts of the last three sentences before this one, across paragraph breaks, newest first. */
  earlier: readonly PriorAct[];
  implicit: ImplicitQuery;
}

export interface FallbackPairs {
  pairs: Array<[number, number]>;
  goesTo?: ActorRef;
  unnamed?: ActorRef;
}

export function fallbackPairs(q: FallbackQuery): FallbackPairs {
  const { units, m, implicit } = q;
  const { view, sources, hasTarget } = implicit;
  const codeOf = (k: number) => units[k]?.mention?.actor.code ?? "";
  const pairs: Array<[number, number]> = [];
  const pairWith = (targets: readonly number[], keep: (s: number, t: number) => boolean = () => true) => {
    for (const t of targets) for (const s of sources) if (keep(s, t)) pairs.push([s, t]);
  };
  // "hurled stones at Israeli soldiers, who responded with rubber bullets": a reply in force with no one named is
  // aimed at whoever just acted on the replying side, in this sentence or the one before.
  if (!hasTarget)
    pairWith(appendPreviousSubject(units, answered(view, m, sources.map(codeOf), [...q.acts, ...q.prior])));
  if (pairs.length) return { pairs };
  const found = implicitPairs(implicit);
  pairs.push(...found.pairs);
  if (!pairs.length && !hasTarget) {
    // "rejected these accusations": aimed at whoever made them in the sentence just before.
    pairWith(appendPreviousSubject(units, repliedTo(view, m, q.prior)));
    // "Israel struck Gaza. Egypt condemned the strikes": aimed at whoever just did the act the object names; an act
    // named by its own noun ("the strikes", not "the move") may lie a few sentences back.
    const differ = (s: number, t: number) => codeOf(s) !== codeOf(t);
    if (!pairs.length) pairWith(appendPreviousSubject(units, criticisedAct(view, m, [...q.acts, ...q.prior])), differ);
    if (!pairs.length) pairWith(appendPreviousSubject(units, criticisedAct(view, m, q.earlier, true)), differ);
  }
  return { pairs, goesTo: found.goesTo, unnamed: found.unnamed };
}
