import { type ActorGroup, governorOf } from "./parties.ts";
import type { Parties } from "./party-sides.ts";
import type { Unit } from "./sentence-units.ts";

// Words whose "at" names what they are aimed at: "lashed out at", "took a swipe at", "fired at", "angry at"; and
// verbs of balking or bristling, whose "at" names what they shy from or resent ("Hungary balked at the EU's plan").
// After any other word, "at" names where something happened.
const AIMED_AT = new Set(
  (
    "aim aimed lash hit strike swipe jab dig snipe sneer jeer scoff laugh shout yell scream glare point direct " +
    "target fire shoot hurl throw lob launch rail angry furious annoyed upset frustrated irritated anger fury outrage " +
    "balk baulk balked baulked bristle bridle chafe recoil fume rage grumble"
  ).split(" "),
);
// Particles between such a word and its "at": "lashed out at", "hit back at".
const PARTICLES = new Set(["out", "back", "away"]);

/**
 * "India and Pakistan criticised each other at the UN", "traded accusations at the OSCE": an organisation named
 * after "at" is where the act was done, not whom it was aimed at, unless the word before "at" aims ("lashed out at
 * NATO"). An organisation's people ("UN peacekeepers", with a role) are no venue. So is a seat of power when the
 * acting side already names two parties: "Armenia and Azerbaijan signed an agreement at the White House" names where
 * the pair met, not a third party, while "Zelensky held talks at the White House" names his hosts. "Lashed out at the
 * Kremlin" still aims at it, and "at the Kremlin's request" names whom it asks (a possessive is no place).
 */
export function isVenue(units: readonly Unit[], group: ActorGroup, source: readonly number[] = []): boolean {
  const gov = governorOf(units, group.first);
  if (onBorder(units, group, gov)) return true;
  if (gov?.lower !== "at") return false;
  const pair = new Set(source.map((i) => units[i]?.mention?.actor.code)).size > 1;
  if (!group.members.every((i) => isOrganisation(units[i]) || (pair && isSeat(units[i])))) return false;
  if (units[group.last + 1]?.lower === "'s") return false;
  let k = units.indexOf(gov) - 1;
  while (PARTICLES.has(units[k]?.lower ?? "")) k--;
  const before = units[k];
  return !before || !(AIMED_AT.has(before.lemma) || AIMED_AT.has(before.lower));
}

// A border named by the state on its far side, and the words that place something on or by it.
const BORDER_NOUNS = new Set(["border", "borders", "frontier", "boundary"]);
const BY_BORDER = new Set(["on", "near", "along", "at", "by", "to"]);

/**
 * "closed a school on the Benin border", "a market near the Somali border": a place on or by a border is where the act
 * was done, not the neighbour across it ("closed the Benin border" and "its border with Benin" still aim at Benin).
 */
function onBorder(units: readonly Unit[], group: ActorGroup, gov: Unit | undefined): boolean {
  if (!BORDER_NOUNS.has(units[group.last + 1]?.lower ?? "") || !gov || !BY_BORDER.has(gov.lower)) return false;
  // "raids on Kenyan border villages": the border word is a modifier there, and the villages are the state's.
  if (units[group.last + 2]?.pos === "NOUN") return false;
  // "close to the Somali border": "to" places only after "close" or "next".
  return gov.lower !== "to" || ["close", "next"].includes(units[units.indexOf(gov) - 1]?.lower ?? "");
}

// A seat of power is a building or a quarter named for the government in it (the Kremlin, the White House, Downing
// Street), not a person.
function isSeat(u: Unit | undefined): boolean {
  const m = u?.mention;
  return !!m && m.kind === "seat" && !m.actor.person;
}

function isOrganisation(u: Unit | undefined): boolean {
  const m = u?.mention;
  return !!m && m.kind === "organisation" && !m.actor.role && !m.actor.person;
}

/**
 * "addressed the Arab League summit", "spoke at the summit of the SCO": a meeting noun whose own party is one
 * organisation names that organisation's gathering of its members, a venue; the clause's actor attends it and does
 * not meet the organisation. Only a target taken from the clause around the noun is refused: "a meeting of the EU
 * with Turkey" names its partner.
 */
export function organisationGathering(units: readonly Unit[], code: string, parties: Parties): boolean {
  if (!code.startsWith("04") || parties.target?.via !== "context") return false;
  const source = parties.source;
  return !!source && ["prenominal", "slot"].includes(source.via) && source.units.every((i) => isOrganisation(units[i]));
}

// Gatherings where words are exchanged: "clashed at the summit", "clashes during the talks".
const GATHERINGS = new Set(
  (
    "summit summits meeting meetings talks session sessions conference conferences council assembly forum forums " +
    "debate debates negotiations hearing hearings"
  ).split(" "),
);
// Prepositions that set a clash at a gathering ("in" only before a gathering word: "clashed in the EU" is no venue).
const SETTING = new Set(["at", "during", "in"]);
const VENUE_PHRASE = new Set(["DET", "ADJ", "PROPN", "NOUN"]);

/**
 * "Russia and Ukraine clashed at the UN Security Council", "clashes during the talks": a clash set at a diplomatic
 * venue (an organisation, or a gathering word) is an exchange of words, not fighting; "clashed at the border" is.
 */
export function clashAtVenue(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  if (h.lemma !== "clash" && h.lower !== "clashes" && h.lower !== "clashed") return false;
  for (let k = head + 1; k < units.length && (units[k] as Unit).clause === h.clause; k++) {
    const prep = (units[k] as Unit).lower;
    if (!SETTING.has(prep)) continue;
    for (let j = k + 1; j <= k + 4 && j < units.length; j++) {
      const u = units[j] as Unit;
      if (GATHERINGS.has(u.lower)) return true;
      if (isOrganisation(u)) return prep !== "in";
      if (!VENUE_PHRASE.has(u.pos)) break;
    }
  }
  return false;
}

// Nouns naming a third party's hand in others' meeting: "under the auspices of the OSCE", "under EU mediation".
const SPONSORSHIP = new Set("auspices aegis mediation patronage sponsorship facilitation".split(" "));
// The words that open such a phrase: "under the auspices of", "with the mediation of", "through Qatari mediation".
const SPONSOR_OPENERS = new Set(["under", "with", "through"]);

/**
 * "Serbia and Kosovo held talks under the auspices of the OSCE", "envoys met in Vienna under EU mediation": the
 * state or organisation under whose auspices or mediation others meet is no party to their meeting.
 */
export function isSponsor(units: readonly Unit[], group: ActorGroup): boolean {
  let k = group.first - 1;
  while (units[k]?.pos === "DET") k--;
  if (units[k]?.lower === "of") {
    if (!SPONSORSHIP.has(units[k - 1]?.lower ?? "")) return false;
    k -= 2;
  } else {
    let j = group.last + 1;
    while (units[j]?.pos === "ADJ") j++;
    if (!SPONSORSHIP.has(units[j]?.lower ?? "")) return false;
  }
  while (units[k]?.pos === "DET" || units[k]?.pos === "ADJ") k--;
  return SPONSOR_OPENERS.has(units[k]?.lower ?? "");
}
