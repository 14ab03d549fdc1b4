// A token trie packed into typed arrays: nodes are integers, edges live in one open-addressing hash table keyed by
// (node, token id), and token strings are interned once. The object-per-node trie this replaces cost ~20 MB of heap
// per thread (71k nodes, 24k Maps); this one costs a few MB and builds no garbage while matching. Its arrays can live
// in SharedArrayBuffers (`pack`), read in place by every analysis thread (gazetteer-shared.ts).

/** Token strings → ids: a Map while building, a shared table (gazetteer-vocabulary.ts) once packed. */
export interface TokenIds {
  get(word: string): number | undefined;
}
export type Vocabulary = Map<string, number>;

/** A text word a trie steps along, which keeps its vocabulary id once looked up (every trie of a gazetteer shares one
 * vocabulary, and a word is stepped on ~1.6 times: as a name's start, inside one, by the context rules). */
export interface VocabWord {
  readonly norm: string;
  /** The word's id in `vocab` (-1: none), valid only while `vocab` is the stepping trie's. */
  id: number;
  vocab: TokenIds | undefined;
}

/** Bit of a word in the vocabulary filter: its length, first and last character (most text words share none). */
function filterBit(word: string): number {
  return ((word.length & 15) << 14) | ((word.charCodeAt(0) & 127) << 7) | (word.charCodeAt(word.length - 1) & 127);
}

/**
 * One bit per (length, first, last character) of the vocabulary's words: a text word whose bit is clear is in no
 * trie, found without hashing it (six words in ten of news text are no gazetteer word).
 */
export function wordFilter(
  words: Iterable<string>,
  into: Uint32Array<ArrayBufferLike> = new Uint32Array(1 << 13),
): Uint32Array<ArrayBufferLike> {
  for (const word of words) {
    const bit = filterBit(word);
    into[bit >>> 5]! |= 1 << (bit & 31);
  }
  return into;
}

/** The edge table: per slot, parent node + 1 (0 = empty slot), token id, child node. */
export interface EdgeTable {
  slotParent: Int32Array;
  slotToken: Int32Array;
  slotChild: Int32Array;
}

/** A trie with its hits encoded as int pairs: node n's hits are hitData[2·hitStart[n] … 2·hitStart[n+1]). */
export interface PackedTrie extends EdgeTable {
  hitStart: Int32Array;
  hitData: Int32Array;
}

export class TokenTrie<H> {
  static readonly ROOT = 0;
  private readonly mask: number;
  private readonly slotParent: Int32Array;
  private readonly slotToken: Int32Array;
  private readonly slotChild: Int32Array;
  constructor(
    private readonly vocab: TokenIds,
    private readonly filter: Uint32Array,
    edges: EdgeTable,
    private readonly hitsOf: (node: number) => H[] | undefined,
    readonly nodeCount: number,
  ) {
    this.mask = edges.slotParent.length - 1;
    this.slotParent = edges.slotParent;
    this.slotToken = edges.slotToken;
    this.slotChild = edges.slotChild;
  }

  /** The child of `node` along token `norm`, or -1. */
  step(node: number, norm: string): number {
    const tok = this.idOf(norm);
    return tok < 0 ? -1 : this.child(node, tok);
  }

  /** The child of `node` along a text word, whose id is looked up only the first time any trie steps on it. */
  stepOn(node: number, word: VocabWord): number {
    const tok = this.idOn(word);
    return tok < 0 ? -1 : this.child(node, tok);
  }

  /** What a path ending at `node` means, if anything. */
  hitsAt(node: number): H[] | undefined {
    return this.hitsOf(node);
  }

  /** The vocabulary id of a text word (looked up once, as stepOn does), or -1. */
  idOn(word: VocabWord): number {
    if (word.vocab !== this.vocab) {
      word.id = this.idOf(word.norm);
      word.vocab = this.vocab;
    }
    return word.id;
  }

  /** The vocabulary id of `norm`, or -1. */
  idOf(norm: string): number {
    const bit = filterBit(norm);
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    return this.vocab.get(norm) ?? -1;
  }

  private child(node: number, tok: number): number {
    for (let s = slotOf(node, tok) & this.mask; ; s = (s + 1) & this.mask) {
      const p = this.slotParent[s]!;
      if (p === 0) return -1;
      if (p === node + 1 && this.slotToken[s] === tok) return this.slotChild[s]!;
    }
  }
}

/**
 * Membership of text words in `words`, asked by the words' vocabulary ids when every one of `words` is in `trie`'s
 * vocabulary (a text word then costs no string hashing: its id is known from the trie steps), else by string.
 */
export function wordSet(trie: TokenTrie<unknown>, words: Iterable<string>): (word: VocabWord) => boolean {
  const strings = new Set(words);
  const ids = new Set<number>();
  for (const w of strings) {
    const id = trie.idOf(w);
    if (id < 0) return (word) => strings.has(word.norm);
    ids.add(id);
  }
  return (word) => {
    const id = trie.idOn(word);
    return id >= 0 && ids.has(id);
  };
}

function slotOf(node: number, tok: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(tok + 1, 0x85ebca77)) >>> 0;
}

/** An Int32Array copy of `a` in shared memory, readable by every thread it is handed to. */
export function sharedInts(a: ArrayLike<number>): Int32Array {
  const out = new Int32Array(new SharedArrayBuffer(a.length * 4));
  out.set(a);
  return out;
}

/** Collects keys (as token lists) with their hits into the same packed table, growing it as it fills. */
export class TokenTrieBuilder<H> {
  private parent = new Int32Array(1024);
  private token = new Int32Array(1024);
  private child = new Int32Array(1024);
  private edges = 0;
  private readonly hits: (H[] | undefined)[] = [undefined];
  constructor(private readonly vocab: Vocabulary) {}

  insert(tokens: readonly string[], hit: H): void {
    if (!tokens.length) return;
    let node = TokenTrie.ROOT;
    for (const norm of tokens) {
      let tok = this.vocab.get(norm);
      if (tok === undefined) {
        tok = this.vocab.size;
        this.vocab.set(norm, tok);
      }
      node = this.childOf(node, tok);
    }
    const list = this.hits[node];
    if (list) list.push(hit);
    else this.hits[node] = [hit];
  }

  /** The trie as it is, hits as objects on this thread's heap (small tries, tests). */
  build(): TokenTrie<H> {
    const edges = { slotParent: this.parent, slotToken: this.token, slotChild: this.child };
    const hits = this.hits;
    return new TokenTrie(this.vocab, wordFilter(this.vocab.keys()), edges, (n) => hits[n], hits.length);
  }

  /** The trie in shared memory, each hit encoded as two ints by `encode`. */
  pack(encode: (hit: H) => readonly [number, number]): PackedTrie {
    const hitStart = new Int32Array(this.hits.length + 1);
    const data: number[] = [];
    this.hits.forEach((list, node) => {
      for (const h of list ?? []) data.push(...encode(h));
      hitStart[node + 1] = data.length / 2;
    });
    return {
      slotParent: sharedInts(this.parent),
      slotToken: sharedInts(this.token),
      slotChild: sharedInts(this.child),
      hitStart: sharedInts(hitStart),
      hitData: sharedInts(data),
    };
  }

  /** The child of `node` along `tok`, created when missing. */
  private childOf(node: number, tok: number): number {
    const mask = this.parent.length - 1;
    let s = slotOf(node, tok) & mask;
    for (; this.parent[s] !== 0; s = (s + 1) & mask)
      if (this.parent[s] === node + 1 && this.token[s] === tok) return this.child[s]!;
    const created = this.hits.length;
    this.hits.push(undefined);
    this.parent[s] = node + 1;
    this.token[s] = tok;
    this.child[s] = created;
    // Load factor at most one half keeps probe runs short.
    if (++this.edges * 2 > this.parent.length) this.grow();
    return created;
  }

  private grow(): void {
    const [parent, token, child] = [this.parent, this.token, this.child];
    const size = parent.length * 2;
    this.parent = new Int32Array(size);
    this.token = new Int32Array(size);
    this.child = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < parent.length; i++) {
      if (parent[i] === 0) continue;
      let s = slotOf(parent[i]! - 1, token[i]!) & mask;
      while (this.parent[s] !== 0) s = (s + 1) & mask;
      this.parent[s] = parent[i]!;
      this.token[s] = token[i]!;
      this.child[s] = child[i]!;
    }
  }
}

/**
 * A packed trie read in place: hits are decoded on demand and the decoded lists kept in a small per-thread cache
 * (news meets the same few thousand names again and again; cleared when full so it stays bounded).
 */
export function packedTrie<H>(
  vocab: TokenIds,
  filter: Uint32Array,
  packed: PackedTrie,
  decode: (data: Int32Array, at: number) => H,
  cacheSize = 4096,
): TokenTrie<H> {
  const { hitStart, hitData } = packed;
  let cache = new Map<number, H[]>();
  const hitsOf = (node: number): H[] | undefined => {
    if (node < 0) return undefined;
    const from = hitStart[node]!;
    const to = hitStart[node + 1]!;
    if (from === to) return undefined;
    let list = cache.get(node);
    if (list) return list;
    list = [];
    for (let k = from; k < to; k++) list.push(decode(hitData, 2 * k));
    if (cache.size >= cacheSize) cache = new Map();
    cache.set(node, list);
    return list;
  };
  return new TokenTrie(vocab, filter, packed, hitsOf, hitStart.length - 1);
}
