// Who does an act and to whom, as the party resolver reports it.
import type { ActorGroup } from "./parties.ts";
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
