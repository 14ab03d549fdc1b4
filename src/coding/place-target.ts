// Where an act goes when no actor is named as its target: a visit's destination, the state a strike hits or a retreat
// yields to.
import type { ActorRef, PlaceMention } from "../domain/index.ts";
import { ownSubjectBetween } from "./background.ts";
import { clauseSpan } from "./event-details.ts";
import { heldBy, holderOf } from "./held-territory.ts";
import { type ActorGroup, governorOf } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

// Codes whose act goes somewhere: the place it goes to is its target (CAMEO's meaning of a visit).
export const DESTINED = new Set(["042", "043", "074", "154"]);
// Aid sent or delivered "to" a named town goes to the state the town is in ("delivered food aid to Aleppo"); aid
// "in" a place is only where it is ("a UN aid convoy came under fire in Bosnia").
export const SENT_TO = new Set(["070", "071", "072", "073", "075"]);
const SENT_TO_RE = /\b(to|into)\s+(the\s+)?$/i;
const TO_PLACE = new Set(["in", "to", "into", "at"]);
// The words right before a destination place: "arrived in", "flew to the", "deployed troops into".
const TO_PLACE_RE = /\b(in|to|into|at)\s+(the\s+)?$/i;
// A place named as where a gathering of several parties is held ("attended the summit in Astana", "joined the talks in
// Istanbul") is its venue: the parties meet each other there, and its state is no party unless it acts as host.
const VENUE_RE =
  /\b(?:summit|summits|talks|negotiations|meeting|meetings|conference|forum|session|consultations|congress|gathering)\s+(?:(?:held|hosted|taking\s+place|under\s+way)\s+)?(?:in|at)\s+(?:the\s+)?$/i;
// The words right before the place aid goes to: "sent aid to Darfur", "announced aid for the people of Kashmir". Only
// aid named as such: "delivered medical supplies to Grozny" may feed either side of a war there.
const AID_PLACE_RE =
  /\b(?:aid|assistance|relief)\s+(?:to|for)\s+(?:the\s+)?(?:(?:people|victims|refugees|civilians)\s+(?:of|in)\s+)?(?:the\s+)?$/i;
// The words right before a place given up: "withdrew its troops from Kherson", "pulled out of Avdiivka".
// Or the ground given up lies in it, as the dictionary's retreat patterns say of a party: "evacuated its settlements in
// the Gaza Strip", "abandoned positions in Kherson". The place may stand around the ground left or before a count of
// its towns: "withdrew heavy weapons from around Sarajevo", "pulled out of two West Bank towns".
const FROM_PLACE_RE =
  /\b(?:(?:from|out\s+of)(?:\s+(?:around|near|two|three|four|five|six|several|some|all|\d+))?|(?:settlements?|positions|bases|outposts|posts|villages?|towns?|territory|areas)\s+(?:in|of|near|around))\s+(?:the\s+)?$/i;

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
  /** The act is aid sent somewhere (SENT_TO): only a place it goes "to" is its target. */
  sent?: boolean;
  /** The act is a visit (042, 043): one to a territory the source holds goes to no other state. */
  visit?: boolean;
  /** The act is a use of force, or coercion (17): the state of the place it hits is its target. */
  force: boolean;
  /** The act is coercion (17): it goes to a place's state only when it falls on people no one names. */
  coercion?: boolean;
  /** The act is sympathy for a loss (018): at home it goes to the source's own people. */
  sympathy?: boolean;
  /** The act is aid (07, 033): the place it is sent to or meant for is in the state that receives it. */
  aid?: boolean;
  /** The act is a retreat (087): the place it leaves is in the state it yields to. */
  retreat: boolean;
  /** The act's date (the text's, else the article's): ground held by another state is held only from when it was taken. */
  date?: string;
  /** The source's state codes: force used at home is aimed at no other state. */
  own: readonly string[];
}

/**
 * The state of a named place the act goes to ("flew to Aktau") or, for force, the state the place it hits lies in
 * ("Israeli tanks fired at targets in Jericho") or, for a retreat, the state of the place it leaves ("withdrew its
 * troops from Kherson"); undefined when the text names no such place.
 */
export function placeTarget(q: PlaceSearch): ActorRef | undefined {
  const to = (q.units[Math.min(q.limit, q.units.length) - 1] as Unit).end;
  if (q.destined || q.sent) {
    const place = placeAfter(q, q.from, to, q.destined ? TO_PLACE_RE : SENT_TO_RE);
    // "Netanyahu visited a settlement bloc in the West Bank": a visit to ground the visitor holds visits no one.
    if (place && q.visit && heldBy(place, q.own, q.date)) return undefined;
    if (place && q.visit && VENUE_RE.test(q.text.slice(Math.max(0, place.start - 60), place.start))) return undefined;
    // "Obama expressed sorrow for the shootings in South Carolina": sympathy for a loss at home goes to its people.
    if (place && q.sympathy && q.own.includes(place.country)) return { code: place.country, role: "civilians" };
    if (place) return { code: place.country };
  }
  if (q.force) {
    const head = q.forceFrom - 1;
    const end = (q.units[head] as Unit).end;
    // "launched air raids on targets within Iranian territory": the ground a state's adjective names is hit.
    const ground = groundOf(q.units, q.forceFrom, Math.min(q.limit, q.units.length));
    if (ground && q.own.length && !q.own.includes(ground) && !q.coercion) return { code: ground };
    const place = q.places.find((p) => p.start > end && p.end <= to) ?? subjectPlace(q.units, head, q.places);
    if (place && q.own.length && !q.own.includes(place.country) && (!q.coercion || unnamedUpTo(q.units, head, place)))
      return { code: place.country };
    // "Ukrainian drones struck an airbase in Crimea": force on ground another state holds inside the source's own
    // borders is aimed at the holder.
    const holder = place && q.own.includes(place.country) && !q.coercion ? holderOf(place, q.date) : undefined;
    if (holder && !q.own.includes(holder)) return { code: holder };
  }
  if (q.aid) {
    // "The EU announced humanitarian aid for Darfur": aid meant for a region goes to its state, not to one at home.
    const place = placeAfter(q, q.from, to, AID_PLACE_RE);
    if (place && q.own.length && !q.own.includes(place.country)) return { code: place.country };
  }
  if (q.retreat) {
    // Leaving a place at home ("pulled its troops out of Donetsk" said of Ukraine) yields to no one named.
    const place = placeAfter(q, q.forceFrom, to, FROM_PLACE_RE);
    if (place && q.own.length && !q.own.includes(place.country)) return { code: place.country };
  }
  return undefined;
}

/**
 * Coercion lands where it happens only on people no one names, in the verb's own clause: "arrested 20 people in
 * Hebron", not "charged Assange with espionage by publishing files about the wars in Afghanistan" (a name, and
 * another verb, before the place).
 */
function unnamedUpTo(units: readonly Unit[], head: number, place: PlaceMention): boolean {
  for (let k = head + 1; k < units.length && (units[k] as Unit).end <= place.start; k++) {
    const u = units[k] as Unit;
    if (u.pos === "PROPN" || u.pos === "VERB") return false;
  }
  return true;
}

/** The first place after unit `after` (and before `to`) whose preceding words end as `before` says. */
function placeAfter(q: PlaceSearch, after: number, to: number, before: RegExp): PlaceMention | undefined {
  const from = (q.units[after - 1] as Unit).end;
  return q.places.find(
    (p) => p.start > from && p.end <= to && before.test(q.text.slice(Math.max(from, p.start - 40), p.start)),
  );
}

/**
 * "Turkish troops in Iraq shelled Kurdish villages": with no place after a force verb, where its subject stands.
 * Only a place right in the verb's subject phrase counts: in its clause, with no other verb between them, and not
 * in the main clause of a verb in an adverbial clause ("met in Tbilisi, weeks after Azerbaijan launched an offensive").
 */
function subjectPlace(units: readonly Unit[], head: number, places: readonly PlaceMention[]): PlaceMention | undefined {
  const verb = units[head] as Unit;
  if (verb.pos !== "VERB") return undefined;
  const { first } = clauseSpan(units, head);
  const before = units.slice(first, head);
  return places.find(
    (p) =>
      p.start >= (units[first] as Unit).start &&
      p.end <= verb.start &&
      !before.some((u) => u.start >= p.end && u.pos === "VERB") &&
      !ownSubjectBetween(units, units.findIndex((u) => u.start >= p.end) - 1, head),
  );
}

// A state's ground named by its adjective, which the tagger leaves an actor, not a place: "within Iranian territory",
// "inside Syrian territory", "in Iraqi airspace". "on Iranian soil" is an object the patterns already read.
const GROUND = new Set(["territory", "soil", "land", "lands", "waters", "airspace"]);
const INTO_GROUND = new Set(["in", "inside", "within", "into"]);

/** The state whose ground, named "within X territory", lies between units `from` and `to`. */
function groundOf(units: readonly Unit[], from: number, to: number): string | undefined {
  for (let k = from; k < to - 1; k++) {
    const u = units[k] as Unit;
    if (
      (u.mention?.kind !== "state" && u.mention?.kind !== "demonym") ||
      u.mention.actor.role ||
      !INTO_GROUND.has(units[k - 1]?.lower ?? "")
    )
      continue;
    if (GROUND.has(units[k + 1]?.lower ?? "")) return u.mention.actor.code;
  }
  return undefined;
}
