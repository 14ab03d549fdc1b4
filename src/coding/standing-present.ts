// "Algeria supports the Polisario Front", "Turkey imports gas from Russia and Iran": taking a side or trading in the
// simple present, told by the writer, describes a lasting position or trade, not an act done at a time. Reported
// ("Serbia supports China's position, Vucic said on Monday") it is a statement made then, and stays an act.
import { DAY_WORDS } from "./day-words.ts";
import type { Unit } from "./sentence-units.ts";

// Verbs of a side taken or of lasting trade and funding.
const STANDING = new Set([
  "support",
  "back",
  "oppose",
  "favour",
  "favor",
  "import",
  "export",
  "buy",
  "sell",
  "supply",
  "purchase",
  "fund",
  "finance",
]);

/** The third-person simple present of `lemma`: "supports", "buys", "supplies", "finances". */
function simplePresent(word: string, lemma: string): boolean {
  return word === `${lemma}s` || word === `${lemma}es` || (lemma.endsWith("y") && word === `${lemma.slice(0, -1)}ies`);
}

/**
 * The verb at `head` is a side or a trade in the simple present ("supports", "imports") in a sentence nobody is
 * reported saying, in no quotation, and dated to no day.
 */
export function standingPresent(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  // The tagger reads "imports" and "backs" after a name as nouns ("Turkey imports gas"): right after the subject's
  // mention they are the verb.
  const before = units[head - 1]?.mention;
  const verb = h.pos === "VERB" || (h.pos === "NOUN" && !!before && !/['’]s$/.test(before.text));
  if (!verb || !STANDING.has(h.lemma) || !simplePresent(h.lower, h.lemma)) return false;
  // "On Tuesday, Hungary backs the sanctions": live coverage tells a dated act in the present. "Today" is left out:
  // "today China supplies most of Russia's chips" means nowadays.
  return !units.some(
    (u) =>
      u.attribution ||
      u.lower === '"' ||
      u.lower === "“" ||
      u.lower === "”" ||
      (DAY_WORDS.has(u.lower) && u.lower !== "today" && !u.mention),
  );
}

const RELATIVE = new Set(["that", "which"]);
const ACCORDS = new Set(["agreement", "deal", "treaty", "accord", "pact", "protocol", "memorandum", "law", "decree"]);

/**
 * "a transit deal with Gazprom that allows Moscow to send gas", "the pipeline, which carries Russian gas to Turkey":
 * any act in the simple present opening a relative clause on a thing describes what the thing does, not an act done
 * at a time (standingStance in standing-stance.ts reads sides taken the same way after "who" too).
 */
export function presentRelative(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  let k = head - 1;
  if (units[k]?.pos === "ADV") k--;
  // The tagger reads "imports" after "which" as a noun ("which imports gas").
  if (!RELATIVE.has(units[k]?.lower ?? "") || !["VERB", "NOUN"].includes(h.pos)) return false;
  // A relative hangs on a noun or a name ("a deal that", "Turkey, which"); after a verb "that" opens what was said
  // ("said that sanctions ...").
  const before = units[k - 1];
  const onNoun = !!before && (!!before.mention || ["NOUN", "PROPN"].includes(before.pos) || before.lower === ",");
  // "ratified an agreement on Wednesday that cedes land to China": an accord's terms are its parties' acts, done
  // when it is adopted.
  const dated = !before?.mention && DAY_WORDS.has(before?.lower ?? "");
  const accord = ACCORDS.has(before?.lemma ?? "") || (dated && ACCORDS.has(units[k - 2]?.lemma ?? ""));
  return onNoun && !accord && simplePresent(h.lower, h.lemma);
}
