// Words that can start an event: what nlp may look for before it spends time on a paragraph.
import { PATTERNS, type PatternDictionary } from "./pattern-dictionary.ts";
import { BLAME_WORDS } from "./reported-blame.ts";
import { DEMAND_SPEECH, OBLIGATION } from "./reported-demands.ts";
import { REJECTION_WORDS } from "./reported-rejection.ts";

/**
 * A predicate over lower-cased words (a lemma or a form as written): true for every word that can head a pattern of
 * `dict` or cue a reported demand or blame. A sentence none of whose words passes can yield no event.
 */
export function triggerWords(dict: PatternDictionary = PATTERNS): (word: string) => boolean {
  // Besides the dictionary's heads, a reported demand is cued by its obligation word ("said Sudan must") or by the
  // demanding speech verb of a subjunctive ("insisted that Russia pay"), and a reported blame by its blame word
  // ("said Russia was behind the attack"), and a reported rejection by "out of the question".
  const words = new Set<string>([...OBLIGATION, ...DEMAND_SPEECH, ...BLAME_WORDS, ...REJECTION_WORDS]);
  for (const head of dict.byHead.keys()) words.add(head);
  return (word) => words.has(word);
}

/** The shipped dictionary's trigger words. */
export const isTriggerWord: (word: string) => boolean = triggerWords();
