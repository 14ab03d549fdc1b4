import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { extractArticle } from "./index.ts";
import { extractTextPage } from "./text-page.ts";

const SHARED = new URL("../../../shared/", import.meta.url);

test("seed page: headline after the widgets, dateline date and place, no boilerplate in the body", () => {
  const gold = JSON.parse(readFileSync(new URL("gold/seed.json", SHARED), "utf8")).article;
  const text = readFileSync(new URL("corpus/seed/000_0e0bef2aa06d10f3.txt", SHARED), "utf8");
  const a = extractArticle({ id: "seed", text });
  assert.equal(a.title, gold.title);
  assert.equal(a.published, gold.published);
  assert.equal(a.datelinePlace, gold.dateline_place);
  assert.ok(a.text.startsWith(gold.body_starts_with), a.text.slice(0, 80));
  assert.ok(a.text.endsWith(gold.body_ends_with), a.text.slice(-80));
  for (const junk of gold.absent_from_body) assert.ok(!a.text.includes(junk), `body contains ${junk}`);
  assert.ok(a.text.includes("  • Armenia") || a.text.includes("• Armenia"), "bullets kept");
});

test("another page text with furniture: menu words, placeholder, date bar, teaser list after the body", () => {
  const text = [
    "Tuesday, 14 May 2024",
    "HOME",
    "WORLD",
    "[caption id=1]",
    "Advertisement",
    "Parliament Approves New Energy Treaty With Neighbours",
    "KYIV, 13 May 2024 — Lawmakers approved the energy treaty on Monday after a long debate, sending it to the president for signature.",
    "The agreement links the two grids and sets prices for five years, officials said.",
    "Read more",
    "Popular Articles",
    "Ten things to know",
    "Weather tomorrow",
  ].join("\n");
  const page = extractTextPage(text);
  assert.equal(page.title, "Parliament Approves New Energy Treaty With Neighbours");
  assert.ok(page.body.startsWith("KYIV, 13 May 2024"));
  assert.ok(page.body.endsWith("officials said."));
  const a = extractArticle({ id: "t2", text });
  assert.equal(a.published, "2024-05-13", "dateline, not the date bar");
  assert.equal(a.datelinePlace, "KYIV");
});

test("plain text without boilerplate passes through intact", () => {
  const text =
    "Russia and Kazakhstan signed a pipeline agreement in Astana on Friday.\n\nThe deal, worth several billion dollars, covers twenty years of deliveries.\nShort line\n\nOfficials said more talks would follow.";
  const a = extractArticle({ id: "plain", text });
  assert.equal(a.text, text.trim());
  assert.equal(a.published, undefined);
});

test("the caller's date wins over the dateline", () => {
  const a = extractArticle({
    id: "p",
    text: "Berlin, August 1, 2025 — The talks resumed after a long pause, diplomats from both sides said today.",
    published: "2025-08-03",
  });
  assert.equal(a.published, "2025-08-03");
});
