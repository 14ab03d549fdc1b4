// "Finland joined Germany and France in condemning Russia": joining others in an act is doing that act alongside
// them. The act is the gerund's (FIN>RUS 111), and the joining is no accession to, or meeting with, those joined.
import type { Unit } from "./sentence-units.ts";

/**
 * The gerund a verb of joining at `head` hangs its act on ("joined its allies in imposing sanctions": "imposing"),
 * else -1. Only "in" plus an -ing word in the joining verb's own clause, with no other verb between, counts: "joined
 * NATO in 2023" and "joined the EU, which is imposing sanctions" name no act done together. The tagger may read the
 * gerund as a noun ("in expelling"); then it counts when it heads an act (`acts`), so "in spring" does not.
 */
export function joinedInAct(units: readonly Unit[], head: number, acts: ReadonlySet<number>): number {
  const h = units[head] as Unit;
  if (h.pos !== "VERB" || h.lemma !== "join") return -1;
  for (let k = head + 1; k < units.length && k <= head + 12; k++) {
    const u = units[k] as Unit;
    if (u.clause !== h.clause || u.lower === "," || u.lower === ";") return -1;
    if (u.lower === "in") {
      const next = units[k + 1];
      const gerund = !!next?.lower.endsWith("ing") && (next.pos === "VERB" || acts.has(k + 1));
      return gerund ? k + 1 : -1;
    }
    if (u.pos === "VERB" || u.pos === "AUX") return -1;
  }
  return -1;
}

/**
 * True when a verb of joining at `head` has only states as its objects and no act to do with them: "became the ninth
 * country to buy Romanian power, joining Bulgaria and Greece", "joined Peru and Chile as buyers". One joins an
 * organisation ("joined NATO"), not a state; joining states is becoming one of them, no accession or deal with them.
 * The objects are the mentions in the verb's own clause up to its next verb.
 */
export function joinsPeers(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  if (h.pos !== "VERB" || h.lemma !== "join") return false;
  let states = 0;
  for (let k = head + 1; k < units.length; k++) {
    const u = units[k] as Unit;
    if (u.clause !== h.clause || u.pos === "VERB" || u.pos === "AUX" || u.lower === ";") break;
    if (!u.mention) continue;
    if (u.mention.actor.role || (u.mention.kind !== "state" && u.mention.kind !== "capital")) return false;
    states++;
  }
  return states > 0;
}
