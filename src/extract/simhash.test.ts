import assert from "node:assert/strict";
import { test } from "node:test";
import { contentHash, fingerprints, hammingDistance, isNearDuplicate, simhash } from "./simhash.ts";

const story =
  "Azerbaijan detained several Russian nationals in Baku on Monday, including media staff the authorities accuse of working for intelligence services. Moscow summoned the Azerbaijani ambassador and demanded their release, while officials in Baku said the arrests followed a lawful investigation into smuggling and cyber crime.";

test("content hash ignores case and whitespace but not words", () => {
  assert.equal(contentHash(story), contentHash(`  ${story.toUpperCase().replace(/ /g, "\n ")} `));
  assert.notEqual(contentHash(story), contentHash(story.replace("Monday", "Tuesday")));
  assert.match(contentHash(story), /^[0-9a-f]{64}$/);
});

test("simhash is 16 hex digits and stable", () => {
  assert.match(simhash(story), /^[0-9a-f]{16}$/);
  assert.equal(simhash(story), simhash(story));
});

test("a reprint with a small edit is a near duplicate; an unrelated text is not", () => {
  // a news-length body (~400 words): SimHash's 3-bit threshold is meant for article-sized texts
  const long = ["Baku", "Yerevan", "Astana", "Tbilisi", "Chisinau", "Tashkent", "Ashgabat", "Kyiv", "Minsk"]
    .map((city, i) => story.replace(/Baku/g, city).replace("Monday", `day ${i + 1}`))
    .join(" ");
  const reprint = `${long} (Reporting by Staff.)`;
  const other =
    "The central bank raised its key interest rate by half a point on Thursday to fight inflation, which reached nine percent in March, and signalled that further increases would follow if prices kept rising faster than wages.";
  assert.ok(hammingDistance(simhash(long), simhash(reprint)) <= 3, "reprint within 3 bits");
  assert.ok(isNearDuplicate(simhash(long), simhash(reprint)));
  assert.ok(hammingDistance(simhash(story), simhash(other)) > 10, "unrelated texts far apart");
  assert.ok(!isNearDuplicate(simhash(story), simhash(other)));
});

test("hamming distance counts differing bits", () => {
  assert.equal(hammingDistance("0000000000000000", "ffffffffffffffff"), 64);
  assert.equal(hammingDistance("00000000000000f0", "0000000000000010"), 3);
});

test("fingerprints gives both hashes from one normalisation", () => {
  assert.deepEqual(fingerprints(story), { contentHash: contentHash(story), fingerprint: simhash(story) });
});

test("shingles keep word order: the same words in another order are a different text", () => {
  const words = story.split(" ");
  const shuffled = words.map((_, i) => words[(i * 7) % words.length]).join(" ");
  assert.ok(hammingDistance(simhash(story), simhash(shuffled)) > 10);
});

test("texts shorter than a shingle still get distinct fingerprints", () => {
  assert.notEqual(simhash("Baku"), simhash("Moscow"));
  assert.notEqual(simhash("Baku Moscow"), simhash("Moscow Baku"));
  assert.equal(simhash(""), "0000000000000000");
});

test("words are runs of letters and digits in any script: punctuation and spacing do not count", () => {
  assert.equal(simhash("Baku, Moscow; Kyiv! 2025"), simhash("baku moscow\n\nkyiv 2025"));
  assert.equal(simhash("Москва — Баку, Ереван"), simhash("москва баку ереван"));
  assert.notEqual(simhash("one 𝐀𝐁 two three"), simhash("one two three"), "astral letters are word characters");
  assert.equal(simhash("one 😀 two three"), simhash("one two three"), "an emoji is no word");
});

test("fingerprints hashes the collapsed text whatever the white space around and between words", () => {
  const messy = `\u00a0\t ${story.replace(/ /g, (_m, at: number) => (at % 3 === 0 ? " \n\u2003 " : at % 5 === 0 ? "\t" : " "))} \r\n`;
  assert.deepEqual(fingerprints(messy), { contentHash: contentHash(story), fingerprint: simhash(story) });
  assert.deepEqual(fingerprints(" \n "), { contentHash: contentHash(""), fingerprint: simhash("") });
  // one page longer than the kept scratch arrays, then a short one: the short one must not read the long one's words
  const long = `${story} `.repeat(3000);
  assert.equal(fingerprints(long).fingerprint, simhash(long));
  assert.deepEqual(fingerprints(story), { contentHash: contentHash(story), fingerprint: simhash(story) });
});
