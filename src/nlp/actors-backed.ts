// A foreign-backed armed group ("Russian-backed separatists", "Iran-backed militias"): where it is placed and what it
// is coded as once placed.
import type { ActorRef } from "../domain/index.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

// Words of meeting and negotiating: in their sentence a city after "in" is where the parties met, not where a group
// they met with fights ("Ukraine met Russian-backed separatists in Minsk").
const TALKS = new Set(
  (
    "meet meets met meeting meetings talk talks negotiate negotiates negotiated negotiating negotiation negotiations " +
    "summit conference hosted hosts host sign signs signed signing"
  ).split(" "),
);

/** Whether the sentence of token i speaks of a meeting, talks or a signing. */
export function isTalks(toks: readonly GazToken[], sent: Int32Array, i: number): boolean {
  const s = sent[i];
  for (let k = i; k >= 0 && sent[k] === s; k--) if (TALKS.has(toks[k]?.norm ?? "")) return true;
  for (let k = i + 1; k < toks.length && sent[k] === s; k++) if (TALKS.has(toks[k]?.norm ?? "")) return true;
  return false;
}

/**
 * A backed group's actor: of the state it operates in, carrying its patron, never that state's own army or police
 * (PLOVER codes such groups as rebels, or sector PRE when they are a breakaway region's forces: "Russian-backed forces
 * in Abkhazia" are Georgia's PRE, not Georgia's military). "Saudi-backed forces in Yemen" are rebels too: a foreign
 * backer says nothing of which side they fight on, and "Saudi-backed government forces" take the government's role
 * before this (actors-modifiers.ts). Unplaced, its code is its patron's: words about its status still reach the
 * patron, and the coder pairs it with no state for its own acts or others' acts on it (coding/pair-actors.ts).
 */
export function backedGroup(actor: ActorRef, patron: string, at: { code?: string; breakaway: boolean }): ActorRef {
  const role = actor.role === "military" || actor.role === "police" ? "rebels" : actor.role;
  const ref: ActorRef = { ...actor, code: at.code ?? patron, patron };
  if (role) ref.role = role;
  if (at.breakaway) ref.sector = "PRE";
  return ref;
}
