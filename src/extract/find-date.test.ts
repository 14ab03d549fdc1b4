import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { dateFromUrl, datelinePlace, findPublished } from "./find-date.ts";

const doc = (html: string) => (parseHTML(html) as unknown as { document: Document }).document;
const prose =
  "<p>The ministry said on Tuesday that talks would resume, officials confirmed, after a pause of months.</p>";

test("metadata date wins over everything else", () => {
  const d = doc(`<body><time datetime="2020-01-01">x</time>${prose}</body>`);
  assert.equal(
    findPublished(d, { metaPublished: "2024-05-17", url: "https://x.org/2019/01/02/a", body: "" }),
    "2024-05-17",
  );
});

test("<time> in the article beats the URL, but not one inside a 'latest' widget", () => {
  const d = doc(
    `<body><div class="latest-news"><time datetime="2025-08-02">today</time></div><article><time class="published" datetime="2024-03-04T10:00">4 March</time>${prose}</article></body>`,
  );
  assert.equal(findPublished(d, { url: "https://x.org/2019/01/02/a", body: "" }), "2024-03-04");
});

test("URL patterns", () => {
  assert.equal(dateFromUrl("https://x.org/2024/05/17/story"), "2024-05-17");
  assert.equal(dateFromUrl("https://x.org/news/2024-05-17-story.html"), "2024-05-17");
  assert.equal(dateFromUrl("https://x.org/a/20240517/story"), "2024-05-17");
  assert.equal(dateFromUrl("https://x.org/article/3046526/story"), undefined);
  // day first in European slugs
  assert.equal(dateFromUrl("https://x.de/media-news/meldungen/29-10-2021"), "2021-10-29");
  assert.equal(dateFromUrl("https://x.it/de/newsroom/23-01-2022-wierer-jubelt"), "2022-01-23");
});

test("a date-marked element in the page when there is no markup or URL date", () => {
  const d = doc(`<body><div class="post-date">Posted 12. März 2021</div>${prose}</body>`);
  assert.equal(findPublished(d, { body: "" }), "2021-03-12");
});

test("dateline date and place", () => {
  const body = "Berlin, August 1, 2025 — German security analyst Oliver Rolofs declares that the era is over.";
  assert.equal(findPublished(undefined, { body }), "2025-08-01");
  assert.equal(datelinePlace(body), "Berlin");
  assert.equal(datelinePlace("NEW YORK, 17.05.2024 (Reuters) - Stocks rose."), "NEW YORK");
  assert.equal(datelinePlace("The talks of August 1, 2025 failed."), undefined);
});

test("an article's own footer carries its date; the page's footer does not", () => {
  const item = doc(
    `<body><div itemscope itemtype="http://schema.org/Article"><h2 itemprop="headline">Tag des Huhns</h2><div class="footer"><time itemprop="datePublished" datetime="2022-01-21">21.01.2022</time></div>${prose}</div><div class="footer"><time datetime="2025-01-01">today</time></div></body>`,
  );
  assert.equal(findPublished(item, { body: "" }), "2022-01-21");
  const page = doc(
    `<body>${prose}<div class="footer"><time itemprop="datePublished" datetime="2025-01-01">x</time></div></body>`,
  );
  assert.equal(findPublished(page, { body: "" }), undefined);
});

test("a page's aside region is a widget; a wrapper merely named aside-active is not", () => {
  const aside = doc(
    `<body><div class="aside secondary"><time pubdate datetime="2019-09-24">x</time></div>${prose}</body>`,
  );
  assert.equal(findPublished(aside, { body: "" }), undefined);
  const wrapper = doc(
    `<body><div class="main-wrapper aside-active"><article><time itemprop="datePublished" datetime="2018-06-22">x</time>${prose}</article></div></body>`,
  );
  assert.equal(findPublished(wrapper, { body: "" }), "2018-06-22");
});

test("last resort over the whole page: a labelled date before the most frequent one", () => {
  const d = doc(
    `<body><div>Vom Boden aus gedacht</div><div class="rez_footer"><p>Letzte Änderung: 31.10.2023 - 14:49</p><p>Erschienen am: 01.11.2023</p></div></body>`,
  );
  assert.equal(findPublished(d, { body: "Eine Rezension ohne Datum." }), "2023-11-01");
});
