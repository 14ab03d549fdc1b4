// A line that only names a document: "- Agreement between the Kazakh and Russian Governments on cooperation in
// transit", an item in a list of documents signed or exchanged. It names the document, not an act: coded, its deal
// noun made an intent to agree (030) between the parties of its title. The signing, where the text tells it, is the
// lead-in's own act.
import type { Unit } from "./sentence-units.ts";

// Nouns that open a document's title.
const DOCUMENTS = new Set([
  "agreement",
  "memorandum",
  "protocol",
  "treaty",
  "accord",
  "convention",
  "declaration",
  "programme",
  "program",
  "plan",
  "roadmap",
  "contract",
]);
// Marks that open a list item: "-", "•", "1.", "a)".
const ITEM_MARKS = new Set(["-", "–", "—", "•", "*", ")", "."]);

/**
 * The sentence is a document's title and nothing else: it opens (past a list mark, a number and adjectives such as
 * "Comprehensive") with a document noun and has no verb of its own (an infinitive, a gerund or a participle on a
 * noun inside the title is the title's: "Agreement ... to arrange the transit of cargoes intended for export").
 */
export function documentTitle(units: readonly Unit[]): boolean {
  let k = 0;
  while (k < units.length && (ITEM_MARKS.has(units[k]?.lower ?? "") || units[k]?.pos === "NUM")) k++;
  while (k < units.length && units[k]?.pos === "ADJ" && k < 3) k++;
  const first = units[k];
  if (!first || !DOCUMENTS.has(first.lower)) return false;
  return !units.some((u, i) => (u.pos === "VERB" || u.pos === "AUX") && !titleVerb(units, i));
}

// Participles that tell what became of a deal, headline style: "Agreement between X and Y signed in Astana".
const DEAL_DONE = new Set([
  "sign",
  "reach",
  "conclude",
  "initial",
  "ratify",
  "approve",
  "adopt",
  "agree",
  "seal",
  "strike",
]);

/** The verb at i belongs to the title: an infinitive, a gerund, or a participle on a noun ("cargoes intended for"). */
function titleVerb(units: readonly Unit[], i: number): boolean {
  const u = units[i] as Unit;
  if (u.lower.endsWith("ing") || units[i - 1]?.lower === "to") return true;
  const participle = u.lower !== u.lemma && u.lower.endsWith("ed") && units[i - 1]?.pos === "NOUN";
  return participle && !DEAL_DONE.has(u.lemma);
}
