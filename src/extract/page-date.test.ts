import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { dateFromUrl } from "./find-date.ts";
import { extractMetadata } from "./html-metadata.ts";
import { metaPublished, timestamps } from "./page-date.ts";

const doc = (html: string) => (parseHTML(html) as unknown as { document: Document }).document;
const prose =
  "<p>The ministry said on Tuesday that talks would resume, officials confirmed, after a pause of months.</p>";
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

test("a date well inside a paragraph of prose under the headline is one the story cites, not its date line", () => {
  const cited = doc(
    `<body><article><h1>Rasende Polizisten</h1><p>Das Bundesgericht kassiert ein Urteil des Kantonsgerichts (BGer 6B_1224/2019 vom 24.01.2020, Fünferbesetzung), das den Beamten nur wegen Art. 90 Abs. 2 SVG verurteilt hatte.</p>${prose}</article></body>`,
  );
  assert.equal(meta(cited, { published: "2020-02-04" }), "2020-02-04");
  // a dateline opening the paragraph is the date line
  const dateline = doc(
    `<body><article><h1>Rasende Polizisten</h1><p>Lausanne, 03.02.2020 – Das Bundesgericht kassiert ein Urteil des Kantonsgerichts, das den Beamten nur wegen Art. 90 Abs. 2 SVG verurteilt hatte, und weist die Sache zurück.</p>${prose}</article></body>`,
  );
  assert.equal(meta(dateline, { published: "2020-02-04" }), "2020-02-03");
  // a long dateline or byline in the same paragraph as the lead puts the date far in, after names, not a sentence
  const story =
    " – Azerbaijani police detained several Russian nationals on Monday, including two editors, officials said.";
  for (const opening of [
    "KRAMATORSK, Donetsk region, eastern Ukraine (Reuters), Tuesday 7 June 2022",
    "By Jane Doe and John Roe, Senior Correspondents for Foreign Affairs | Published June 7, 2022",
    "Von Tobias Kuske und Petra Ruland, Korrespondenten in Washington und Brüssel, Dienstag, 07.06.2022",
  ]) {
    const page = doc(`<body><article><h1>Baku detains Russians</h1><p>${opening}${story}</p>${prose}</article></body>`);
    assert.equal(meta(page, { published: "2022-06-10" }), "2022-06-07", opening);
  }
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

test("a screen-reader-only <h1> in the masthead is not the headline the date sits under", () => {
  const d = doc(
    `<body><div id="branding"><h1 class="visuallyhidden">EU-Taxonomie | Umweltbundesamt</h1><p>Heute 01.02.2022</p></div><article><h1>EU-Taxonomie</h1><p>Stand: 25.01.2022</p>${prose}</article></body>`,
  );
  assert.equal(meta(d, { published: "2022-01-21" }), "2022-01-25");
});

test("a label is a word of its own, and a date that ends a range is not the date line", () => {
  // a book review: "Erscheinungsdatum" is the book's release date, not the post's
  const review = doc(
    `<body><div class="date-header">Samstag, 9. September 2023</div><p>Verlag: Heyne. Erscheinungsdatum: 14.08.2023</p>${prose}</body>`,
  );
  assert.notEqual(meta(review, {}), "2023-08-14");
  const fair = doc(
    `<body><article><h1>Angelmesse in Rostock</h1><p>Am 21. und 22. Mai 2023 dreht sich alles ums Angeln.</p><p>11.01.2023, 09:50 Uhr</p>${prose}</article></body>`,
  );
  assert.equal(meta(fair, {}), "2023-01-11");
});

test("metadata in the publisher's zone a day after the URL date is when the story went out", () => {
  const d = doc(`<body><h1>Budget talks resume in Baku</h1>${prose}</body>`);
  const url = "https://x.org/2020/02/18/story";
  assert.equal(meta(d, { url, published: "2020-02-19T18:37:32+01:00" }), "2020-02-19");
  // a UTC stamp's day may not be the publisher's: the URL stands, as it does for a later re-index
  assert.equal(meta(d, { url, published: "2020-02-19T01:09:55Z" }), "2020-02-18");
  assert.equal(meta(d, { url, published: "2020-03-19T18:37:32+01:00" }), "2020-02-18");
});

test("the headline counts whatever its class says; a breadcrumb <h1> is not the headline", () => {
  const opinion = doc(
    `<body><article class="ArticleHeaderComment"><h1 class="ArticleHeaderComment_headline">Was sich ändert</h1><div class="PublishDate">Dienstag, 29. Januar 2019</div></article><blockquote class="instagram-media"><time datetime="2018-03-12T19:30:00+00:00">Mär 12, 2018</time></blockquote>${prose}</body>`,
  );
  assert.equal(meta(opinion, {}), "2019-01-29");
  const crumb = doc(
    `<body><nav><h1 class="va-breadcrumb-item">Business Aviation</h1></nav><p>Er wird ab dem 1. Januar 2024 den Verband führen.</p><script>x={"datePublished":"2023-11-03T10:18:00.000Z"}</script></body>`,
  );
  assert.equal(meta(crumb, {}), "2023-11-03");
});

test("the <h1> that matches the metadata title is the headline; a date folded into it is its date line", () => {
  const titles = ["Sie wissen nicht, was sie tun | hpd"];
  const teaser = doc(
    `<body><section class="block"><h1 class="title">Zoos sind Auslaufmodelle</h1><p>Ein Zoobesuch am 2. September 2022.</p></section><article><h1 class="node-title">Sie wissen nicht, was sie tun</h1><p>Von: M. Autor 18. Okt 2023</p>${prose}</article></body>`,
  );
  assert.equal(meta(teaser, { titles }), "2023-10-18");
  const folded = doc(
    `<body><article><h1>Zuschauer kehren zurück<br><small>02.02.2022 • Verband</small></h1><p>Laut der am 28.01.2022 erlassenen Verordnung.</p></article></body>`,
  );
  assert.equal(meta(folded, { titles: ["Zuschauer kehren zurück"] }), "2022-02-02");
  // a date the title itself carries is what the story is about
  const about = doc(`<body><article><h1>Wahl am 26.09.2021</h1><p>Stand: 01.09.2021</p></article></body>`);
  assert.equal(meta(about, { titles: ["Wahl am 26.09.2021"] }), "2021-09-01");
});

test("two dates by the headline: the one the markup names as published", () => {
  const d = doc(
    `<body><article><h1>Anpassung der Vorlagen</h1><time itemprop="dateModified">2018-08-29 14:15:57</time> <time itemprop="datePublished" datetime="2018-06-22 10:20:00">2018-06-22 10:20:00</time>${prose}</article></body>`,
  );
  assert.equal(meta(d, {}), "2018-06-22");
  // markup that names another date than any printed by the headline does not override it
  const teasers = doc(
    `<body><article><h1>Contour</h1><p>Le 28 juin 2019</p>${prose}</article><div class="aside"><time pubdate datetime="2019-09-24T13:34:33Z">x</time></div></body>`,
  );
  assert.equal(meta(teasers, {}), "2019-06-28");
});

test("a hidden <h1>: the <h2> matching the title is the headline; an update line is not the publication date", () => {
  const hidden = doc(
    `<body><h1 class="sr-only">Details</h1><div class="news"><h3>RieslingBirthday Posts gewinnen</h3><span>27.01.2022</span>${prose}</div></body>`,
  );
  assert.equal(meta(hidden, { published: "2021-12-20", titles: ["RieslingBirthday Posts gewinnen"] }), "2022-01-27");
  const updated = doc(
    `<body><article><h1>Der Diktator ist zurück</h1><p>Update vom 03. Mai 2020, 16:05 Uhr: Kim zeigt sich.</p>${prose}</article></body>`,
  );
  assert.equal(meta(updated, { published: "2020-05-04T14:50:00+02:00" }), "2020-05-04");
  const uk = doc(`<body><article><h1>Новини дня</h1><p>Оновлено: 3 травня 2024</p>${prose}</article></body>`);
  assert.equal(meta(uk, { published: "2024-05-04" }), "2024-05-04");
});

test("markup naming the publication date beats a date in the text by the headline, but not a teaser's markup", () => {
  const post = doc(
    `<body class="has-sidebar"><article><header><time class="entry-date published" datetime="2019-02-10T09:30:10+01:00">10. Februar 2019</time><h1>Laufen im Winter</h1></header><p>Am 9. Februar 2019 lief ich im Dunkeln.</p>${prose}</article></body>`,
  );
  assert.equal(meta(post, {}), "2019-02-10");
  const teasers = doc(
    `<body><article><header><h1>Contour</h1><p>Le <time datetime="2019-06-28T13:49:45Z">28 juin 2019</time></p></header>${prose}</article><div class="pas-manquer"><article class="entry"><time pubdate datetime="2019-09-24T13:34:33Z">x</time></article></div></body>`,
  );
  assert.equal(meta(teasers, {}), "2019-06-28");
});

test("Ukrainian and Russian pages: the article's date line, not the date bar or the latest-news list", () => {
  const uk = doc(
    `<body><header><div class="top-bar">Сьогодні: 25 листопада 2026</div></header><main><article><h1>Уряд ухвалив бюджет</h1><div class="article-info">Опубліковано 17 травня 2024 р., 12:40</div><p>Кабмін схвалив документ 15 травня 2024 року, повідомили в міністерстві фінансів України.</p></article><div class="latest-news"><a>Інша новина</a> 25.11.2026</div></main></body>`,
  );
  assert.equal(meta(uk, { titles: ["Уряд ухвалив бюджет"] }), "2024-05-17");
  const ru = doc(
    `<body><div class="date-bar">25 ноября 2026, среда</div><div class="article-head"><div class="kicker">Политика · 3 марта 2023 г.</div><h1>Переговоры продолжатся</h1></div><p>Москва заявила, что встреча пройдёт 10 марта 2023 года.</p><aside><ul><li>Другое 25.11.2026</li></ul></aside></body>`,
  );
  assert.equal(meta(ru, {}), "2023-03-03");
});

test("a date line above the headline that gives the publication and then an update: the publication", () => {
  // before: the last date above the headline was taken whatever its label, so the update (13 March) won
  const page = (line: string, h1: string) =>
    doc(`<body><main><div class="article-top"><div class="x1">${line}</div><h1>${h1}</h1></div>${prose}</main></body>`);
  const uk = page("12 березня 2025, 14:20 | Оновлено 13 березня 2025, 09:00", "Уряд ухвалив бюджет");
  assert.equal(meta(uk, {}), "2025-03-12");
  const en = page("Published 12 March 2025 · Updated 13 March 2025", "Budget talks resume in Baku");
  assert.equal(meta(en, {}), "2025-03-12");
});

test("a generic 'date' meta tag yields to markup naming datePublished; a named meta tag does not", () => {
  const page = (head: string) =>
    doc(
      `<html><head>${head}</head><body><div class="news-single"><div class="article"><h3 itemprop="headline">Mit Hund im Winter</h3><div class="footer"><time itemprop="datePublished" datetime="2022-01-27">27.01.2022</time></div>${prose}</div></div></body></html>`,
    );
  assert.equal(extractMetadata(page(`<meta name="date" content="2022-01-21T15:38:44+01:00">`)).published, "2022-01-27");
  assert.equal(
    extractMetadata(page(`<meta property="article:published_time" content="2022-01-21T15:38:44+01:00">`)).published,
    "2022-01-21",
  );
});

test("a generic 'date' meta tag yields to the <time> of the article that holds the headline", () => {
  const d = doc(
    `<html><head><meta name="dcterms.date" content="2022-01-21T09:43+01:00"><title>EU-Taxonomie | Amt</title></head><body><article class="node"><h1>EU-Taxonomie</h1>${prose}<div class="article-meta"><time datetime="2022-01-25T08:00:00+01:00">25.01.2022</time></div></article><aside><article><time datetime="2022-01-28">28.01.2022</time></article></aside></body></html>`,
  );
  assert.equal(extractMetadata(d).published, "2022-01-25");
});

test("a timestamp hidden from readers under the headline is not the date the page shows", () => {
  const d = doc(
    `<body><article><h1>Erfinderinnen: Ann Kiessling</h1><div class="meta"><span class="updated rich-snippet-hidden">2022-12-07T10:10:52+01:00</span><span>25. Dezember 2022</span></div>${prose}</article></body>`,
  );
  assert.equal(
    meta(d, { published: "2022-12-25T11:00:02+00:00", modified: "2022-12-07T09:10:52+00:00" }),
    "2022-12-25",
  );
  // the same timestamp shown to readers is the update the page stands by
  const shown = doc(
    `<body><article><h1>Erfinderinnen: Ann Kiessling</h1><div class="meta"><span class="updated">2022-12-07T10:10:52+01:00</span></div>${prose}</article></body>`,
  );
  assert.equal(
    meta(shown, { published: "2022-12-25T11:00:02+00:00", modified: "2022-12-07T09:10:52+00:00" }),
    "2022-12-07",
  );
});
