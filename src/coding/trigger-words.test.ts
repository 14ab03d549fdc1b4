import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import type { Article } from "../domain/index.ts";
import { annotate, annotateForEvents } from "../nlp/index.ts";
import { codeEvents, isTriggerWord, parsePatterns, triggerWords } from "./index.ts";

const SHARED = new URL("../../../shared/", import.meta.url);
const article = (id: string, text: string, published?: string): Article => ({
  id,
  text,
  published,
  contentHash: "",
  fingerprint: "",
});

test("trigger words are the dictionary's head words and the cues of reported demands", () => {
  const words = triggerWords(parsePatterns("042 visit\n190 shoot_down $T\n"));
  for (const w of ["visit", "shoot", "must", "insist"]) assert.ok(words(w), w);
  for (const w of ["down", "the", "visited"]) assert.ok(!words(w), w);
  assert.ok(isTriggerWord("accuse") && !isTriggerWord("weather"));
});

/**
 * Cases of every event suite, several to an article with unrelated paragraphs between them (as on a news page), and
 * the seed page: reading only the paragraphs that can hold an event must give exactly the events of reading all.
 */
test("annotating only the paragraphs with trigger words and actors loses no event", () => {
  const cases: { text: string; date?: string }[] = [];
  const dir = new URL("eventcoding/", SHARED);
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()) {
    const lines = readFileSync(new URL(f, dir), "utf8").split("\n").filter(Boolean);
    // every third case of each suite keeps the test quick while covering every suite
    lines.forEach((line, i) => {
      const r = JSON.parse(line) as { text?: unknown; date?: unknown };
      if (i % 3 === 0 && typeof r.text === "string") cases.push({ text: r.text, date: r.date as string | undefined });
    });
  }
  const filler = ["The weather stayed mild all week.", "Subscribe to our newsletter", "Photo: archive"];
  const docs: Article[] = [];
  for (let i = 0; i < cases.length; i += 6) {
    const group = cases.slice(i, i + 6);
    const text = group.flatMap((c, k) => [c.text, filler[k % filler.length]!]).join("\n\n");
    docs.push(article(`group-${i}`, text, group[0]!.date));
  }
  const page = readFileSync(new URL("corpus/seed/000_0e0bef2aa06d10f3.txt", SHARED), "utf8");
  docs.push(article("seed", page, "2025-08-01"));
  let events = 0;
  let skipped = 0;
  for (const doc of docs) {
    const all = annotate(doc);
    const some = annotateForEvents(doc, isTriggerWord);
    const expected = codeEvents(all);
    events += expected.length;
    skipped += all.sentences.length - some.sentences.length;
    assert.deepEqual(codeEvents(some), expected, doc.id);
  }
  assert.ok(events > 100, `only ${events} events in the sample`);
  assert.ok(skipped > docs.length, "the filler paragraphs were not skipped");
});

test("a paragraph whose subject is a pronoun, or whose only party is a place, is still read", () => {
  const text = [
    "Russia and China held talks in Beijing on Monday.",
    "The weather was mild for the season.",
    "They’ve signed a trade agreement.",
    "Thousands of people protested in Batumi on Sunday.",
    "Prices rose.",
  ].join("\n\n");
  const doc = article("pronoun", text, "2025-08-01");
  const some = annotateForEvents(doc, isTriggerWord);
  const events = codeEvents(some);
  assert.deepEqual(events, codeEvents(annotate(doc)));
  const evidence = new Set(events.map((e) => e.evidence.text));
  assert.ok(evidence.has("They’ve signed a trade agreement.") && evidence.has(some.sentences.at(-1)!.text));
  assert.equal(some.sentences.length, 3);
});
