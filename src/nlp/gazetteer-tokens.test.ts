import assert from "node:assert/strict";
import { test } from "node:test";
import { BIG_SCRIPT, liveHeapGrowth } from "../../test/live-heap.ts";
import { fold, foldCacheSize, gazTokens } from "./gazetteer-tokens.ts";

/** The definition the hand-written scanner must follow, as a regex (slow, but plain). */
const SPEC = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[,;:!?()"“”—–&+/]/gu;

function byRegex(text: string): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (const m of text.matchAll(SPEC)) {
    const w = m[0];
    const at = m.index;
    if (w.length >= 3 && /['’][sS]$/.test(w)) {
      out.push([fold(w.slice(0, -2)), at, at + w.length - 2], ["'s", at + w.length - 2, at + w.length]);
    } else out.push([fold(w), at, at + w.length]);
  }
  return out;
}

test("the scanner splits text exactly as the token regex does", () => {
  const texts = [
    "Russia's and RUSSIA'S and Russia’s troops; the U.S.-led (NATO) force + EU/UN.",
    "rock'n'roll5 O’Neill don't' 's x's ab' Foo'Bar",
    "Çavuşoğlu's visit to İstanbul — “talks” – ǅemal, ⅫV, ١٢٣ عربي, 日本語テキスト",
    "𝐀𝐁c 😀 x é\u0301te a\ud800b \ud800",
    "",
  ];
  for (const t of texts)
    assert.deepEqual(
      gazTokens(t).map((k) => [k.norm, k.start, k.end]),
      byRegex(t),
      t,
    );
});

test("token shapes: lower case 0, capitalised 1, all capitals 2", () => {
  const shapes = (t: string) => gazTokens(t).map((k) => `${k.norm}:${k.shape}`);
  assert.deepEqual(shapes("the NATO Russia's 5G Élysée ÉLYSÉE “"), [
    "the:0",
    "nato:2",
    "russia:1",
    "'s:0",
    "5g:0",
    "elysee:1",
    "elysee:2",
    "“:1",
  ]);
});

test("folding: accents and curly apostrophes go; the cache holds accented words only and stays bounded", () => {
  assert.equal(fold("Çavuşoğlu"), "cavusoglu");
  assert.equal(fold("Kyiv’s"), "kyiv's");
  assert.equal(fold("DIYARBAKIR’ın"), "diyarbakir'in");
  const before = foldCacheSize();
  for (let i = 0; i < 1000; i++) fold(`Word${i}’s`);
  assert.equal(foldCacheSize(), before, "words whose only non-ASCII letter is ’ are not cached");
  // A long stream of new accented names (as a news stream brings) never holds more than a few thousand.
  for (let i = 0; i < 20_000; i++) fold(`Café${i}`);
  assert.ok(foldCacheSize() <= 8192, `cache holds ${foldCacheSize()}`);
  assert.equal(fold("Café19999"), "cafe19999");
});

test("a word folds as its characters do, but for a capital sigma and surrogate pairs, which fold whole", () => {
  const whole = (w: string) =>
    w.replace(/’/g, "'").replace(/ı/g, "i").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  // every BMP character between others, before a combining mark and at a word's end
  for (let c = 0x80; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    for (const w of [`É${ch}e\u0301`, `a${ch}`]) assert.equal(fold(w), whole(w), `U+${c.toString(16)} in ${w}`);
  }
  for (const w of ["ΟΔΟΣ", "ΟΔΟΣ Α", "ΣΟΦΙΑ", "Αθήνας", "İstanbul", "Straße", "𝐀𝐁c", "Ǆemal", "Ελλάδα’s"])
    assert.equal(fold(w), whole(w), w);
  assert.equal(fold("ΟΔΟΣ"), "οδος".replace(/σ$/, "ς"));
});

test("the fold cache keeps no page's text alive through the long accented words it caches", () => {
  // Pages whose long words (13+ characters, which V8 slices as views into the page) fold to themselves or not.
  const grown = liveHeapGrowth(() => {
    for (let i = 0; i < 8; i++) {
      // the Greek words hold a capital sigma, so they fold whole through the cache (the others fold by character)
      const text = `правительственных${i} Çavuşoğlu’nunkiler${i} ΚΥΒΕΡΝΗΤΙΚΟΥΣΣ${i} κυβερνήσεωνΣ${i} ${BIG_SCRIPT}`;
      gazTokens(text);
    }
  });
  assert.ok(grown < 2_000_000, `the cache holds ${(grown / 1e6).toFixed(1)} MB after eight pages of ~1.9 MB`);
});
