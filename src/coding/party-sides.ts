// Who does an act and to whom, as the party resolver reports it.
import { isModifierMention } from "./modifier-mention.ts";
import { type ActorGroup, isPlaceMention } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

export type Via =
  | "slot"
  | "subject"
  | "passive"
  | "by"
  | "prenominal"
  | "from"
  | "pronoun"
  | "relative"
  | "inherited"
  | "object"
  | "context";

export interface Side {
  units: number[];
  via: Via;
}

export interface Parties {
  source?: Side;
  target?: Side;
}

/** What the coder knows about the sentence around the triggers. */
export interface SentenceContext {
  units: readonly Unit[];
  groups: readonly ActorGroup[];
  /** Actor units that speak ("Iraq said it would..."): a pronoun right after them is them. */
  speakerUnits: readonly number[];
  /** Subject units of the previous sentence, for a sentence that opens with "It" or "They". */
  previousSubject: readonly number[];
}

/** A group that may do an act: no member is a modifier ("pro-Russian") or a place. */
export const SAFE_SOURCE = (ctx: SentenceContext, g: ActorGroup) =>
  g.members.every((i) => !isModifierMention(ctx.units, i) && !isPlaceMention(ctx.units, i));

/** The actor groups that open inside one clause. */
export function groupsIn(ctx: SentenceContext, clause: number): ActorGroup[] {
  return ctx.groups.filter((g) => (ctx.units[g.first] as Unit).clause === clause);
}
