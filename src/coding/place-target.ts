// Where an act goes when no actor is named as its target: a visit's destination, or the state a strike hits.
import type { ActorRef, PlaceMention } from "../domain/index.ts";
import { type ActorGroup, governorOf } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

// Codes whose act goes somewhere: the place it goes to is its target (CAMEO's meaning of a visit).
export const DESTINED = new Set(["042", "043", "074", "154"]);
const TO_PLACE = new Set(["in", "to", "into", "at"]);
// The words right before a destination place: "arrived in", "flew to the", "deployed troops into".
const TO_PLACE_RE = /\b(in|to|into|at)\s+(the\s+)?$/i;
// Uses of force: with no one named, where they hit names whom they hit.
export const FORCE_ROOTS = new Set(["18", "19", "20"]);
// Force and its show or threat (mobilising, coercion): promised or threatened, each is a threat of force (138).
export const COERCIVE_ROOTS = new Set(["15", "17", ...FORCE_ROOTS]);

/** An actor group right after "in/to/into/at" past the head: "arrived in Amman", "deploy peacekeepers in Iraq". */
export function destination(
  units: readonly Unit[],
  groups: readonly ActorGroup[],
  from: number,
  limit: number,
): number[] | undefined {
  const g = groups.find((x) => x.first >= from && x.first < limit && x.first - from <= 6);
  return g && TO_PLACE.has(governorOf(units, g.first)?.lower ?? "") ? g.members : undefined;
}

export interface PlaceSearch {
  text: string;
  units: readonly Unit[];
  places: readonly PlaceMention[];
  /** Unit index right after the trigger's head (its complement's, for a destination), and the search's end. */
  from: number;
  forceFrom: number;
  limit: number;
  /** The act goes somewhere (a visit, a deployment). */
  destined: boolean;
  /** The act is a use of force. */
  force: boolean;
  /** The source's state codes: force used at home is aimed at no other state. */
  own: readonly string[];
}

/**
 * The state of a named place the act goes to ("flew to Aktau") or, for force, the state the place it hits lies in
 * ("Israeli tanks fired at targets in Jericho"); undefined when the text names no such place.
 */
export function placeTarget(q: PlaceSearch): ActorRef | undefined {
  const to = (q.units[Math.min(q.limit, q.units.length) - 1] as Unit).end;
  if (q.destined) {
    const from = (q.units[q.from - 1] as Unit).end;
    const place = q.places.find(
      (p) => p.start > from && p.end <= to && TO_PLACE_RE.test(q.text.slice(Math.max(from, p.start - 40), p.start)),
    );
    if (place) return { code: place.country };
  }
  if (q.force) {
    const head = q.units[q.forceFrom - 1] as Unit;
    // "Turkish troops in Iraq shelled Kurdish villages": with no place after the verb, where its subject stands.
    let first = q.forceFrom - 1;
    while (first > 0 && (q.units[first - 1] as Unit).clause === head.clause) first--;
    const clauseStart = (q.units[first] as Unit).start;
    // Only a place right in the subject phrase of the verb: no other verb between them.
    const inSubject = (p: PlaceMention) =>
      head.pos === "VERB" &&
      p.start >= clauseStart &&
      p.end <= head.start &&
      !q.units.some((u) => u.start >= p.end && u.end <= head.start && u.pos === "VERB");
    const place = q.places.find((p) => p.start > head.end && p.end <= to) ?? q.places.find(inSubject);
    if (place && q.own.length && !q.own.includes(place.country)) return { code: place.country };
  }
  return undefined;
}
