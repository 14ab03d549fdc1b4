// A token trie packed into typed arrays: nodes are integers, edges live in one open-addressing hash table keyed by
// (node, token id), and token strings are interned once. The object-per-node trie this replaces cost ~20 MB of heap
// per thread (71k nodes, 24k Maps); this one costs a few MB and builds no garbage while matching.

/** Token strings → ids, shared by the tries of one gazetteer. */
export type Vocabulary = Map<string, number>;

/** Bit of a word in the vocabulary filter: its length, first and last character (most text words share none). */
function filterBit(word: string): number {
  return ((word.length & 15) << 14) | ((word.charCodeAt(0) & 127) << 7) | (word.charCodeAt(word.length - 1) & 127);
}

export class TokenTrie<H> {
  static readonly ROOT = 0;
  /**
   * One bit per (length, first, last character) of the vocabulary's words: a text word whose bit is clear is in no
   * trie, found without hashing it (six words in ten of news text are no gazetteer word).
   */
  private readonly filter = new Uint32Array(1 << 13);
  constructor(
    private readonly vocab: Vocabulary,
    private readonly mask: number,
    /** Per table slot: parent node + 1 (0 = empty slot), token id, child node. */
    private readonly slotParent: Int32Array,
    private readonly slotToken: Int32Array,
    private readonly slotChild: Int32Array,
    private readonly hits: (H[] | undefined)[],
  ) {
    for (const word of vocab.keys()) {
      const bit = filterBit(word);
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  /** The child of `node` along token `norm`, or -1. */
  step(node: number, norm: string): number {
    const bit = filterBit(norm);
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const tok = this.vocab.get(norm);
    if (tok === undefined) return -1;
    for (let s = slotOf(node, tok) & this.mask; ; s = (s + 1) & this.mask) {
      const p = this.slotParent[s]!;
      if (p === 0) return -1;
      if (p === node + 1 && this.slotToken[s] === tok) return this.slotChild[s]!;
    }
  }

  /** What a path ending at `node` means, if anything. */
  hitsAt(node: number): H[] | undefined {
    return this.hits[node];
  }

  get nodeCount(): number {
    return this.hits.length;
  }
}

function slotOf(node: number, tok: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(tok + 1, 0x85ebca77)) >>> 0;
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

  build(): TokenTrie<H> {
    return new TokenTrie(this.vocab, this.parent.length - 1, this.parent, this.token, this.child, this.hits);
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
