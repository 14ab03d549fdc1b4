// scripts/css-text-case.ts: the letter case a page's own CSS prints a heading in (a measuring tool for titles).
import assert from "node:assert/strict";
import { test } from "node:test";
import { applyCase, caseRules, mediaApplies, renderedCase, type TextCase } from "../scripts/css-text-case.ts";
import { parseFastDom } from "../src/extract/fast-dom.ts";

/** The case the page's CSS gives its first element matching `selector`. */
function caseOf(html: string, selector = "h1"): TextCase {
  const doc = parseFastDom(html) as unknown as Document;
  const el = doc.querySelector(selector);
  assert.ok(el, `no ${selector} in the page`);
  return renderedCase(el, caseRules(doc));
}

const page = (css: string, body = '<header class="top"><h1 class="title" id="t">Talks resume</h1></header>') =>
  `<html><head><style>${css}</style></head><body>${body}</body></html>`;

test("a heading takes the case of the rule that matches it, else none", () => {
  assert.equal(caseOf(page("h1 { text-transform: uppercase }")), "uppercase");
  assert.equal(caseOf(page("h2 { text-transform: uppercase }")), "none");
  assert.equal(caseOf(page("h1 { color: red }")), "none");
  assert.equal(caseOf("<html><body><h1>No style</h1></body></html>"), "none");
});

test("the more specific rule wins, then the later one; style='' beats rules, !important beats style=''", () => {
  assert.equal(caseOf(page(".title { text-transform: none } h1 { text-transform: uppercase }")), "none");
  assert.equal(caseOf(page("#t { text-transform: lowercase } .title { text-transform: uppercase }")), "lowercase");
  assert.equal(caseOf(page("h1 { text-transform: uppercase } h1 { text-transform: capitalize }")), "capitalize");
  const inline = '<h1 class="title" style="text-transform: lowercase">Talks</h1>';
  assert.equal(caseOf(page(".title { text-transform: uppercase }", inline)), "lowercase");
  assert.equal(caseOf(page(".title { text-transform: uppercase !important }", inline)), "uppercase");
});

test("the case is inherited from an ancestor until an element sets its own", () => {
  assert.equal(caseOf(page("header { text-transform: uppercase }")), "uppercase");
  assert.equal(caseOf(page(".top { text-transform: uppercase } h1 { text-transform: none }")), "none");
  assert.equal(caseOf(page(".top { text-transform: uppercase } h1 { text-transform: inherit }")), "uppercase");
  assert.equal(caseOf(page("header h1 { text-transform: uppercase }")), "uppercase");
  assert.equal(caseOf(page("footer h1 { text-transform: uppercase }")), "none");
});

test("rules for print, for narrow screens, in a print <style> or a broken sheet do not apply on a desktop screen", () => {
  assert.equal(caseOf(page("@media print { h1 { text-transform: uppercase } }")), "none");
  assert.equal(caseOf(page("@media (max-width: 600px) { h1 { text-transform: uppercase } }")), "none");
  assert.equal(caseOf(page("@media screen and (min-width: 768px) { h1 { text-transform: uppercase } }")), "uppercase");
  assert.equal(caseOf(page("@supports (display: grid) { h1 { text-transform: uppercase } }")), "uppercase");
  const printSheet =
    '<html><head><style media="print">h1 { text-transform: uppercase }</style></head><body><h1>x</h1></body></html>';
  assert.equal(caseOf(printSheet), "none");
  // a sheet postcss cannot read is dropped whole, and the other sheets are still read
  const broken = `<html><head><style>#t { text-transform: lowercase } }}</style><style>.title { text-transform: uppercase }</style></head><body><h1 class="title" id="t">x</h1></body></html>`;
  assert.equal(caseOf(broken), "uppercase");
  // a selector we cannot match (a pseudo-class) is skipped, the rest of the sheet is read
  assert.equal(caseOf(page("h1:hover { text-transform: lowercase } h1 { text-transform: uppercase }")), "uppercase");
});

test("media queries are read for a 1280-pixel screen", () => {
  assert.equal(mediaApplies("screen"), true);
  assert.equal(mediaApplies("print"), false);
  assert.equal(mediaApplies("not screen"), false);
  assert.equal(mediaApplies("(min-width: 1024px)"), true);
  assert.equal(mediaApplies("(min-width: 90em)"), false);
  assert.equal(mediaApplies("(max-width: 767px)"), false);
  assert.equal(mediaApplies("print, (min-width: 40rem)"), true);
});

test("applyCase prints text as the case says; capitalize raises first letters and leaves the rest as typed", () => {
  assert.equal(applyCase("Talks resume in Baku", "uppercase"), "TALKS RESUME IN BAKU");
  assert.equal(applyCase("Talks resume in Baku", "lowercase"), "talks resume in baku");
  assert.equal(applyCase("the NATO summit (in vilnius) «ends»", "capitalize"), "The NATO Summit (In Vilnius) «Ends»");
  assert.equal(applyCase("Talks resume", "none"), "Talks resume");
});
