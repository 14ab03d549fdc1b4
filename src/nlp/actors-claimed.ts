// A state's claim on a place another code names: "China's Taiwan region", "Serbia's Kosovo province". The place named
// is the party that acts or is acted on; the possessive only says who claims it, as official media word it.
import type { Match } from "./actors.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Words that make the named place a claimed part of the possessor ("Taiwan region", "Taiwan province"). */
const CLAIMED_AS = new Set(["region", "province", "territory"]);

/**
 * The matches with a state whose possessive only claims the next state named folded into that state's mention, which
 * then spans the whole phrase ("China's Taiwan region" is one mention of Taiwan).
 */
export function withoutClaimants(toks: readonly GazToken[], sent: Int32Array, matches: Match[]): Match[] {
  const out: Match[] = [];
  for (let n = 0; n < matches.length; n++) {
    const m = matches[n] as Match;
    const next = matches[n + 1];
    const claims =
      m.kind === "state" &&
      next?.kind === "state" &&
      next.actor.code !== m.actor.code &&
      toks[m.j]?.norm === "'s" &&
      next.i === m.j + 1 &&
      sent[next.i] === sent[m.i] &&
      next.j < toks.length &&
      sent[next.j] === sent[m.i] &&
      CLAIMED_AS.has(toks[next.j]?.norm ?? "");
    if (!claims) {
      out.push(m);
      continue;
    }
    out.push({ ...next, i: m.i, j: next.j + 1, bare: next.j + 1 });
    n++;
  }
  return out;
}
