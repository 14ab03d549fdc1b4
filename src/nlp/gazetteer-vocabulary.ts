// The gazetteer's vocabulary (~60k token strings → ids) as one open-addressing hash table over the words' UTF-16
// code units, all in SharedArrayBuffers: every analysis thread reads the same table in place instead of holding a
// 2.6 MB Map of its own.
import { sharedInts, type TokenIds } from "./gazetteer-trie.ts";

/** The table's arrays: word k is chars[starts[k] … starts[k+1]); slots hold word id + 1 (0 = empty). */
export interface PackedWords {
  chars: Uint16Array;
  starts: Int32Array;
  slots: Int32Array;
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** Packs `words` (id k = the k-th word) into shared memory; `hashed: false` packs a plain list, read with `at`. */
export function packWords(words: readonly string[], hashed = true): PackedWords {
  let size = 1;
  if (hashed) for (size = 16; size < words.length * 2; ) size *= 2;
  const slots = new Int32Array(new SharedArrayBuffer(size * 4));
  const starts = new Int32Array(words.length + 1);
  let length = 0;
  words.forEach((w, id) => {
    starts[id] = length;
    length += w.length;
    if (!hashed) return;
    let s = hashOf(w) & (size - 1);
    while (slots[s] !== 0) s = (s + 1) & (size - 1);
    slots[s] = id + 1;
  });
  starts[words.length] = length;
  const chars = new Uint16Array(new SharedArrayBuffer(length * 2));
  words.forEach((w, id) => {
    for (let k = 0; k < w.length; k++) chars[starts[id]! + k] = w.charCodeAt(k);
  });
  return { chars, starts: sharedInts(starts), slots };
}

/** Reads a packed vocabulary in place. */
export class WordTable implements TokenIds {
  private readonly mask: number;
  private readonly chars: Uint16Array;
  private readonly starts: Int32Array;
  private readonly slots: Int32Array;
  constructor(packed: PackedWords) {
    this.chars = packed.chars;
    this.starts = packed.starts;
    this.slots = packed.slots;
    this.mask = packed.slots.length - 1;
  }

  get(word: string): number | undefined {
    for (let s = hashOf(word) & this.mask; ; s = (s + 1) & this.mask) {
      const id = this.slots[s]! - 1;
      if (id < 0) return undefined;
      if (this.is(id, word)) return id;
    }
  }

  /** Word `id` (a fresh string). */
  at(id: number): string {
    return String.fromCharCode.apply(null, this.chars.subarray(this.starts[id]!, this.starts[id + 1]!) as never);
  }

  private is(id: number, word: string): boolean {
    const start = this.starts[id]!;
    if (this.starts[id + 1]! - start !== word.length) return false;
    for (let k = 0; k < word.length; k++) if (this.chars[start + k] !== word.charCodeAt(k)) return false;
    return true;
  }
}
