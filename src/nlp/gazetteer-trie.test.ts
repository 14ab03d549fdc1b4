import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { gazetteer } from "./gazetteer.ts";
import { gazTokens } from "./gazetteer-tokens.ts";
import { packedTrie, TokenTrie, TokenTrieBuilder, wordFilter, wordSet } from "./gazetteer-trie.ts";

/** Reference: every key prefix → hits, in a plain Map keyed by the joined tokens. */
function reference(keys: [string[], number][]): Map<string, number[]> {
  const ref = new Map<string, number[]>();
  for (const [toks, hit] of keys) {
    if (!toks.length) continue;
    const k = toks.join("\u0000");
    ref.set(k, [...(ref.get(k) ?? []), hit]);
  }
  return ref;
}

function walk<H>(trie: TokenTrie<H>, toks: string[]): number {
  let node = TokenTrie.ROOT;
  for (const t of toks) {
    node = trie.step(node, t);
    if (node < 0) return -1;
  }
  return node;
}

test("the packed trie finds exactly the inserted keys, with their hits in insertion order", () => {
  const word = fc.constantFrom("russia", "moscow", "the", "kremlin", "vladimir", "putin", "'s", "a", "b", "c");
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.array(word, { maxLength: 4 }), fc.nat(1000)), { maxLength: 60 }), (keys) => {
      const builder = new TokenTrieBuilder<number>(new Map());
      for (const [toks, hit] of keys) builder.insert(toks, hit);
      const trie = builder.build();
      const ref = reference(keys);
      for (const [k, hits] of ref) assert.deepEqual(trie.hitsAt(walk(trie, k.split("\u0000"))), hits);
      // Prefixes that are no key have no hits; tokens never inserted lead nowhere.
      for (const [toks] of keys)
        for (let n = 1; n < toks.length; n++) {
          const prefix = toks.slice(0, n);
          if (!ref.has(prefix.join("\u0000"))) assert.equal(trie.hitsAt(walk(trie, prefix)), undefined);
        }
      assert.equal(walk(trie, ["berlin"]), -1);
    }),
  );
});

test("many keys: every one reachable through the hash table (collisions probe on)", () => {
  const builder = new TokenTrieBuilder<string>(new Map());
  const keys: string[][] = [];
  for (let i = 0; i < 20_000; i++) keys.push([`w${i % 997}`, `v${Math.floor(i / 997)}`, `${i}`]);
  for (const k of keys) builder.insert(k, k.join(" "));
  const trie = builder.build();
  for (const k of keys) assert.deepEqual(trie.hitsAt(walk(trie, k)), [k.join(" ")]);
  assert.equal(walk(trie, ["w1", "v999"]), -1);
  assert.equal(trie.nodeCount, 1 + 997 + 20_000 + new Set(keys.map((k) => `${k[0]} ${k[1]}`)).size);
});

test("the vocabulary filter lets through the first word of every name of the shipped gazetteer", () => {
  const gz = gazetteer();
  const missed: string[] = [];
  for (const e of gz.entries)
    for (const n of e.n) {
      const first = gazTokens(n)[0];
      if (first && gz.names.step(TokenTrie.ROOT, first.norm) < 0) missed.push(n);
    }
  assert.deepEqual(missed, []);
  // A word of no name is turned away (by the filter or the table alike).
  assert.equal(gz.names.step(TokenTrie.ROOT, "zzqx"), -1);
});

test("a trie packed into shared memory reads back the hits the built trie holds, decoded on demand", () => {
  const word = fc.constantFrom("russia", "moscow", "the", "kremlin", "'s", "a", "b");
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.array(word, { maxLength: 3 }), fc.nat(1000)), { maxLength: 40 }), (keys) => {
      const vocab = new Map<string, number>();
      const builder = new TokenTrieBuilder<number>(vocab);
      for (const [toks, hit] of keys) builder.insert(toks, hit);
      const built = builder.build();
      const packed = builder.pack((h) => [h, -h]);
      assert.ok(packed.slotParent.buffer instanceof SharedArrayBuffer);
      // A two-entry cache: decoded lists are dropped and decoded again, with the same answers.
      const trie = packedTrie(vocab, wordFilter(vocab.keys()), packed, (d, at) => d[at]!, 2);
      for (let pass = 0; pass < 2; pass++)
        for (const [toks] of keys)
          for (let n = 1; n <= toks.length; n++) {
            const prefix = toks.slice(0, n);
            assert.equal(walk(trie, prefix), walk(built, prefix));
            assert.deepEqual(trie.hitsAt(walk(trie, prefix)), built.hitsAt(walk(built, prefix)));
          }
      assert.equal(trie.nodeCount, built.nodeCount);
    }),
  );
});

test("a text word keeps its vocabulary id for the next step, and is looked up again by a trie of another vocabulary", () => {
  const trie = (keys: string[][]) => {
    const b = new TokenTrieBuilder<number>(new Map());
    for (const [n, k] of keys.entries()) b.insert(k, n);
    return b.build();
  };
  // "kyiv" is word 2 of the first vocabulary and word 0 of the second: a stale id would step to "the" there.
  const first = trie([
    ["the", "kremlin"],
    ["kyiv", "police"],
  ]);
  const second = trie([["kyiv"], ["the", "rada"]]);
  const [kyiv, police] = gazTokens("Kyiv police");
  const node = first.stepOn(TokenTrie.ROOT, kyiv!);
  assert.equal(first.stepOn(node, police!) >= 0, true);
  assert.deepEqual(first.hitsAt(first.stepOn(node, police!)), [1]);
  assert.equal(first.stepOn(node, kyiv!), -1);
  assert.deepEqual(second.hitsAt(second.stepOn(TokenTrie.ROOT, kyiv!)), [0]);
  assert.equal(second.stepOn(TokenTrie.ROOT, police!), -1);
  assert.equal(first.stepOn(TokenTrie.ROOT, kyiv!), node, "back on the first trie, its own id again");
});

test("a word set answers by vocabulary id, and by string when one of its words is outside the vocabulary", () => {
  const b = new TokenTrieBuilder<number>(new Map());
  b.insert(["the", "kremlin"], 0);
  b.insert(["kyiv"], 1);
  const trie = b.build();
  const [the, kremlin, kyiv, minsk] = gazTokens("The Kremlin Kyiv Minsk");
  const byId = wordSet(trie, ["the", "kyiv"]);
  assert.deepEqual(
    [the, kremlin, kyiv, minsk].map((w) => byId(w!)),
    [true, false, true, false],
  );
  const byString = wordSet(trie, ["kremlin", "minsk"]);
  assert.deepEqual(
    [the, kremlin, kyiv, minsk].map((w) => byString(w!)),
    [false, true, false, true],
  );
});
