// "Estonia, Latvia and Lithuania expelled Russian diplomats. Russia summoned the ambassadors of the three countries":
// a count of three or more before a plural word for states stands for the states the text has just named, as many
// as it counts. It is one mention of a group of those states (an act on it is an act on each, as for "the Baltic
// states"). The count must fit exactly: a named group of that many members within reach (nearest first), or else the
// nearest sentence naming that many states, leaving out those the phrase's own sentence names as other parties
// ("Russia summoned ..."). Otherwise the phrase names no one. "The two countries" and "both sides" are read by the
// coder as the pair named before (src/coding/pair-reference.ts).

import type { Match } from "./actors.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

const COUNTS: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const PLURALS = new Set(["countries", "states", "nations", "republics"]);
/** Sentences back the count may reach. */
const REACH = 3;

/** The states a mention stands for: a group's members, or its own code when that is a state. */
function statesOf(gz: Gazetteer, m: Match): string[] {
  if (m.actor.members?.length) return m.actor.members;
  return gz.states.has(m.actor.code) ? [m.actor.code] : [];
}

/** The `count` states "the N countries" at token `at` stands for, or undefined when the text does not say which. */
function countedStates(gz: Gazetteer, sent: Int32Array, named: readonly Match[], at: number, count: number) {
  const here = sent[at];
  const before = named.filter((m) => m.i < at && sent[m.i] >= here - REACH && sent[m.i] >= 0);
  const own = new Set(before.filter((m) => sent[m.i] === here).flatMap((m) => statesOf(gz, m)));
  if (own.size === count) return [...own];
  // A named group of that many members ("the three Baltic nations") is what a count refers back to first.
  for (let q = before.length - 1; q >= 0; q--) {
    const members = before[q].actor.members;
    if (members?.length === count && sent[before[q].i] < here) return members;
  }
  for (let s = here - 1; s >= here - REACH; s--) {
    const states = new Set(before.filter((m) => sent[m.i] === s).flatMap((m) => statesOf(gz, m)));
    for (const code of own) states.delete(code);
    if (states.size) return states.size === count ? [...states] : undefined;
  }
  return undefined;
}

/**
 * Adds to `all` (mentions sorted by position) one group mention per "the three countries" whose states the text has
 * just named; its code joins the members' codes (it never makes an event of its own: acts go to each member).
 */
export function withCountedStates(gz: Gazetteer, toks: GazToken[], sent: Int32Array, all: Match[]): Match[] {
  let added: Match[] | undefined;
  for (let k = 0; k + 2 < toks.length; k++) {
    const count = COUNTS[toks[k + 1].norm];
    if (count === undefined || toks[k].norm !== "the" || !PLURALS.has(toks[k + 2].norm)) continue;
    if (sent[k + 2] !== sent[k] || all.some((m) => m.i <= k + 2 && k < m.j)) continue;
    // "the three countries' foreign ministers" stays the group; "the three countries of Central Asia" names them after.
    if (toks[k + 3]?.norm === "of") continue;
    const members = countedStates(gz, sent, all, k, count);
    if (!members) continue;
    const sorted = [...members].sort();
    (added ??= []).push({
      i: k,
      j: k + 3,
      bare: k + 3,
      kind: "organisation",
      actor: { code: sorted.join("_"), members },
    });
  }
  return added ? [...all, ...added].sort((a, b) => a.i - b.i) : all;
}
