// The state of the place a sentence puts an unnamed armed group in, when the sentence names no one state: "Masked
// gunmen stormed a police station in Dagestan" (a region, no state named) → Russia.
import type { Sentence } from "../domain/index.ts";
import type { Match } from "./actors.ts";
import type { GazToken } from "./gazetteer-tokens.ts";
import { findPlaces } from "./places.ts";

/** Words before a place that name it as left or gone to: "from Mosul", "out of the port city of Odesa", "into Gaza". */
const AWAY_BEFORE =
  /\b(?:from|out\s+of|to|into)\s+(?:the\s+)?(?:(?:[\p{L}'’-]+\s+){0,2}(?:city|town|village|port|capital|region|province|district)\s+of\s+)?$/u;

/**
 * The one country of the places the place finder reads in the sentence of token `k` ("in Dagestan", "near Grozny",
 * "stormed Kherson"; not "from Mosul"), or undefined when it finds none or places in two states. Only called for a
 * group no state resolves, which is rare, so the sentence is read again here rather than passing every place into the
 * actor finder.
 */
export function placedState(text: string, toks: GazToken[], sent: Int32Array, k: number): string | undefined {
  const s = sent[k]!;
  let a = k;
  let b = k;
  while (a > 0 && sent[a - 1] === s) a--;
  while (b + 1 < toks.length && sent[b + 1] === s) b++;
  const start = toks[a]!.start;
  const line = text.slice(start, toks[b]!.end);
  const sentence: Sentence = { index: 0, start: 0, end: line.length, text: line };
  // A place after "from" or "to" is one left or gone to ("pushed militants from Mosul"), not where the group acts.
  const codes = new Set(
    findPlaces(line, [sentence])
      .filter((p) => !AWAY_BEFORE.test(line.slice(Math.max(0, p.start - 40), p.start)))
      .map((p) => p.country),
  );
  return codes.size === 1 ? [...codes][0] : undefined;
}

/** Verbs of flight whose "to X" or "into X" names where people seek safety, not the state they belong to. */
const FLIGHT = new Set(
  "flee flees fled fleeing escape escapes escaped escaping cross crosses crossed crossing smuggled trekked".split(" "),
);
const TOWARD = new Set(["to", "into", "across", "toward", "towards"]);
const REFUGE = new Set(["refuge", "asylum", "shelter", "sanctuary"]);

/**
 * Whether the state at token `i` is where people flee to: "Tamil refugees fled to India", "crossed into Iran",
 * "sought refuge in Turkey". An unnamed group (refugees, rebels) does not belong to the state it flees to, so that
 * state is no candidate for its own (CAMEO codes refugees by the state they come from).
 */
export function isRefuge(toks: GazToken[], i: number): boolean {
  let k = i - 1;
  if (toks[k]?.norm === "the") k--;
  const prep = toks[k]?.norm ?? "";
  if (TOWARD.has(prep)) return FLIGHT.has(toks[k - 1]?.norm ?? "");
  return prep === "in" && REFUGE.has(toks[k - 1]?.norm ?? "");
}

/** Words that may stand between "and" and a group's role word: "Sudan and the southern rebels", "and armed rebels". */
const BETWEEN = /^(?:the|[a-z]+(?:ern|ed|ist|ic|al))$/;

/**
 * The state of a party joined to the unnamed group at [i, j) by "and": "Sudan and the southern rebels", "Ivory Coast's
 * government and rebels", "rebels and the Sudanese government". The two sides of a pair are one conflict's, so the
 * group is of its partner's state, not of a venue the sentence names ("signed a ceasefire in Nairobi"). `named` holds
 * mentions with exclusive ends, in text order.
 */
export function partnerState(
  toks: GazToken[],
  sent: Int32Array,
  named: readonly { i: number; j: number; actor: { code: string } }[],
  isState: (code: string) => boolean,
  i: number,
  j: number,
): string | undefined {
  let k = i - 1;
  while (k > 0 && i - k <= 3 && sent[k] === sent[i] && BETWEEN.test(toks[k].norm) && toks[k].shape === 0) k--;
  const before = toks[k]?.norm === "and" && sent[k] === sent[i] ? named.find((m) => m.j === k) : undefined;
  if (before && isState(before.actor.code)) return before.actor.code;
  if (toks[j]?.norm !== "and" || sent[j] !== sent[i]) return undefined;
  let q = j + 1;
  while (q < toks.length && q - j <= 3 && sent[q] === sent[i] && toks[q].norm === "the") q++;
  const after = named.find((m) => m.i === q);
  return after && isState(after.actor.code) ? after.actor.code : undefined;
}

const BORDERS = new Set(["border", "borders", "frontier"]);

/** Words before a border that make it the state's in view ("near the border with Georgia", "on its border with"). */
const BORDER_OWNERS = new Set(["'s", "the", "its", "their"]);

/**
 * "near Macedonia's border with Bulgaria", "near the border with Georgia": a state named as the neighbour across a
 * border is not where its sentence's unnamed groups are (the border's own side is).
 */
export function isNeighbour(toks: GazToken[], m: Match): boolean {
  let k = m.i - 1;
  if (toks[k]?.norm === "the") k--;
  return toks[k]?.norm === "with" && BORDERS.has(toks[k - 1]?.norm ?? "") && BORDER_OWNERS.has(toks[k - 2]?.norm ?? "");
}
