// Words a sentence offers to the pattern matcher, found once per sentence, so that a head's candidate patterns
// whose words are absent are skipped before the matcher walks them.
import type { Pattern } from "./pattern-dictionary.ts";
import type { Unit } from "./sentence-units.ts";

export const NO_WORDS: readonly string[] = [];
// A mention's lower-case words, split once: every candidate pattern at every head asks for them again.
const wordsOf = new WeakMap<object, readonly string[]>();
export function mentionWords(mention: { text: string }): readonly string[] {
  let words = wordsOf.get(mention);
  if (!words) {
    words = mention.text.toLowerCase().split(/\s+/);
    wordsOf.set(mention, words);
  }
  return words;
}

// The words after a pattern's head, one list of possible first words per word element: a pattern whose word
// element can open on no word of the sentence cannot match, and most of a head's 75-odd candidates fail so.
const needsOf = new WeakMap<Pattern, readonly (readonly string[])[]>();
export function needs(pattern: Pattern): readonly (readonly string[])[] {
  let out = needsOf.get(pattern);
  if (!out) {
    out = pattern.elements
      .slice(1)
      .flatMap((el) => (el.kind === "word" ? [el.phrases.map((p) => p[0] as string)] : []));
    needsOf.set(pattern, out);
  }
  return out;
}

/** Whether each word element after the pattern's head can open on some word of the sentence (`sentenceWords`). */
export function wordsPresent(pattern: Pattern, present: ReadonlySet<string>): boolean {
  // Plain loops: this runs for every candidate at every head, most of which fail here.
  for (const firsts of needs(pattern)) {
    let found = false;
    for (const w of firsts)
      if (present.has(w)) {
        found = true;
        break;
      }
    if (!found) return false;
  }
  return true;
}

/**
 * Every word a word element may open on in these units: lemmas and forms, and the words of mentions with a plural's
 * "s" dropped, which a slot's or a folded mention's head is matched against.
 */
export function sentenceWords(units: readonly Unit[]): Set<string> {
  const words = new Set<string>();
  for (const u of units) {
    words.add(u.lemma).add(u.lower);
    if (u.mention) for (const w of mentionWords(u.mention)) words.add(w).add(w.slice(0, -1));
  }
  return words;
}
