// A token trie packed into typed arrays: nodes are integers, edges live in one open-addressing hash table keyed by
// (node, token id), and token strings are interned once. The object-per-node trie this replaces cost ~20 MB of heap
// per thread (71k nodes, 24k Maps); this one costs a few MB and builds no garbage while matching.

/** Token strings → ids, shared by the tries of one gazetteer. */
export type Vocabulary = Map<string, number>;

export class TokenTrie<H> {
  static readonly ROOT = 0;
  constructor(
    private readonly vocab: Vocabulary,
    private readonly mask: number,
    /** Per table slot: parent node + 1 (0 = empty slot), token id, child node. */
    private readonly slotParent: Int32Array,
    private readonly slotToken: Int32Array,
    private readonly slotChild: Int32Array,
    private readonly hits: (H[] | undefined)[],
  ) {}

  /** The child of `node` along token `norm`, or -1. */
  step(node: number, norm: string): number {
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

/** Collects keys (as token lists) with their hits, then packs them into a TokenTrie. */
export class TokenTrieBuilder<H> {
  private readonly edges = new Map<number, number>();
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
      // 2^22 token ids are far more than any gazetteer has; the product stays below 2^53.
      const key = node * 0x400000 + tok;
      let child = this.edges.get(key);
      if (child === undefined) {
        child = this.hits.length;
        this.hits.push(undefined);
        this.edges.set(key, child);
      }
      node = child;
    }
    const list = this.hits[node];
    if (list) list.push(hit);
    else this.hits[node] = [hit];
  }

  build(): TokenTrie<H> {
    // Load factor at most one half keeps probe runs short.
    let size = 16;
    while (size < this.edges.size * 2) size *= 2;
    const parent = new Int32Array(size);
    const token = new Int32Array(size);
    const child = new Int32Array(size);
    const mask = size - 1;
    for (const [key, to] of this.edges) {
      const node = Math.floor(key / 0x400000);
      const tok = key % 0x400000;
      let s = slotOf(node, tok) & mask;
      while (parent[s] !== 0) s = (s + 1) & mask;
      parent[s] = node + 1;
      token[s] = tok;
      child[s] = to;
    }
    return new TokenTrie(this.vocab, mask, parent, token, child, this.hits);
  }
}
