// A person the gazetteer does not list, introduced once with a title or an apposition that ties them to a state ("U.S.
// special envoy Kurt Volker", "Kurt Volker, the US envoy", "Russia's ambassador Anatoly Antonov"), is named by surname
// alone later in the same document ("Volker said", "Mr Volker"): that surname is the same actor. Only when the surname
// is no listed name (a place, state or person) and no other person in the document bears it.
import type { ActorMention } from "../domain/index.ts";
import { DATE_WORDS, NOT_NAMES } from "./actors-names.ts";
import { type Gazetteer, TokenTrie } from "./gazetteer.ts";
import type { GazToken } from "./gazetteer-tokens.ts";

/** Honorifics a later surname may carry ("Mr Volker", "Ms. Haley"). */
const HONORIFICS = new Set(["mr", "mrs", "ms", "dr"]);
/** States whose people's names are written family name first in English ("Wang Yi", "Kim Jong Un"). */
const FAMILY_FIRST = new Set(["CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "SGP"]);

/** A word of a listed name as a token's norm: lower case, accents stripped. */
function foldWord(w: string): string {
  return w.normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i").toLowerCase();
}

/** Titles of a post in another state, which "to <place>" may follow before the name. */
const POSTED = new Set(["ambassador", "envoy", "representative", "emissary", "consul"]);
/** Most words a full name introduced this way has (given names and surname). */
const MAX_NAME = 3;

interface Introduced {
  /** Surname (normalised) → the actor its person was tied to, and the full name's tokens. */
  surname: string;
  mention: ActorMention;
  person: string;
  /** Token index after the full name: later surnames count only from there. */
  after: number;
}

/** Adds a mention for each later bare surname of a person tied to a state by a title or apposition. */
export function withLaterSurnames(
  gz: Gazetteer,
  text: string,
  toks: GazToken[],
  sent: Int32Array,
  mentions: ActorMention[],
): ActorMention[] {
  if (!mentions.length) return mentions;
  const covered = new Uint8Array(toks.length);
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  toks.forEach((t, k) => {
    byStart.set(t.start, k);
    byEnd.set(t.end, k + 1);
  });
  for (const m of mentions) {
    const i = byStart.get(m.start);
    const j = byEnd.get(m.end);
    if (i !== undefined && j !== undefined) covered.fill(1, i, j);
  }
  const intro = new Map<string, Introduced | null>();
  for (const m of mentions) {
    if (m.kind === "person" || !m.actor.role) continue;
    const i = byStart.get(m.start);
    const j = byEnd.get(m.end);
    if (i === undefined || j === undefined) continue;
    const run = nameAfter(gz, toks, sent, covered, i, j) ?? nameBefore(gz, toks, sent, covered, i);
    if (!run) continue;
    // A surname listed people bear is taken for a namesake only when the title names the state itself ("German
    // Ambassador Peter Fischer"), not when the state is inferred from the text ("President Tim Clark" of an airline).
    if (m.kind === "role" && !unlisted(gz, toks[run[1] - 1])) continue;
    const surname = toks[run[1] - 1].norm;
    const person = text.slice(toks[run[0]].start, toks[run[1] - 1].end);
    const had = intro.get(surname);
    // Two people introduced with one surname: neither is its bearer.
    if (had === null || (had && had.person !== person)) intro.set(surname, null);
    else if (!had) intro.set(surname, { surname, mention: m, person, after: run[1] });
  }
  // A listed person named in full ("Foreign Minister Wang Yi", "Serdar Kilic") whose surname is too common to list
  // alone is named by it later too ("met with Wang"); family-first names give their first word.
  const familyFirst = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "person" || !m.actor.person) continue;
    const i = byStart.get(m.start);
    const j = byEnd.get(m.end);
    if (i === undefined || j === undefined) continue;
    const words = m.actor.person.split(/[\s-]+/).map((w) => foldWord(w));
    if (words.length < 2) continue;
    const first = FAMILY_FIRST.has(m.actor.code);
    const want = first ? words[0] : words.at(-1);
    if (!want) continue;
    let at = -1;
    for (let k = i; k < j; k++) if (toks[k].norm === want && toks[k].shape === 1) at = k;
    // The full name must be written: the family name and a given name beside it.
    const given = first ? at + 1 : at - 1;
    if (at < 0 || given < i || given >= j || toks[given].norm !== (first ? words[1] : words.at(-2))) continue;
    if (!freeSurname(gz, toks[at])) continue;
    const had = intro.get(want);
    if (had === null || (had && had.person !== m.actor.person)) intro.set(want, null);
    else if (!had) {
      intro.set(want, { surname: want, mention: m, person: m.actor.person, after: j });
      if (first) familyFirst.add(want);
    }
  }
  if (![...intro.values()].some(Boolean)) return mentions;
  // Another full name opening with a family-first surname ("Wang Wenbin" beside "Wang Yi") makes it shared.
  for (let k = 0; k + 1 < toks.length; k++) {
    const got = familyFirst.has(toks[k].norm) ? intro.get(toks[k].norm) : undefined;
    if (!got || toks[k + 1].shape !== 1 || sent[k] !== sent[k + 1] || covered[k]) continue;
    if (!got.person.toLowerCase().includes(`${toks[k].norm} ${toks[k + 1].norm}`)) intro.set(toks[k].norm, null);
  }
  // Any other full name ending in the surname ("Sarah Volker") makes it shared.
  for (let k = 0; k + 1 < toks.length; k++) {
    const got = intro.get(toks[k + 1].norm);
    if (!got || toks[k].shape !== 1 || toks[k + 1].shape !== 1 || sent[k] !== sent[k + 1]) continue;
    if (HONORIFICS.has(toks[k].norm) || covered[k]) continue;
    const first = toks[k].norm;
    if (!got.person.toLowerCase().split(/\s+/).slice(0, -1).includes(first) && !isSentenceWord(sent, k))
      intro.set(toks[k + 1].norm, null);
  }
  const added: ActorMention[] = [];
  for (let k = 0; k < toks.length; k++) {
    const got = intro.get(toks[k].norm);
    if (!got || k < got.after || covered[k] || toks[k].shape !== 1) continue;
    // Part of a longer capitalised name ("Volker Foundation", "Kurt Volker" again is the full name: skip its given name).
    if (k + 1 < toks.length && sent[k + 1] === sent[k] && toks[k + 1].shape !== 0 && toks[k + 1].norm !== "'s")
      continue;
    let start = k;
    if (k > 0 && sent[k - 1] === sent[k] && HONORIFICS.has(toks[k - 1].norm)) start = k - 1;
    else if (k > 0 && sent[k - 1] === sent[k] && toks[k - 1].shape === 1 && !isSentenceWord(sent, k - 1)) {
      // "Kurt Volker" named in full again: the whole run is the person.
      if (!got.person.toLowerCase().startsWith(`${toks[k - 1].norm} `)) continue;
      start = k - 1;
    }
    const s = toks[start].start;
    const e = toks[k].end;
    added.push({
      start: s,
      end: e,
      text: text.slice(s, e),
      kind: "person",
      actor: { ...got.mention.actor, person: got.person },
      sentence: Math.max(sent[k], 0),
    });
  }
  if (!added.length) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** "The US envoy, Kurt Volker": an apposition after a comma is a noun phrase with an article ("Russian troops, Anna
 * Smith said" is none). */
function opensWithArticle(toks: GazToken[], sent: Int32Array, i: number): boolean {
  const article = (k: number) => k >= 0 && sent[k] === sent[i] && /^(?:the|a|an)$/.test(toks[k].norm);
  return article(i) || article(i - 1);
}

/** Whether token k opens its sentence (a capital there says nothing about a name). */
function isSentenceWord(sent: Int32Array, k: number): boolean {
  return k === 0 || sent[k - 1] !== sent[k];
}

/** Whether token k may be a word of a person's name: capitalised, in no mention, no listed name, date or institution. */
function nameWord(toks: GazToken[], covered: Uint8Array, k: number): boolean {
  const t = toks[k];
  return (
    t !== undefined &&
    t.shape === 1 &&
    !covered[k] &&
    !DATE_WORDS.has(t.norm) &&
    !NOT_NAMES.has(t.norm) &&
    !HONORIFICS.has(t.norm)
  );
}

/** Whether a word begins no listed name at all, not even a listed person's surname. */
function unlisted(gz: Gazetteer, tok: GazToken): boolean {
  const node = gz.names.stepOn(TokenTrie.ROOT, tok);
  return node < 0 || !gz.names.hitsAt(node)?.length;
}

/** Whether the surname (the name's last word) is no listed name: no place, state or gazetteer person. */
function freeSurname(gz: Gazetteer, tok: GazToken): boolean {
  // A word that only begins a longer listed name ("Volker" of "Volker Türk") names nothing alone.
  const node = gz.names.stepOn(TokenTrie.ROOT, tok);
  const hits = node < 0 ? undefined : gz.names.hitsAt(node);
  // A listed person's surname that never names them alone ("Fischer" of Joschka Fischer) is free for a namesake.
  return !hits?.length || hits.every((h) => h.t === "surname" && h.alone === false);
}

/** The run [i, j) of two or three name words from token `from`, ending where the name ends, else undefined. */
function runFrom(gz: Gazetteer, toks: GazToken[], sent: Int32Array, covered: Uint8Array, from: number) {
  let j = from;
  while (j < toks.length && sent[j] === sent[from] && nameWord(toks, covered, j) && j - from <= MAX_NAME) j++;
  if (j - from < 2 || j - from > MAX_NAME) return undefined;
  if (j < toks.length && sent[j] === sent[from] && toks[j].shape !== 0 && toks[j].norm !== "'s") return undefined;
  if (!freeSurname(gz, toks[j - 1])) return undefined;
  return [from, j] as const;
}

/** "U.S. special envoy Kurt Volker", "The US envoy, Kurt Volker,": a name right after the titled mention ending at j. */
function nameAfter(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  covered: Uint8Array,
  i: number,
  j: number,
): readonly [number, number] | undefined {
  if (j >= toks.length || sent[j] !== sent[j - 1]) return undefined;
  if (toks[j].norm === ",") {
    if (!opensWithArticle(toks, sent, i) || j + 1 >= toks.length || sent[j + 1] !== sent[j]) return undefined;
    return runFrom(gz, toks, sent, covered, j + 1);
  }
  // "German Ambassador to Tbilisi Peter Fischer": an envoy's post abroad may sit between the title and the name.
  const last = toks[j - 1].norm;
  if (toks[j].norm === "to" && POSTED.has(last)) {
    let q = j + 1;
    while (q < toks.length && sent[q] === sent[j] && covered[q]) q++;
    return q > j + 1 && q < toks.length && sent[q] === sent[j] ? runFrom(gz, toks, sent, covered, q) : undefined;
  }
  // A title names one person: "U.S. officials Kurt Volker and ..." is no title.
  if (last.endsWith("s") && !last.endsWith("ss")) return undefined;
  return runFrom(gz, toks, sent, covered, j);
}

/** "Kurt Volker, the US envoy": a name, a comma and an optional article right before the mention starting at i. */
function nameBefore(
  gz: Gazetteer,
  toks: GazToken[],
  sent: Int32Array,
  covered: Uint8Array,
  i: number,
): readonly [number, number] | undefined {
  let k = i - 1;
  if (k >= 0 && /^(?:the|a|an)$/.test(toks[k].norm)) k--;
  if (k < 1 || toks[k].norm !== "," || sent[k] !== sent[i]) return undefined;
  let from = k;
  while (from > 0 && sent[from - 1] === sent[i] && nameWord(toks, covered, from - 1) && k - from < MAX_NAME) from--;
  // The run must begin a name: a capitalised word right before it would make it part of a longer one.
  if (from > 0 && sent[from - 1] === sent[i] && toks[from - 1].shape !== 0 && toks[from - 1].norm !== ",")
    return undefined;
  const run = runFrom(gz, toks, sent, covered, from);
  return run && run[1] === k ? run : undefined;
}
