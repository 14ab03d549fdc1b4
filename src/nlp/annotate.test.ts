import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { Article } from "../domain/index.ts";
import { annotate, annotateForEvents, nlpStage } from "./index.ts";

const seedPage = readFileSync(new URL("../../../shared/corpus/seed/000_0e0bef2aa06d10f3.txt", import.meta.url), "utf8");
const seed = seedPage.slice(seedPage.indexOf("Berlin, August 1"), seedPage.indexOf("Popular Articles")).trim();
const article = (text: string, published?: string, datelinePlace?: string): Article => ({
  id: "t",
  text,
  published,
  datelinePlace,
  contentHash: "",
  fingerprint: "",
});

test("annotate wires sentences, tokens, actors, dates and places on the seed page", () => {
  const a = nlpStage.run(article(seed, "2025-08-01", "Berlin"));
  assert.equal(nlpStage.name, "nlp");
  assert.ok(a.sentences.length >= 18 && a.tokens.length > 400);
  const codes = new Set(a.actors.map((m) => m.actor.code));
  for (const code of ["RUS", "AZE", "ARM", "KAZ", "UKR"]) assert.ok(codes.has(code), `actor ${code} missing`);
  const values = a.dates.map((d) => d.value);
  assert.ok(values.includes("2024-12") && values.includes("2025"));
  assert.ok(a.places.some((p) => p.name === "Baku" && p.country === "AZE" && p.lat !== undefined));
  for (const m of [...a.actors, ...a.dates, ...a.places]) assert.equal(seed.slice(m.start, m.end), m.text);
  for (const m of [...a.actors, ...a.dates, ...a.places]) {
    const s = a.sentences[m.sentence]!;
    assert.ok(m.start >= s.start && m.end <= s.end, `${m.text} outside sentence ${m.sentence}`);
  }
});

test("a city where something happened is a place, never an actor mention", () => {
  const text = "Azerbaijan detained several Russian nationals in Baku. Moscow responded with threats.";
  const a = annotate(article(text, "2025-08-01"));
  assert.deepEqual(
    a.places.map((p) => p.text),
    ["Baku"],
  );
  assert.ok(!a.actors.some((m) => m.text === "Baku"));
  assert.ok(a.actors.some((m) => m.text === "Moscow" && m.actor.code === "RUS"));
});

test("relative dates use the article's published date", () => {
  const a = annotate(article("Russia recalled its ambassador on Monday.", "2025-08-01"));
  assert.deepEqual(
    a.dates.map((d) => d.value),
    ["2025-07-28"],
  );
});

test("told the trigger words, annotate reads only the paragraphs that can hold an event, at the same offsets", () => {
  const text =
    "Prices rose in the morning.\n\nArmenia accused Azerbaijan of shelling on Monday.\n\nThe match ended late.";
  const mayTrigger = (w: string) => w === "accuse" || w === "shell";
  const some = annotateForEvents(article(text, "2025-08-01"), mayTrigger);
  assert.deepEqual(
    some.sentences.map((s) => [s.index, s.text]),
    [[0, "Armenia accused Azerbaijan of shelling on Monday."]],
  );
  const all = annotate(article(text, "2025-08-01"));
  const second = all.sentences[1]!;
  assert.deepEqual(
    some.actors,
    all.actors.filter((m) => m.sentence === 1).map((m) => ({ ...m, sentence: 0 })),
  );
  assert.deepEqual(
    some.tokens.map((t) => t.text),
    all.tokens.filter((t) => t.start >= second.start && t.end <= second.end).map((t) => t.text),
  );
  assert.equal(some.dates[0]?.value, "2025-07-28");
  assert.equal(annotateForEvents(article("Prices rose.", "2025-08-01"), mayTrigger).sentences.length, 0);
});
