// "mob" and "crowd" name a crowd only as a noun of their own: "an angry mob attacked", "the mob in Nairobi". Before
// another noun they are a modifier ("a mob boss", "mob ties", "crowd control"), "a flash mob" is a performance, and a
// capitalised "the Mob" mid-sentence is the Mafia; none of those is a party to an event.
import type { GazToken } from "./gazetteer-tokens.ts";

/** Singular crowd nouns that also modify other nouns. */
const CROWD_NOUNS = new Set(["mob", "crowd"]);

/** Words that may follow a crowd noun used as a noun: prepositions, conjunctions, relatives and auxiliaries. */
const AFTER_CROWD = new Set(
  (
    "of in at on outside inside near around across from into onto toward towards against along through by with " +
    "and or but that which who whose when as then also had has have was were is are could would will might may " +
    "did does set beat threw tore broke took stole ran hit cut drove fought burnt shot"
  ).split(" "),
);

/**
 * Whether the bare phrase at [i, end) is a crowd, or another role phrase: a phrase ending in "mob" or "crowd" is one
 * only when it ends its sentence, or the next word is a past-tense verb ("attacked"), one of AFTER_CROWD, or after
 * "the", "a" or "an" a present-tense verb ("the mob storms"), and it follows no "flash" and is not a capitalised
 * "Mob" inside a sentence.
 */
export function isCrowd(toks: GazToken[], sent: Int32Array, i: number, end: number): boolean {
  const last = toks[end - 1]!;
  if (!CROWD_NOUNS.has(last.norm)) return true;
  if (i > 0 && sent[i - 1] === sent[i] && (toks[i - 1]!.norm === "flash" || last.shape !== 0)) return false;
  const next = toks[end];
  if (!next || sent[end] !== sent[i]) return true;
  if (next.shape !== 0) return next.norm === "'s" || !/^\p{L}/u.test(next.norm);
  return (
    AFTER_CROWD.has(next.norm) ||
    next.norm.endsWith("ed") ||
    !/^\p{L}/u.test(next.norm) ||
    (determined(toks, sent, i) && presentVerb(next.norm))
  );
}

/** Plural nouns that "mob" modifies, which end in -s like a present-tense verb ("the mob ties of the mayor"). */
const MOB_PLURALS = new Set(
  (
    "ties links connections families figures members associates bosses lawyers hits killings movies films " +
    "leaders ways days times years"
  ).split(" "),
);

/** The phrase at `i` follows "the", "a" or "an" in its sentence ("the mob", "an angry mob"). */
function determined(toks: GazToken[], sent: Int32Array, i: number): boolean {
  return i > 0 && sent[i - 1] === sent[i] && ["the", "a", "an"].includes(toks[i - 1]!.norm);
}

/**
 * A present-tense verb after a determined crowd noun ("the mob storms the palace", "a crowd gathers"): a lower-case
 * word in -s, not -ss ("a mob boss"), and not a plural noun the crowd noun modifies. Without a determiner ("mob
 * ties", "his mob links") the word is left out, as a bare "mob" before a plural is almost always a modifier.
 */
function presentVerb(word: string): boolean {
  return word.endsWith("s") && !word.endsWith("ss") && !MOB_PLURALS.has(word);
}
