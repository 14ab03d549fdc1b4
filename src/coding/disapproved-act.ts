// Disapproval of a hostile act: "condemned the bombing of Gaza by Israel" is aimed at Israel, who bombed, not at Gaza.
import { COERCIVE_ROOTS } from "./cameo-table.ts";
import type { Match } from "./match-patterns.ts";
import { type ActorGroup, governorOf } from "./parties.ts";
import type { Parties, SentenceContext, Side } from "./party-sides.ts";
import { resolveParties } from "./resolve-parties.ts";
import { NOUN_AGENT } from "./reversal.ts";
import type { Unit } from "./sentence-units.ts";
import { isNominal } from "./voice.ts";

// Acts whose victim is not the one disapproved of: force, coercion, sanctions and cuts in relations.
const HOSTILE_ROOTS = new Set([...COERCIVE_ROOTS, "16"]);
// How such an act names its victim: "the attack on Kyiv", "sanctions against Russia", "the bombing of Gaza".
const VICTIM_PREP = new Set(["on", "against", "of", "at", "upon"]);

/**
 * The target of a disapproval (11x) whose object is a hostile noun act before the party found as target: the act's own
 * agent ("the Russian attack on Kyiv", "the bombing of Gaza by Israel"), or none when the text names none ("condemned
 * the attack on Ukraine" disapproves of no one named). Otherwise the target found.
 */
export function disapprovedTarget(
  ctx: SentenceContext,
  matches: readonly Match[],
  m: Match,
  code: string,
  parties: Parties,
  limit: number,
): Side | undefined {
  const target = parties.target;
  if (!(code.startsWith("11") || code.startsWith("12")) || target?.via !== "object") return target;
  const first = Math.min(...target.units);
  if (!VICTIM_PREP.has(governorOf(ctx.units, first)?.lower ?? "")) return target;
  const act = matches.find(
    (o) =>
      o.head > m.head &&
      o.head < first &&
      HOSTILE_ROOTS.has(o.pattern.code.slice(0, 2)) &&
      isNominal(ctx.units, o.head),
  );
  if (!act) return target;
  const agent = resolveParties(ctx, act, limit).source;
  if (agent && NOUN_AGENT.has(agent.via)) return agent;
  // "condemned the arrest of the opposition leader": with no one named, an arrest or a crackdown is the work of the
  // victim's own state, whom the old target already names.
  return act.pattern.code.startsWith("17") ? target : undefined;
}

// Harms a state's own rulers or forces do at home: condemning one "in" a state is aimed at that state. Not killings,
// violence, abuses or atrocities: in a war those "in Ukraine" or "in Gaza" are mostly done by another state's forces.
const HOME_HARMS = new Set(
  "coup coups crackdown crackdowns repression persecution executions detentions arrests fraud rigging takeover".split(
    " ",
  ),
);
const BEFORE_HARM = new Set(["DET", "ADJ", "NUM"]);

/**
 * "condemned the coup in Guinea-Bissau", "denounced the crackdown in Belarus": a disapproval whose object is a harm
 * done at home, set "in" a state named bare, is aimed at that state (whose rulers or forces did it). Returns the
 * state's units, or undefined when the object is no such phrase.
 */
export function disapprovedAtHome(
  units: readonly Unit[],
  groups: readonly ActorGroup[],
  from: number,
): number[] | undefined {
  let k = from;
  while (k < from + 4 && BEFORE_HARM.has(units[k]?.pos ?? "")) k++;
  if (!HOME_HARMS.has(units[k]?.lower ?? "") || units[k + 1]?.lower !== "in") return undefined;
  const at = units[k + 2]?.lower === "the" ? k + 3 : k + 2;
  const g = groups.find((x) => x.first === at);
  const bare = g?.members.every((i) => units[i]?.mention?.kind === "state" && !units[i]?.mention?.actor.role);
  return g && bare ? g.members : undefined;
}
