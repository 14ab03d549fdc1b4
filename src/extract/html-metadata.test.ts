import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { extractMetadata } from "./html-metadata.ts";

const page = (head: string) =>
  (parseHTML(`<html><head>${head}</head><body><p>Text</p></body></html>`) as unknown as { document: Document })
    .document;

test("JSON-LD as sites ship it: raw newlines in strings, trailing commas, two objects in one script", () => {
  const broken = page(`<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Pacheco e Fux
tentam uma trégua", "datePublished": "2021-08-20T10:00:00-03:00",
"author": [{"@type": "Person", "name": "Luana Patriolino"}, {"@type": "Person", "name": "Raphael Felice"},],}</script>`);
  const m = extractMetadata(broken);
  assert.equal(m.byline, "Luana Patriolino; Raphael Felice");
  assert.equal(m.published, "2021-08-20");
  const two = page(`<script type="application/ld+json">{"@type": "WebSite", "name": "Correio"}
{"@type": "NewsArticle", "headline": "Trégua", "datePublished": "2021-08-21", "author": {"@type": "Person", "name": "Ana Lima"}}</script>`);
  assert.equal(extractMetadata(two).byline, "Ana Lima");
});

test("author meta tags of Dublin Core terms and of share plugins name the author", () => {
  assert.equal(
    extractMetadata(page('<meta name="shareaholic:article_author_name" content="Jane Roe">')).byline,
    "Jane Roe",
  );
  assert.equal(extractMetadata(page('<meta name="DCTERMS.creator" content="John Doe">')).byline, "John Doe");
  // the site's name in such a tag is no byline
  assert.equal(
    extractMetadata(
      page(
        '<meta property="og:site_name" content="Baku Daily"><meta name="shareaholic:article_author_name" content="Baku Daily">',
      ),
    ).byline,
    undefined,
  );
});

test("an author meta tag holding a profile address gives way to a later tag holding the name", () => {
  const m = extractMetadata(
    page(
      '<meta property="article:author" content="https://www.facebook.com/janeroe"><meta name="dc.creator" content="Jane Roe">',
    ),
  );
  assert.equal(m.byline, "Jane Roe");
});

test("an XHTML page's xml:lang is its language: a British page prints 02/10/2020 day first", () => {
  const xhtml = (
    parseHTML(
      `<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB"><head><title>Halls too full</title></head><body><h1>Halls too full</h1><p>The Guardian 02/10/2020 Anna Fazackerley</p><p>Universities are struggling to keep students safe in halls, experts warned on Friday.</p></body></html>`,
    ) as unknown as { document: Document }
  ).document;
  const m = extractMetadata(xhtml);
  assert.equal(m.language, "en");
  assert.equal(m.dayFirst, true);
  assert.equal(m.published, "2020-10-02");
});
