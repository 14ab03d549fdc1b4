// Actor units grouped by coordination ("A, B and C"): the parties a sentence names, each group one side of an act.

import { pairHeadlineVerbAt } from "./mistagged-verbs.ts";
import { type ActorGroup, governorOf, hasPossessive, isFiniteVerb, MODIFIER_POS } from "./parties.ts";
import type { Unit } from "./sentence-units.ts";

// Plural nouns of belonging after an organisation: "NATO allies", "EU members", "CSTO partners".
const MEMBERSHIP = new Set([
  "allies",
  "member",
  "members",
  "partners",
  "neighbours",
  "neighbors",
  "states",
  "countries",
  "nations",
]);

const PARTNER_TITLES = new Set(["ally", "allies", "partner", "partners", "member", "proxy", "client"]);

/** "NATO ally Turkey", "EU member Hungary": a title before the party's own name, not a party. */
function partnerTitle(units: readonly Unit[], i: number): boolean {
  const next = units[i + 1];
  if (!next || next.mention || !PARTNER_TITLES.has(next.lower)) return false;
  return !!units[i + 2]?.mention;
}

const RUN_JOINERS = new Set(["and", "or", ",", "&"]);

/**
 * Where a run of coordinated organisations that names what the party before it belongs to ends: "Estonia, a NATO
 * and EU member, accused Moscow" — at `i` a comma (and an article) open it, and "member" follows the names. Returns
 * the index past the run's last name, or -1.
 */
function membershipRunEnd(units: readonly Unit[], i: number): number {
  let k = i - 1;
  if (["a", "an", "the", "fellow"].includes(units[k]?.lower ?? "")) k--;
  if (units[k]?.lower !== ",") return -1;
  let j = i;
  while (units[j]?.mention || RUN_JOINERS.has(units[j]?.lower ?? "")) j++;
  return j > i + 1 && MEMBERSHIP.has(units[j]?.lower ?? "") ? j : -1;
}

// One member named by what it belongs to: "the EU member", "a fellow NATO ally".
const ONE_MEMBER = new Set(["member", "ally", "state", "country", "nation", "partner"]);

/**
 * "a grave violation of international law by the EU member", "the NATO ally said": a single member of the
 * organisation at `i`, named by what it belongs to, is that member (unnamed here), not the organisation.
 */
function oneMemberOf(units: readonly Unit[], i: number): boolean {
  const before = units[i - 1]?.lower ?? "";
  const after = units[i + 1];
  return (
    ["the", "a", "an", "another", "fellow"].includes(before) &&
    units[i]?.mention?.kind !== "demonym" &&
    !!after &&
    ONE_MEMBER.has(after.lower) &&
    !units[i + 2]?.mention
  );
}

/** Groups the sentence's usable actor units by coordination ("A, B and C"). */
export function actorGroups(units: readonly Unit[]): ActorGroup[] {
  const groups: ActorGroup[] = [];
  const conjoined = new Set<ActorGroup>();
  let membershipEnd = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (!u.mention || u.attribution || u.clause < 0) continue;
    // "Estonia, a NATO and EU member, accused Moscow": the organisations only say what the party belongs to.
    if (i >= membershipEnd) membershipEnd = membershipRunEnd(units, i);
    if (i < membershipEnd || oneMemberOf(units, i)) continue;
    const prev = groups.at(-1);
    const join =
      prev && u.clause === (units[prev.last] as Unit).clause
        ? (joins(units, prev.last + 1, i) ?? alongWith(units, prev.last + 1, i))
        : undefined;
    // "Greece and Turkey, NATO allies that ...": an actor naming what the group before it belongs to is no party.
    if (join === "comma" && MEMBERSHIP.has(units[i + 1]?.lower ?? "")) continue;
    // "After talks between Russia and Ukraine, Turkey said": a list closed by "and" ends there; the name after the
    // comma opens the next phrase ("Russia, Ukraine and Turkey" is the list), unless it names the last one again
    // ("the Brazilian minister and his Indian counterpart, Subrahmanyam Jaishankar,").
    const closed = join === "comma" && !!prev && conjoined.has(prev) && !sameActor(units, prev.last, i);
    // "sanctions on NATO ally Turkey": an actor before a partner noun and the partner's name only says whose partner
    // the party is.
    if (partnerTitle(units, i)) continue;
    if (prev && join && !closed && !opensCoordinateClause(units, prev, i) && !startsOwnAct(units, prev, i)) {
      prev.members.push(i);
      prev.last = i;
      if (join === "and") conjoined.add(prev);
      continue;
    }
    groups.push({ members: [i], first: i, last: i });
  }
  // "Baku, Russia issued": commas alone make no list; a list ends with "and" or "or". A headline's "A, B sign deal"
  // is one: two parties open it and a verb in the plain present, agreeing with both, follows.
  const headline = pairHeadlineVerbAt(units);
  return groups.flatMap((g) =>
    g.members.length > 1 &&
    !conjoined.has(g) &&
    !(g.members.length === 2 && g.last + 1 === headline && units[headline]?.pos === "VERB")
      ? g.members.map((m) => ({ members: [m], first: m, last: m }))
      : [g],
  );
}

/** Whether the mentions at `a` and `b` name the same actor: an appositive names the one before it again. */
function sameActor(units: readonly Unit[], a: number, b: number): boolean {
  return units[a]?.mention?.actor.code === units[b]?.mention?.actor.code;
}

/** "attacked Ukraine and China condemned": an object, then "and" and a new subject with its own verb. */
function opensCoordinateClause(units: readonly Unit[], prev: ActorGroup, i: number): boolean {
  if (!isFiniteVerb(units[i + 1])) return false;
  const governor = governorOf(units, prev.first)?.pos;
  // "Floods swept through Pakistan, and the United States sent aid": after a lone name in a prepositional phrase, a
  // comma, "and" and a finite verb after the next name open a clause ("Russia, Belarus, and Kazakhstan signed" is a
  // list).
  let k = i - 1;
  while (k > prev.last && ["DET", "ADJ"].includes((units[k] as Unit).pos)) k--;
  const commaAnd = units[k]?.lower === "and" && units[k - 1]?.lower === "," && k - 1 === prev.last + 1;
  if (commaAnd && governor === "ADP" && prev.members.length === 1) return true;
  return governor === "VERB";
}

/**
 * "the attack on Israel by Hamas and then Israel's assault on Gaza": a possessive after the "by" agent of an act opens
 * a second act with its own agent; "Russia and China's joint statement" is one joint possessor.
 */
function startsOwnAct(units: readonly Unit[], prev: ActorGroup, i: number): boolean {
  if (!hasPossessive(units, i)) return false;
  // "by the Palestinian militant group Hamas": the agent's phrase may hold other names and nouns before it.
  for (let k = prev.first - 1; k >= 0 && k >= prev.first - 6; k--) {
    const u = units[k] as Unit;
    if (u.lower === "by") return true;
    if (!(u.mention || MODIFIER_POS.has(u.pos) || u.pos === "NOUN" || u.pos === "PROPN")) return false;
  }
  return false;
}

/**
 * "France, along with Germany, condemned": a party fenced by commas after "along with" or "together with" acts with
 * the one before it. Unfenced, it may be a partner or a second object ("attacked Ukraine along with Belarus"). The
 * aside may name the companions through their tie ("Mali, along with its regional partners Burkina Faso and Niger,
 * announced") and may list several; the fence closes after the list.
 */
function alongWith(units: readonly Unit[], from: number, to: number): "and" | undefined {
  const words = units.slice(from, to).map((u) => u.lower);
  if (words[0] !== "," || !["along", "together"].includes(words[1] ?? "") || words[2] !== "with") return undefined;
  const tie = units.slice(from + 3, to);
  const last = tie.length - 1;
  const titled = tie.every(
    (u, k) => u.pos === "DET" || OWNERS.has(u.lower) || u.pos === "ADJ" || (k === last && COMPANIONS.has(u.lower)),
  );
  if (tie.length > 3 || !titled) return undefined;
  let j = to + 1;
  while (units[j]?.mention || RUN_JOINERS.has(units[j]?.lower ?? "")) j++;
  return units[j - 1]?.lower === "," ? "and" : undefined;
}

// What the parties named in an "along with" aside are to the first: "along with its allies Chad and Niger".
const COMPANIONS = new Set([
  "partner",
  "partners",
  "ally",
  "allies",
  "neighbour",
  "neighbours",
  "neighbor",
  "neighbors",
]);

const OWNERS = new Set(["his", "her", "its", "their"]);

function joins(units: readonly Unit[], from: number, to: number): "and" | "comma" | undefined {
  let joiner: "and" | "comma" | undefined;
  for (let k = from; k < to; k++) {
    const u = units[k] as Unit;
    if (u.lower === "and" || u.lower === "or" || u.lower === "well") joiner = "and";
    else if (u.lower === "," || u.lower === "as") joiner ??= "comma";
    // "Erdogan and his Ukrainian counterpart Zelensky": the second party named through the first.
    else if (!(MODIFIER_POS.has(u.pos) || u.pos === "NOUN" || u.pos === "PROPN" || OWNERS.has(u.lower)))
      return undefined;
  }
  return to - from <= 5 ? joiner : undefined;
}
