// Actor mentions that only modify another actor: "pro-Russian rebels", "Kremlin-backed rebels", "Iran's proxies",
// "Pakistan, a key U.S. ally,".

import { type ActorGroup, hasPossessive } from "./parties.ts";
import { POSSESSIVE_PRONOUNS } from "./possessive-pronouns.ts";
import type { Unit } from "./sentence-units.ts";

const BACKED = /^-?(backed|inspired|sponsored|controlled|led|allied|aligned|linked|supported|installed|friendly)$/;
const PARTNERS = new Set(["ally", "allies", "proxy", "proxies", "client", "clients", "surrogate", "surrogates"]);
const STAND_INS = new Set(["proxy", "proxies", "client", "surrogate", "surrogates"]);

// Things a demonym describes that never act: markets and money, and sides in a game ("Russian stocks rallied",
// "the Turkish lira hit a low", "the Chinese team beat Japan").
const NOT_AGENTS = new Set(
  (
    "stock stocks share shares market markets equities bond bonds currency lira rouble ruble yuan rupee peso dollar " +
    "price prices index exports imports economy inflation growth output futures yields " +
    "team squad side players striker wrestlers athletes footballers boxers swimmers gymnasts skaters cyclists"
  ).split(" "),
);

/**
 * "pro-Russian rebels" are not Russia; "Kremlin-inspired law" names an instigator, not a party; "Russian stocks"
 * and "the Chinese team" are things or players, no party of what they do ("thing").
 */
export function isModifierMention(units: readonly Unit[], i: number): "pro" | "backed" | "thing" | undefined {
  const before = units[i - 1];
  const before2 = units[i - 2];
  if (
    before?.lower === "pro" ||
    before?.lower === "anti" ||
    (before?.lower === "-" && /^(pro|anti)$/.test(before2?.lower ?? ""))
  )
    return "pro";
  const after = units[i + 1];
  const after2 = units[i + 2];
  // "Israel's militia ally", "Iran's proxies": the possessor's partner is another actor, not the possessor.
  // (The actor may already hold the possessive: "[Israel's militia] ally".)
  const owned = hasPossessive(units, i) ? i + 2 : /'s\b/.test(units[i]?.mention?.text ?? "") ? i + 1 : -1;
  if (owned > 0) {
    for (let k = owned; k <= owned + 2 && units[k] && !units[k]?.mention; k++) {
      if (PARTNERS.has(units[k]?.lower ?? "")) return "pro";
      if (units[k]?.pos !== "NOUN" && units[k]?.pos !== "ADJ") break;
    }
  }
  // "the Russian proxy state", "an Iranian client regime": what the state stands behind is another actor. ("ally" is
  // left out: "US allies" are often named with the US among them.)
  if (STAND_INS.has(after?.lower ?? "") && !after?.mention) return "pro";
  // "Kremlin-backed rebels", "Moscow backed rebels" (tagged as an adjective); "Uzbekistan backed Tajikistan" is a verb.
  if (
    after &&
    ((BACKED.test(after.lower) && after.pos !== "VERB") || (after.lower === "-" && BACKED.test(after2?.lower ?? "")))
  )
    return "backed";
  const m = units[i]?.mention;
  if (m?.kind === "demonym" && !m.actor.role && !after?.mention && NOT_AGENTS.has(after?.lower ?? "")) return "thing";
  return undefined;
}

/**
 * "U.S.-backed Kurdish militia", "Saudi-backed Yemeni government army": the backer before the hyphen describes the
 * actor named after it, which is the one a verb acts on; the backer is no party of that act.
 */
export function backsNamedActor(units: readonly Unit[], i: number): boolean {
  if (isModifierMention(units, i) !== "backed") return false;
  let k = units[i + 1]?.lower === "-" ? i + 3 : i + 2;
  while (units[k]?.pos === "ADJ" && !units[k]?.mention) k++;
  return !!units[k]?.mention;
}

/**
 * "battled U.S.-backed Kurdish militia": the word "backed" of a hyphened "X-backed" describes the noun after it; it
 * is no act of the clause's subject ("Turkey backed Syria" from that sentence is wrong), and what it says is a
 * standing tie, not the sentence's act.
 */
export function backerCompound(units: readonly Unit[], head: number): boolean {
  const word = units[head]?.lower ?? "";
  if (word.startsWith("-")) return BACKED.test(word) && !!units[head - 1]?.mention;
  const hyphen = units[head - 1];
  const backer = units[head - 2];
  if (hyphen?.lower !== "-" || !backer || !BACKED.test(word)) return false;
  // The backer may be a mention, or a name the actor finder left out as a mere describer ("Iran-backed Houthis");
  // the hyphen then touches both words.
  return !!backer.mention || (backer.end === hyphen.start && hyphen.end === (units[head] as Unit).start);
}

// Verbs that give a thing a name: "what it called aggression", "what Kyiv described as provocations".
const NAMING = new Set(["call", "term", "describe", "dub", "label", "brand"]);

/**
 * "condemned what it called reckless Thai aggression": after "what" and a speaker, "called" names the object the
 * main verb acts on; it is no act of its own (041, a phone call) and no end of that object.
 */
export function namingVerb(units: readonly Unit[], head: number): boolean {
  const u = units[head];
  if (!u || !NAMING.has(u.lemma)) return false;
  const speaker = units[head - 1];
  const what = units[head - 2]?.lower;
  return !!speaker && (speaker.pos === "PRON" || !!speaker.mention) && (what === "what" || what === "which");
}

/**
 * "Iran-backed Houthi rebels fired": the tagger reads the "backed" of a hyphened backer as a verb, which then splits
 * the subject from its clause; it is an adjective of the noun after it.
 */
export function retagBackerWords(units: Unit[]): void {
  for (let i = 2; i < units.length; i++) if (backerCompound(units, i)) (units[i] as Unit).pos = "ADJ";
}

// Nouns for people who stand for their state at a meeting: "his Turkish counterpart", "the Chinese delegation".
const PEOPLE = new Set([
  "counterpart",
  "delegation",
  "delegate",
  "negotiator",
  "envoy",
  "team",
  "leader",
  "official",
  "colleague",
  "partner",
  "side",
  "guest",
  // Office holders the actor layer names only in the singular: "talks with the Bosnian and Croatian presidents".
  "president",
  "minister",
  "premier",
  "chancellor",
  "ambassador",
  "diplomat",
]);

/**
 * "hosted Russian nuclear weapons", "received French armoured vehicles": a demonym with no role of its own right
 * before a common noun describes that thing; no one of the state is there to be met.
 */
export function modifiesThing(units: readonly Unit[], i: number, kept: readonly number[] = []): boolean {
  const m = units[i]?.mention;
  if (m?.kind !== "demonym" || m.actor.role) return false;
  // "hosted Russian-Ukrainian talks": the side after the hyphen names the talks' party as the one before it does.
  if (units[i - 1]?.lower === "-" && kept.includes(i - 2)) return false;
  let k = i + 1;
  while (units[k]?.pos === "ADJ" && !units[k]?.mention) k++;
  return units[k]?.pos === "NOUN" && !units[k]?.mention && !PEOPLE.has(units[k]?.lemma ?? "");
}

/**
 * "Chile's proposal was received by Peru": a state's name with a possessive before a common noun names that thing;
 * as the subject a pattern takes for its target, no one of the state is there to be met.
 */
export function ownsThing(units: readonly Unit[], i: number): boolean {
  if (!units[i]?.mention || !["'s", "'"].includes(units[i + 1]?.lower ?? "")) return false;
  let k = i + 2;
  while (units[k]?.pos === "ADJ" && !units[k]?.mention) k++;
  return units[k]?.pos === "NOUN" && !units[k]?.mention && !PEOPLE.has(units[k]?.lemma ?? "");
}

const OWNING = new RegExp(`^(?:${[...POSSESSIVE_PRONOUNS].join("|")})\\s`, "i");

/** "Russia pulled its troops out": a mention the source owns ("its troops") is the source's own, never its target. */
export function ownedBy(units: readonly Unit[], i: number, source: readonly number[] = []): boolean {
  const m = units[i]?.mention;
  return !!m && OWNING.test(m.text) && source.some((k) => units[k]?.mention?.actor.code === m.actor.code);
}

/**
 * "Pakistan, a key U.S. ally in the war, has refused": the actor inside the comma-fenced apposition describes the
 * subject; the subject is the one before the first comma.
 */
export function inApposition(units: readonly Unit[], prior: ActorGroup, group: ActorGroup, head: number): boolean {
  let open = -1;
  for (let k = prior.last + 1; k < group.first; k++) {
    const u = units[k] as Unit;
    if (u.lower === ",") {
      if (open >= 0) return false;
      open = k;
    } else if (open < 0 && u.pos !== "PROPN") return false;
    else if (u.pos === "VERB" || u.pos === "AUX") return false;
  }
  if (open < 0 || !["DET", "ADJ", "NUM"].includes(units[open + 1]?.pos ?? "")) return false;
  for (let k = group.last + 1; k < head; k++) {
    const u = units[k] as Unit;
    if (u.lower === ",") return true;
    if (u.pos === "VERB" || u.pos === "AUX") return false;
  }
  return false;
}

// Gatherings an organisation or a state names without being a party to what happens at them.
const OCCASIONS = new Set([
  "summit",
  "summits",
  "meeting",
  "conference",
  "session",
  "forum",
  "assembly",
  "ministerial",
]);
// The words before such a gathering that make it the time or place of an act: "at the NATO summit", "on the
// sidelines of the EU summit", "during the UN General Assembly session".
const AT_OCCASION = new Set(["at", "during", "of", "on", "before", "after", "ahead"]);

/**
 * "met at the NATO summit", "on the sidelines of the EU summit": the group names the occasion, not a partner. The
 * tagger often reads a capitalised "Summit" as a name, so the words after the group are read up to the first
 * gathering word; and a body whose own name is a gathering ("the UN General Assembly") is one too.
 */
export function occasionMention(units: readonly Unit[], group: ActorGroup): boolean {
  let k = group.last + 1;
  while ((units[k]?.pos === "PROPN" || units[k]?.pos === "ADJ") && !OCCASIONS.has(units[k]?.lower ?? "")) k++;
  const named = group.first === group.last && OCCASIONS.has(lastWord(units[group.last]?.mention?.text));
  if (!OCCASIONS.has(units[k]?.lower ?? "") && !named) return false;
  let g = group.first - 1;
  while (units[g]?.pos === "DET") g--;
  return AT_OCCASION.has(units[g]?.lower ?? "");
}

const lastWord = (text = "") => text.toLowerCase().split(/\s+/).at(-1) ?? "";
