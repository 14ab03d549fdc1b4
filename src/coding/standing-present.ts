// "Algeria supports the Polisario Front", "Turkey imports gas from Russia and Iran": taking a side or trading in the
// simple present, told by the writer, describes a lasting position or trade, not an act done at a time. Reported
// ("Serbia supports China's position, Vucic said on Monday") it is a statement made then, and stays an act.
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
 * reported saying, and in no quotation.
 */
export function standingPresent(units: readonly Unit[], head: number): boolean {
  const h = units[head] as Unit;
  // The tagger reads "imports" and "backs" after a name as nouns ("Turkey imports gas"): right after the subject's
  // mention they are the verb.
  const before = units[head - 1]?.mention;
  const verb = h.pos === "VERB" || (h.pos === "NOUN" && !!before && !/['’]s$/.test(before.text));
  if (!verb || !STANDING.has(h.lemma) || !simplePresent(h.lower, h.lemma)) return false;
  return !units.some((u) => u.attribution || u.lower === '"' || u.lower === "“" || u.lower === "”");
}
