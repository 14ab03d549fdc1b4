/** Roles a mention can add to its actor (CAMEO agent types in plain words). */
export const ROLES = [
  "government",
  "military",
  "police",
  "judiciary",
  "media",
  "opposition",
  "protesters",
  "rebels",
  "business",
  "civilians",
] as const;
export type Role = (typeof ROLES)[number];

/**
 * An actor as coded in events: `code` is an ISO 3166-1 alpha-3 state code (RUS), an organisation acronym (EU, NATO)
 * or WEST. Role, person and sector refine it but never change who the party is.
 */
export interface ActorRef {
  code: string;
  role?: Role;
  person?: string;
  /** PLOVER-style sector, e.g. "PRE" for a breakaway entity coded to its parent state. */
  sector?: string;
  /** For a patron-backed entity (DPR, Abkhazia): the patron an act about it is really aimed at. */
  patron?: string;
}

export type MentionKind =
  | "state"
  | "demonym"
  | "capital"
  | "seat"
  | "person"
  | "organisation"
  | "company"
  | "region"
  | "role";

/** A span of article text that names an actor. Offsets are into Article.text. */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  actor: ActorRef;
  /** Index of the sentence it sits in. */
  sentence: number;
}
