import assert from "node:assert/strict";
import { test } from "node:test";
import { BIG_SCRIPT, liveHeapGrowth } from "../../test/live-heap.ts";
import { AppError } from "../domain/index.ts";
import { extractArticle, extractStage } from "./index.ts";

const para = (s: string) => `<p>${s}</p>`;
const prose = [
  "Azerbaijan detained several Russian nationals in Baku on Monday, including media staff accused of working for intelligence services, officials said.",
  "Moscow summoned the Azerbaijani ambassador and demanded their release, calling the arrests a provocation, according to the foreign ministry.",
  "Officials in Baku said the arrests followed a lawful investigation into smuggling, cyber crime and illegal transfers of money, and would go to court.",
];
const page = `<!doctype html><html lang="en-GB"><head><title>Baku detains Russians | Caucasus Daily</title>
<meta property="og:site_name" content="Caucasus Daily"><meta property="article:published_time" content="2025-07-01T09:00:00+04:00">
<meta name="author" content="Jane Roe"><link rel="canonical" href="https://news.example/a/1">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Baku detains Russians","dateModified":"2025-07-02"}</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="date-bar">Saturday, August 2, 2025</div>
<main><article class="article-body"><h1>Baku detains Russians</h1>${prose.map(para).join("")}
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<h3>Related articles</h3><ul><li><a href="/x">Ten facts about Baku and its history in pictures</a></li></ul></article></main>
<aside class="sidebar"><h2>Most read</h2><p>Another story entirely, long enough to look like a paragraph of prose, with commas, here.</p></aside>
<footer>© 2025 Caucasus Daily. All rights reserved.</footer></body></html>`;

test("HTML page → article with metadata and only the article text", () => {
  const a = extractStage.run({ id: "h1", html: page, url: "https://news.example/a/1?utm=x" });
  assert.equal(a.title, "Baku detains Russians");
  assert.equal(a.site, "Caucasus Daily");
  assert.equal(a.byline, "Jane Roe");
  assert.equal(a.language, "en");
  assert.equal(a.published, "2025-07-01");
  assert.equal(a.modified, "2025-07-02");
  assert.equal(a.canonicalUrl, "https://news.example/a/1");
  assert.equal(a.text, prose.join("\n\n"));
  assert.match(a.fingerprint, /^[0-9a-f]{16}$/);
  assert.match(a.contentHash, /^[0-9a-f]{64}$/);
});

test("a page without a <body> tag: the content the parser leaves in <head> is its article and date line", () => {
  // HTML lets a page leave out <body>; htmlparser2 then keeps everything after <head> inside it. The date printed
  // under the headline outranks the metadata's re-index date, as on any page
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Gute Löhne reichen nicht</title>
<meta property="article:published_time" content="2023-11-08T09:00:00Z"><div id="article"><h1>Gute Löhne reichen nicht</h1><span class="stamp">07.11.2023</span>${prose.map(para).join("")}</div></html>`;
  const a = extractArticle({ id: "no-body", html });
  assert.ok(a.text.endsWith(prose.join("\n\n")), a.text);
  assert.equal(a.published, "2023-11-07");
});

test("the date under the headline is read in the page's language: 03/05/2022 is 3 May in Portuguese, March in US English", () => {
  const html = (lang: string) => `<html lang="${lang}"><head><title>Pacheco e o STF</title></head><body><article>
<h1>Pacheco e o STF</h1><ul class="credits"><li>Brasília</li><li>03/05/2022 21:44</li></ul>${prose.map(para).join("")}</article></body></html>`;
  assert.equal(extractArticle({ id: "pt", html: html("pt-BR") }).published, "2022-05-03");
  assert.equal(extractArticle({ id: "us", html: html("en-US") }).published, "2022-03-05");
  // the printed text of an element marked as the publication date reads so too; its attributes stay machine values
  const marked = (lang: string, date: string) => `<html lang="${lang}"><head><title>Pacheco e o STF</title></head><body>
<article><h1>Pacheco e o STF</h1>${date}${prose.map(para).join("")}</article></body></html>`;
  const printed = '<span itemprop="datePublished">03/05/2022</span>';
  assert.equal(extractArticle({ id: "pt", html: marked("pt-BR", printed) }).published, "2022-05-03");
  assert.equal(extractArticle({ id: "us", html: marked("en-US", printed) }).published, "2022-03-05");
  const machine = '<meta itemprop="datePublished" content="11/01/2023 12:43:42">';
  assert.equal(extractArticle({ id: "de", html: marked("de", machine) }).published, "2023-11-01");
});

test("bad input: empty, binary, no body — BAD_INPUT naming the document", () => {
  const bad = (raw: Parameters<typeof extractArticle>[0], what: RegExp) =>
    assert.throws(
      () => extractArticle(raw),
      (e: unknown) =>
        e instanceof AppError && e.code === "BAD_INPUT" && what.test(e.message) && /feed\.xml:7/.test(e.message),
    );
  bad({ id: "a", origin: "feed.xml:7", html: "  " }, /empty/);
  bad({ id: "a", origin: "feed.xml:7", text: "\u0000\u0001PK\u0003\u0004binary" }, /binary/);
  bad({ id: "a", origin: "feed.xml:7", html: "<html><body><script>var x=1</script></body></html>" }, /no article body/);
});

test("malformed and truncated HTML still yields the text", () => {
  const truncated = `<html><body><div><p>${prose[0]}<p>${prose[1]}<div><b>unclosed <i>tags`;
  const a = extractArticle({ id: "t", html: truncated });
  assert.ok(a.text.includes(prose[0]!) && a.text.includes(prose[1]!));
});

test("a 50 MB page is capped and finishes quickly", () => {
  const filler = `<script>${"x".repeat(1000)}</script><div class="ad">${"ad ".repeat(100)}</div>`;
  const huge = `<html><head><title>Big</title></head><body><article>${prose.map(para).join("")}</article>${filler.repeat(Math.ceil(50e6 / filler.length))}</body></html>`;
  assert.ok(huge.length >= 50e6);
  const t0 = performance.now();
  const a = extractArticle({ id: "big", html: huge });
  assert.ok(performance.now() - t0 < 20_000, "under 20 s on a loaded machine");
  assert.ok(a.text.includes(prose[2]!));
});

test("a page without a findable body keeps its metadata when asked, and stays a clear skip otherwise", () => {
  // a paywalled page: headline, byline and date in the markup, the article text only behind a login script
  const paywalled = `<html lang="de"><head><title>Gute Löhne reichen nicht | Volksblatt</title>
<meta property="og:site_name" content="Volksblatt"><meta name="author" content="Anna Muster">
<meta property="article:published_time" content="2024-03-05T08:00:00+01:00"><link rel="canonical" href="https://vb.example/a/9">
</head><body><h1>Gute Löhne reichen nicht</h1><script>renderPaywall()</script></body></html>`;
  const raw = { id: "p", origin: "pages/p.html", html: paywalled };
  assert.throws(() => extractStage.run(raw), /pages\/p\.html: no article body found/);
  const a = extractArticle(raw, { allowEmptyBody: true });
  assert.equal(a.text, "");
  assert.equal(a.title, "Gute Löhne reichen nicht");
  assert.equal(a.byline, "Anna Muster");
  assert.equal(a.published, "2024-03-05");
  assert.equal(a.language, "de");
  assert.equal(a.canonicalUrl, "https://vb.example/a/9");
});

test("the article does not hold on to the page it came from (metadata strings are copies, not views)", () => {
  // Pages of ~2 MB whose metadata comes from attribute values and whose article is short: once the caller drops a
  // page, the article kept must not keep it in memory.
  const kept: unknown[] = [];
  const grown = liveHeapGrowth(() => {
    for (let i = 0; i < 5; i++) {
      const head =
        `<html lang="ru"><head><link rel="canonical" href="https://news.example/article/${i}/long-slug-here">` +
        `<meta property="og:site_name" content="Кавказский вестник ${i}"><meta property="og:title" content="Заголовок статьи номер ${i}">` +
        `<meta name="author" content="Иван Петрович Сидоров-${i}">${BIG_SCRIPT}</head>`;
      kept.push(
        extractArticle({
          id: `a${i}`,
          html: `${head}<body><article>${prose.map(para).join("")}</article></body></html>`,
        }),
      );
    }
    // the extractor may keep what it last read until it reads the next page: read a small one
    extractArticle({ id: "small", html: page });
  });
  // five short articles take a few kB; five pinned pages would be ~10 MB
  assert.ok(grown < 3_000_000, `live heap grew by ${grown} bytes for five articles`);
  assert.equal(kept.length, 5);
});

test("a feed's title, used when the item's HTML has none, is spaced as page titles are (&nbsp;, line breaks)", () => {
  const a = extractArticle({
    id: "f",
    title: "Minsk\u00a0— Baku\n  talks ",
    html: "<p>Belarus and Azerbaijan signed a transit accord in Minsk on Friday, officials said in a statement.</p>",
  });
  assert.equal(a.title, "Minsk — Baku talks");
});
