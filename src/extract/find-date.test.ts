import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { dateFromUrl, datelinePlace, findPublished, metaPublished, timestamps } from "./find-date.ts";

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

const meta = (d: Document, ev: Partial<Parameters<typeof metaPublished>[1]>) => metaPublished(d, { stamps: [], ...ev });

test("a full date in the URL outranks metadata; a number that starts the slug is not a day", () => {
  const d = doc(`<body><h1>Budget talks resume in Baku</h1>${prose}</body>`);
  assert.equal(meta(d, { url: "https://x.org/2017/7/12/story", published: "2019-06-17" }), "2017-07-12");
  assert.equal(dateFromUrl("https://blog.x.org/2023/10/3-fragen-an-tina/"), undefined);
});

test("a UTC timestamp is read in the publisher's own zone when the page writes the same instant locally", () => {
  const d = doc(
    `<body><h1>Arrest made in Tarzana</h1><p><time datetime="2023-11-08T22:35:29-08:00">4 hours ago</time></p>${prose}</body>`,
  );
  const stamps = timestamps(["2023-11-08T22:35:29-08:00"]);
  assert.equal(meta(d, { published: "2023-11-09T06:35:29+00:00", stamps }), "2023-11-08");
  // without a local rendering of that instant the UTC day stands
  const bare = doc(`<body><h1>Arrest made in Tarzana</h1>${prose}</body>`);
  assert.equal(meta(bare, { published: "2023-11-09T06:35:29+00:00" }), "2023-11-09");
});

test("the page shows only its updated date: that is the date it stands by", () => {
  const d = doc(`<body><h1>Seven jobs with a future</h1>${prose}<div class="info">Stand: 03.04.2019</div></body>`);
  assert.equal(meta(d, { published: "2017-08-21T13:09:00Z", modified: "2019-04-03T08:04:01Z" }), "2019-04-03");
  const both = doc(`<body><h1>Seven jobs</h1><p>Published 21.08.2017</p>${prose}<p>Updated 03.04.2019</p></body>`);
  assert.equal(meta(both, { published: "2017-08-21", modified: "2019-04-03" }), "2017-08-21");
});

test("the date printed under the headline outranks metadata, but not a widget's and not a mirrored reading", () => {
  const d = doc(
    `<body><article><h1>Faire Lieferketten</h1><div class="news-single-timedata">05.02.2020 - Redaktion</div>${prose}</article></body>`,
  );
  assert.equal(meta(d, { published: "2020-02-12" }), "2020-02-05");
  const widget = doc(
    `<body><article><h1>Faire Lieferketten</h1><div class="latest-news"><a>Other story</a> 09.02.2020</div>${prose}</article></body>`,
  );
  assert.equal(meta(widget, { published: "2020-02-12" }), "2020-02-12");
  const mirror = doc(
    `<body><article><h1>Apologie du terrorisme</h1><p>Publié le 02/11/2023</p>${prose}</article></body>`,
  );
  assert.equal(meta(mirror, { published: "2023-11-02" }), "2023-11-02");
  // a date years away from the metadata is one the story talks about
  const story = doc(`<body><article><h1>Ten years on</h1><p>On 3 November 2013 the dam broke.</p></article></body>`);
  assert.equal(meta(story, { published: "2023-11-03" }), "2023-11-03");
});

test("labelled dates in several languages when the page has no metadata", () => {
  const uk = doc(`<body><div class="x">Опубліковано: 17 травня 2024</div><div><h2>Новини</h2>${prose}</div></body>`);
  assert.equal(meta(uk, {}), "2024-05-17");
  const ru = doc(`<body><p>Дата публикации 3 марта 2023</p>${prose}</body>`);
  assert.equal(meta(ru, {}), "2023-03-03");
  const de = doc(`<body><dl><dt>Datum</dt><dd>12.01.2017</dd></dl>${prose}</body>`);
  assert.equal(meta(de, {}), "2017-01-12");
});

test("a publication date kept in inline JSON state is the last resort", () => {
  const d = doc(
    `<body><script>window.__STATE__={"createdAt":"2019-01-01T00:00:00Z","published_at":"2019-03-02T06:22:28+01:00"}</script>${prose}</body>`,
  );
  assert.equal(meta(d, {}), "2019-03-02");
});
