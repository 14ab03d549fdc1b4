// The two actors of one coded pair: unit indices (or the stand-ins of implicit pairs) → ActorRefs, or no pair at all
// when the sentence only seems to set a state against itself.
import type { ActorMention, ActorRef, PlaceMention } from "../domain/index.ts";
import { isPopular, roleOf } from "./actor-roles.ts";
import {
  fightsAtHome,
  isBareArmedGroup,
  isBareCrowd,
  isLoneAttacker,
  isOutpost,
  isStatelessGroup,
} from "./domestic-target.ts";
import { DESTINATION, OWN_GOVERNMENT, OWN_PEOPLE, UNNAMED } from "./implicit-pairs.ts";
import { isModifierMention } from "./modifier-mention.ts";
import type { Unit } from "./sentence-units.ts";

// The sides of a state that wage its wars: its government (a state named bare) and its armed forces.
const WARRING = new Set(["government", "military"]);
// Acts about a patron-made entity's status or legitimacy are aimed at its patron (issue #3): refusing to recognise the
// Russian-backed "people's republics", calling Abkhazia's rulers a puppet or an occupation regime, rejecting
// Transnistria's "referendum", an annexation or the loss of a region reject Russia, and coding them as conflict with the entity's parent
// state would invert their meaning. Everything else done to the entity is done to it, as PLOVER codes it (its parent
// state, sector PRE or rebels): force, sanctions, arrests, and condemnation of its own deeds ("condemned the
// Houthis for attacks on shipping" is no act against Iran); so is a third party's cooperation with it.
const STATUS_WORDS = new Set(
  (
    "recognise recognize recognised recognized recognising recognizing recognition recognitions unrecognised " +
    "unrecognized puppet puppets occupation occupying occupier occupiers occupied annex annexed annexing annexation " +
    "annexations referendum referendums referenda plebiscite independence sovereignty statehood legitimacy " +
    "legitimate illegitimate illegal so-called self-proclaimed self-styled elections election loss handover"
  ).split(" "),
);
// Cooperation: only the patron's own with its client is kept in the family ("Lavrov met Gagloev" is no Russian
// meeting with Georgia, the state the client sits in).
const COOPERATION_ROOTS = new Set(["01", "02", "03", "04", "05"]);
// Roots of words and stances, the only acts that can be about status (recognition 05, rejection 12, accusation 11).
const STATUS_ROOTS = new Set(["01", "02", "03", "04", "05", "10", "11", "12", "13", "14", "16"]);

/** Whether the sentence speaks of an entity's status or legitimacy (recognition, puppets, occupation, referendums). */
function aboutStatus(units: readonly Unit[]): boolean {
  return units.some((u) => STATUS_WORDS.has(u.lower) || STATUS_WORDS.has(u.lemma));
}

function refOf(u: Unit, patronTarget: boolean): ActorRef {
  const actor = (u.mention as ActorMention).actor;
  if (patronTarget && actor.patron) return { code: actor.patron };
  return actor;
}

/** A backed group known only by its patron: its code is the patron's. */
const isPatronOnly = (ref: ActorRef) => !!ref.patron && ref.patron === ref.code;

export interface PairQuery {
  /** The sentence's units, with the previous sentence's subject appended. */
  units: readonly Unit[];
  /** Source and target: unit indices, or UNNAMED / OWN_GOVERNMENT / OWN_PEOPLE / DESTINATION. */
  s: number;
  t: number;
  /** The CAMEO root of the act. */
  root: string;
  /** Whom an UNNAMED source stands for, and where a DESTINATION target goes. */
  unnamed?: ActorRef;
  goesTo?: ActorRef;
  places: readonly PlaceMention[];
  articlePlaces: readonly PlaceMention[];
}

/**
 * "Gunmen killed three French aid workers in Chechnya", "Protesters stormed the US embassy in Baghdad": an armed group named by a common noun has no state of its own,
 * and the actors layer gives it the one state its sentence names, here its victims'. CAMEO codes an unidentified
 * group with the country where it acts, so when the sentence's places all lie in one other state, the group is that
 * state's (Chechnya: Russia's). A sentence with no place, or places in several states, keeps the actors' guess.
 */
function placedGroup(ref: ActorRef, units: readonly Unit[], i: number, places: readonly PlaceMention[]): ActorRef {
  if (!places.length || !(isBareArmedGroup(units, i) || isBareCrowd(units, i))) return ref;
  // "Sierra Leone's government and rebels signed an accord in Lome": joined by "and" to their own state, the rebels
  // are that state's wherever the two sides meet.
  if (joinedToOwnState(units, i, ref.code)) return ref;
  const where = places[0].country;
  if (!where || where === ref.code || places.some((p) => p.country !== where)) return ref;
  return { ...ref, code: where };
}

/** Whether unit i is joined by "and" to a mention of its own state within a few words ("X's government and rebels"). */
function joinedToOwnState(units: readonly Unit[], i: number, code: string): boolean {
  const clause = units[i]?.clause;
  for (const dir of [-1, 1]) {
    let and = false;
    for (let k = i + dir; Math.abs(k - i) <= 4 && units[k]?.clause === clause; k += dir) {
      const u = units[k] as Unit;
      if (u.lower === "and") and = true;
      else if (u.mention) {
        if (and && u.mention.actor.code === code && !isBareArmedGroup(units, k) && !isBareCrowd(units, k)) return true;
        break;
      } else if (!["DET", "ADJ", "NOUN", "PART"].includes(u.pos) && u.lower !== "'s") break;
    }
  }
  return false;
}

// People who are mostly abroad when harm comes to them: their nationality says nothing of where they were hit.
const ABROAD = new Set(
  "tourist tourists diplomat diplomats envoy envoys ambassador ambassadors expatriate expatriates expat expats contractor contractors missionary missionaries".split(
    " ",
  ),
);
// Workers are abroad only as aid or relief workers ("Iraqi workers" are mostly at home).
const AID = new Set(["aid", "relief", "humanitarian"]);

/** "French aid workers", "Belgian tourists": a unit of people whose nouns (in its mention or right after it) say they
 * are away from home. */
function isAbroad(units: readonly Unit[], i: number): boolean {
  const mention = units[i]?.mention;
  if (!mention) return false;
  const words = mention.text.toLowerCase().split(/\s+/);
  for (let k = i + 1; k < units.length && units[k].pos === "NOUN" && !units[k].mention; k++) words.push(units[k].lower);
  return words.some((w, k) => ABROAD.has(w) || (w.startsWith("worker") && AID.has(words[k - 1] ?? "")));
}

/** "the two Koreas", "the Baltic states": a unit naming a group of two or more states. */
export function isStateGroup(units: readonly Unit[], i: number): boolean {
  return (units[i]?.mention?.actor.members?.length ?? 0) > 1;
}

// Private people who speak for themselves: "Georgian experts", "Kazakh political scientists", "Serbian bloggers".
const PRIVATE_VOICES = new Set(
  (
    "expert experts analyst analysts commentator commentators blogger bloggers scholar scholars academic academics " +
    "pundit pundits researcher researchers historian historians economist economists scientist scientists"
  ).split(" "),
);

/**
 * "Georgian experts called on Russia", "Turkish analysts urged Moscow": a people's word before the nouns of private
 * commentators names people who speak for themselves, not their state; what they say is no act of that state.
 * A mention with a role ("Russian military experts") is the state's own.
 */
export function isPrivateVoice(units: readonly Unit[], i: number): boolean {
  const m = units[i]?.mention;
  if (m?.kind !== "demonym" || m.actor.role) return false;
  let k = i + 1;
  while (units[k]?.pos === "ADJ" || units[k]?.lower === "political") k++;
  return PRIVATE_VOICES.has(units[k]?.lower ?? "") && !units[k]?.mention;
}

/**
 * "his Japanese counterpart, Takeshi Iwaya", "her Russian counterpart Sergey Lavrov": a people's word, the nouns it
 * qualifies and the person named right after them are one party, however the act pairs them.
 */
function oneParty(units: readonly Unit[], a: number, b: number): boolean {
  const [i, j] = a < b ? [a, b] : [b, a];
  if (i < 0 || j - i < 2 || j - i > 4) return false;
  if (units[i]?.mention?.kind !== "demonym" || units[j]?.mention?.kind !== "person") return false;
  if (units[i + 1]?.pos !== "NOUN" || units[i + 1]?.mention) return false;
  for (let k = i + 2; k < j; k++)
    if (units[k]?.lower !== "," && (units[k]?.pos !== "NOUN" || units[k]?.mention)) return false;
  return true;
}

/** Source and target of one pair, or undefined when the pair is a state acting on itself. */
export function pairActors(q: PairQuery): { source: ActorRef; target: ActorRef } | undefined {
  const { units, s, t, root } = q;
  if (s >= 0 && (isPrivateVoice(units, s) || isLoneAttacker(units, s))) return undefined;
  if (oneParty(units, s, t)) return undefined;
  // A group's mutual act among its own members: each member with each other one (memberPairs skips a member with itself).
  if (s === t && s >= 0 && isStateGroup(units, s))
    return { source: refOf(units[s] as Unit, false), target: refOf(units[s] as Unit, false) };
  let source: ActorRef =
    s === UNNAMED ? (q.unnamed as ActorRef) : placedGroup(refOf(units[s] as Unit, false), units, s, q.places);
  const patron =
    (STATUS_ROOTS.has(root) && aboutStatus(units)) ||
    (COOPERATION_ROOTS.has(root) && t >= 0 && units[t]?.mention?.actor.patron === source.code) ||
    isModifierMention(units, t) === "backed";
  let target: ActorRef =
    t === OWN_GOVERNMENT
      ? { code: source.code, role: "government" }
      : t === OWN_PEOPLE
        ? { code: source.code, role: "civilians" }
        : t === DESTINATION && q.goesTo
          ? q.goesTo
          : placedGroup(refOf(units[t] as Unit, patron), units, t, q.places);
  // "Kinshasa accused Rwandan-backed rebels": a backed group its text does not place is known only by its patron
  // (its code is the patron's, actors-bare.ts). Words about its status reach the patron; its own acts, force and
  // other acts against it name no state of theirs.
  if (s >= 0 && isPatronOnly(source)) return undefined;
  if (!patron && t >= 0 && isPatronOnly(target)) return undefined;
  // "Miners marched on Bucharest": a protest aimed at a capital is aimed at the government that sits there.
  if (root === "14" && t >= 0 && units[t]?.mention?.kind === "capital" && !target.role)
    target = { ...target, role: "government" };
  // "Thousands of Serbs protested against the government": a people named by its demonym is not its state.
  if (s >= 0 && !source.role && source.code === target.code && target.role && isPopular(units[s] as Unit))
    source = { ...source, role: root === "14" ? "protesters" : "civilians" };
  // A state acting on itself counts only between distinct roles (opposition against government) or sectors: a
  // breakaway region is coded to its parent state with sector PRE, so "Abkhazia accused Georgia" is GEO/PRE > GEO.
  const sr = roleOf(source);
  const tr = roleOf(target);
  const sameSide = sr === tr && source.sector === target.sector;
  if (source.code === target.code && t !== OWN_GOVERNMENT && t !== OWN_PEOPLE && sameSide) return undefined;
  // "The Chinese firm will run the port. 'We thank China,' the minister said": a pronoun that takes the sentence
  // before's subject cannot be the state this sentence names by name as its object; the pronoun is someone else's.
  if (source.code === target.code && units[s]?.clause === -2 && !target.role && namesStateByName(units[t]))
    return undefined;
  // An armed group named by a common noun shares the state of the troops it fights only on that state's soil, and of
  // a state that strikes it ("The United States killed 20 militants" names no American ones).
  const bare = (isBareArmedGroup(units, s) && tr === "military") || (isBareArmedGroup(units, t) && WARRING.has(sr));
  if (source.code === target.code && bare && !fightsAtHome(source.code, q.places, q.articlePlaces)) return undefined;
  // "Gunmen killed four Belgian tourists", "Shiite militiamen killed two French tourists": a group whose only state is
  // its foreign victims' has none of its own, whatever people or creed it is named by, and the sentence names no
  // place to give it one, so no pair is made up.
  const strangers =
    (isStatelessGroup(units, s) && isAbroad(units, t)) || (isStatelessGroup(units, t) && isAbroad(units, s));
  if (source.code === target.code && strangers && !fightsAtHome(source.code, q.places, [])) return undefined;
  // "Protesters stormed the US embassy": a bare crowd whose only state is that of the foreign outpost it acts on has
  // none of its own, and the sentence names no place to give it one.
  if (source.code === target.code && isBareCrowd(units, s) && isOutpost(units, t) && !q.places.length) return undefined;
  return { source, target };
}

/**
 * Whether a joint subject of distinct states ("Washington and the Taliban") has for its only object one side's own
 * people ("for US troops to begin leaving"): the object is what the sides talk about, and the act is between them.
 */
export function ownSideObject(units: readonly Unit[], sources: readonly number[], targets: readonly number[]): boolean {
  if (sources.length < 2 || !targets.length) return false;
  const codeOf = (i: number) => units[i]?.mention?.actor.code;
  const sides = new Set(sources.map(codeOf));
  return sides.size > 1 && targets.every((t) => !sources.includes(t) && sides.has(codeOf(t)));
}

/** The unit names a state by its name or capital, with no role ("China", "South Africa", "Beijing"). */
function namesStateByName(u: Unit | undefined): boolean {
  const m = u?.mention;
  return !!m && !m.actor.role && (m.kind === "state" || m.kind === "capital");
}
