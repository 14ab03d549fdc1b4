import type { Sentence } from "../domain/index.ts";

/** Index of the sentence (or any sorted span) that contains character offset `at` (binary search), or -1 when it falls
 * between them. */
export function sentenceAt(sentences: readonly Pick<Sentence, "start" | "end">[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
