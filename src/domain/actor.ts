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
  /**
   * For a named group of states ("the Baltic states", code BALTIC): the ISO3 codes of its members. An act of or on the
   * group is an act of or on each member, as for a coordinated list; the group's own code never makes an event.
   */
  members?: string[];
}

/** One ref per member of a group of states (each with the group's role), or the ref itself when it names no group. */
export function memberRefs(ref: ActorRef): ActorRef[] {
  if (!ref.members?.length) return [ref];
  return ref.members.map((code) => (ref.role ? { code, role: ref.role } : { code }));
}

/**
 * The dyads an act between two refs makes: every member of the source with every member of the target, a state
 * never with itself ("Lithuania urged the other Baltic states": LTU with EST and LVA only).
 */
export function memberPairs(source: ActorRef, target: ActorRef): Array<[ActorRef, ActorRef]> {
  if (!source.members && !target.members) return [[source, target]];
  const out: Array<[ActorRef, ActorRef]> = [];
  for (const s of memberRefs(source)) for (const t of memberRefs(target)) if (s.code !== t.code) out.push([s, t]);
  return out;
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
