// Parties and newspapers the gazetteer does not list: "the fundamentalist Umma party", "the Baath Party", "the
// newspaper La Prensa", "the daily Cumhuriyet". No dictionary can list every party and paper in the world, but the
// noun says what kind of body the unknown name is, and a bare body belongs to the state its sentence (or text) names,
// like "the opposition" or "state media" (actors-bare.ts): it is left out when several states are in view.
import type { Role } from "../domain/index.ts";
import type { Match } from "./actors.ts";
import { DATE_WORDS } from "./actors-names.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Longest name a party or paper may have, in tokens ("Movement for Justice and Development"). */
const MAX_NAME = 6;
/** Small words inside a name between capitalised ones ("Justice and Development Party", "Voice of America"). */
const INSIDE = new Set(["and", "of", "for", "the", "de", "la", "el", "al"]);
/** Nouns for a newspaper, before its name ("the daily Cumhuriyet") or after it ("the Cumhuriyet daily"). */
const PAPERS = new Set(["newspaper", "daily", "weekly", "paper", "tabloid", "magazine"]);
/**
 * Words before "party" that make it no political party: a gathering ("a Christmas party"), a group sent to do a task
 * ("a search party", "the EU working party") or a side in a dispute or contract ("a third party", "the injured party").
 * They matter when capitalised, at a sentence's start or in a title-case headline ("Third Party Sellers ...").
 */
const NOT_POLITICAL = new Set(
  (
    "christmas halloween easter birthday garden tea dinner pool house block office launch new year year's eid diwali " +
    "wedding farewell welcome cocktail costume street beach working search raiding boarding landing hunting " +
    "third injured guilty interested aggrieved affected opposing contracting"
  ).split(" "),
);
/**
 * Capitalised only for opening the sentence, these words point at a party or paper rather than naming it ("Her party
 * praised Ukraine", "Each party must sign", "That newspaper ..."): a determiner, possessive or quantifier.
 */
const POINTING = new Set(
  (
    "a an the this that these those his her its their our my your each every any no either neither which what " +
    "whose another some all both other such"
  ).split(" "),
);
/** Words before a party that make it the one in power. */
const RULING = new Set(["ruling", "governing"]);

/**
 * The role a listed party with dated terms is given by its own sentence: "the ruling Likud", "the Likud government"
 * (government), "the opposition BJP" (opposition). The text's word outranks the table, whose terms may miss a period
 * or lag a change of government.
 */
export function statedPartyRole(gz: Gazetteer, toks: GazToken[], sent: Int32Array, m: Match): Role | undefined {
  if (m.entry === undefined || !gz.entries[m.entry].terms) return undefined;
  if (m.actor.role !== "government" && m.actor.role !== "opposition") return undefined;
  const word = (q: number) => (q >= 0 && q < toks.length && sent[q] === sent[m.i] ? toks[q]!.norm : "");
  if (RULING.has(word(m.i - 1)) || RULING.has(word(m.i - 2)) || word(m.j) === "government") return "government";
  if (word(m.i - 1) === "opposition") return "opposition";
  return undefined;
}

/** End (exclusive) of the capitalised name starting at k, no covered token inside it; k when none starts there. */
function nameEnd(toks: GazToken[], sent: Int32Array, covered: Uint8Array, k: number): number {
  let end = k;
  let q = k;
  while (q < toks.length && q - k < MAX_NAME && sent[q] === sent[k] && !covered[q]) {
    const t = toks[q]!;
    // "the Communist Party", "The Guardian Newspaper": the noun ends the name even when capitalised.
    if (t.norm === "party" || PAPERS.has(t.norm)) break;
    if (t.shape !== 0 && /^\p{L}/u.test(t.norm) && t.norm !== "'s") end = ++q;
    else if ((INSIDE.has(t.norm) && q > k) || t.norm === "(" || t.norm === ")") q++;
    else break;
  }
  // "Umma (Nation) party": a gloss in brackets is part of the name when it is closed.
  if (toks[end]?.norm === ")" && sent[end] === sent[k]) end++;
  return end;
}

/**
 * A party or newspaper the gazetteer does not know, starting at token k: [end, role]. A capitalised name before
 * "party" is a party (opposition, or government after "ruling"); a name after or before a newspaper noun is media.
 * The name must be new here: not at the start of a longer capitalised run, and not a listed actor (`covered`).
 */
export function namedBody(
  toks: GazToken[],
  sent: Int32Array,
  covered: Uint8Array,
  k: number,
): [number, Role] | undefined {
  const t = toks[k];
  if (!t) return undefined;
  const same = (q: number) => q >= 0 && q < toks.length && sent[q] === sent[k];
  if (PAPERS.has(t.norm) && t.shape === 0 && same(k + 1) && !covered[k + 1]) {
    const end = nameEnd(toks, sent, covered, k + 1);
    if (end > k + 1 && !DATE_WORDS.has(toks[k + 1]!.norm)) return [end, "media"];
    return undefined;
  }
  if (t.shape === 0 || POINTING.has(t.norm) || covered[k]) return undefined;
  const prev = same(k - 1) ? toks[k - 1]! : undefined;
  if (prev && prev.shape !== 0 && prev.norm !== "the" && !covered[k - 1] && /^\p{L}/u.test(prev.norm)) return undefined;
  const end = nameEnd(toks, sent, covered, k);
  if (end === k || !same(end)) return undefined;
  const noun = toks[end]!.norm;
  if (noun === "party") {
    const before = same(k - 1) ? toks[k - 1]!.norm : "";
    if (before === "a" || before === "an" || NOT_POLITICAL.has(toks[end - 1]!.norm)) return undefined;
    const ruling = [k - 1, k - 2].some((q) => same(q) && RULING.has(toks[q]!.norm));
    return [end + 1, ruling ? "government" : "opposition"];
  }
  if (PAPERS.has(noun) && !DATE_WORDS.has(toks[k]!.norm)) return [end + 1, "media"];
  return undefined;
}

/** Words between a body and a state that make the state where the body is or what it reports, not what it acts on;
 * a subordinator starts a new clause, so the state after it is that clause's subject ("activists marched as Syria
 * shelled the town"), not the body's object. */
const NOT_ACTED_ON = new Set([
  ...["in", "of", "from", "at", "near", "inside", "outside", "across", "throughout", "that"],
  ...["as", "while", "when", "whereas", "after", "before", "because", "since", "until", "though", "although", "if"],
]);

/**
 * "The tabloid Bild criticised Russia", "the Kathimerini newspaper accused Turkey": when the one state in view is the
 * object of the body's own verb (named bare, one to three words after it, no comma or place word between), it is
 * what the paper or party acts on, far more often a foreign state than its own, so it does not give the body its
 * state. "The Communist Party criticised the government in Moldova" and "the daily said that Greece ..." keep theirs.
 */
export function actsOnState(
  toks: GazToken[],
  sent: Int32Array,
  named: readonly Match[],
  end: number,
  code: string,
): boolean {
  const next = named.find((m) => m.i >= end && sent[m.i] === sent[end - 1]);
  if (!next || next.actor.code !== code || next.actor.role || next.i === end || next.i - end > 3) return false;
  for (let q = end; q < next.i; q++)
    if (!/^\p{L}/u.test(toks[q]!.norm) || NOT_ACTED_ON.has(toks[q]!.norm)) return false;
  return true;
}
