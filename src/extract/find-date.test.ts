import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { dateFromUrl, datelinePlace, findPublished } from "./find-date.ts";
import { extractArticle } from "./index.ts";

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
  // Chinese news sites: year-month then day, or the month and day joined
  assert.equal(dateFromUrl("http://www.x.cn/world/2024-05/17/c_1130.htm"), "2024-05-17");
  assert.equal(dateFromUrl("http://world.x.com.cn/n1/2024/0517/c1002-4023.html"), "2024-05-17");
  assert.equal(dateFromUrl("http://x.cn/n1/2024/1399/c1002.html"), undefined);
  assert.equal(dateFromUrl("http://edu.x.cn/jyzx/202405/t20240517_9260562.htm"), "2024-05-17");
  assert.equal(dateFromUrl("http://www.x.gov.cn/xxgk/t20240517_1234.shtml"), "2024-05-17");
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

test("a body that prints no date of its own gets none, not a date its sentences talk about", () => {
  const body = [
    "Göttingen war in den 1950er Jahren eines von fünf Filmzentren.",
    "Gedreht wurde der Film vom 6. Juni bis 8. Juli 2018 in Göttingen, die Ausstrahlung am 3. Februar 2019 sahen viele.",
    "Die nächste Ausschreibungsrunde für die Windparks in der Nordsee startet zum 1.1.2021 für alle Projekte.",
    "Journal für Psychologie. Abgerufen am 09.11.2022.",
    "Datumsangaben ohne Abstand (z.B.: 9.9.2019).",
  ].join("\n\n");
  assert.equal(findPublished(undefined, { body }), undefined);
  // a date line that opens a paragraph still dates the page, and outnumbers what the sentences cite
  const dated = `${body}\n\n27.1.2022 - Bei der Erinnerung an verfolgte Lesben in Köln wurde ein Stolperstein verlegt.`;
  assert.equal(findPublished(undefined, { body: dated }), "2022-01-27");
  const cited = [
    "Energiepreiskrise: Entlastungen und Rechte auf einen Blick. Was Verbraucher jetzt über Gas, Strom und Heizöl wissen müssen, haben wir in den wichtigsten Fragen und Antworten für Sie zusammengefasst.",
    "Von Leonora Holling",
    "(21. November 2022) Energieverbraucher fragen.",
    "Seit dem 1. Oktober 2022 gilt eine Umlage, die die Regierung am 1. Oktober 2022 eingeführt und zum 1. Oktober 2022 erhoben hat.",
  ].join("\n\n");
  assert.equal(findPublished(undefined, { body: cited }), "2022-11-21");
});

test("the last resort over the whole page leaves out comments, reviews, 'latest' lists, captions and appointments", () => {
  const none = doc(
    `<body><h2>Leasing oder Finanzierung</h2>${prose}
    <div class="sidebar"><div class="widget widget_recent_entries"><a>Das Magazin am 01.07.17</a></div></div>
    <div class="ekomi-ratings"><div>Kundenbewertung 02.05.2020 um 08:11 Uhr</div><div>Kundenbewertung 02.05.2020 um 07:18 Uhr</div></div>
    <div class="mo-comments-list"><strong>Claude - Le 24/11/2019 à 18:19:59</strong></div>
    <figure><img src="a.jpg"><figcaption>Windpark Riffgat © K. Wessolek, 31.05.2013</figcaption></figure>
    <p class="card-text">Workshop Sa., 22.01.2022, 9:00 – 17:00</p>
    <p>Die Novellierung der Düngeverordnung ist nach langen Beratungen der Länder und des Bundes am 30.04.2020 in Kraft getreten.</p></body>`,
  );
  assert.equal(findPublished(none, { body: "" }), undefined);
  // the page's own date line, in a block named for sharing or as a sidebar, still counts
  const own = doc(
    `<body><h2>Alleinerziehende</h2><div class="socialshareBox"><div class="pubdate">19.11.2021</div></div>${prose}</body>`,
  );
  assert.equal(findPublished(own, { body: "" }), "2021-11-19");
});

test("a reader's review marked as datePublished does not date a shop page; the page's own item does", () => {
  const review = (date: string) =>
    `<div itemprop="review" itemscope itemtype="http://schema.org/Review"><span itemprop="datePublished" content="${date}"></span>Super!</div>`;
  const shop = doc(
    `<body><div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Kleintierstall</h1>${prose}${review("2020-06-08")}${review("2020-04-10")}</div></body>`,
  );
  assert.equal(findPublished(shop, { body: "" }), undefined);
  const article = doc(
    `<body><div itemscope itemtype="http://schema.org/Review"><h1 itemprop="name">Film review</h1><span itemprop="datePublished" content="2021-03-02"></span>${prose}</div></body>`,
  );
  assert.equal(findPublished(article, { body: "" }), "2021-03-02");
});

test("comments named in other languages ('comentarios', 'komentarze') do not date a page", () => {
  for (const name of ["comentarios", "lista-komentarzy", "kommentare"]) {
    const d = doc(
      `<body><h2>Sin fecha</h2>${prose}<div class="${name}"><p>Ana - 12/03/2021</p><p>Luis - 12/03/2021</p></div></body>`,
    );
    assert.equal(findPublished(d, { body: "" }), undefined, name);
  }
});

test("a story box named like a list ('recentNews') keeps its date line; a list of links so named does not", () => {
  const story = doc(
    `<body><div class="recentNews"><div class="newsContent">악녀의 덫에 걸린 이유리 기사입력 :[ 2018-09-28 17:32 ] ${prose}</div></div><div id="footer-info">[ 등록년월일 : 2012년 11월 06일 ]</div></body>`,
  );
  assert.equal(findPublished(story, { body: "" }), "2018-09-28");
  const list = doc(
    `<body><h2>Über mich</h2>${prose}<div class="recent-posts"><a href="/a">Das Magazin am 01.07.17</a></div></body>`,
  );
  assert.equal(findPublished(list, { body: "" }), undefined);
});

test("a date read out to screen-reader users dates the page; a hidden machine timestamp does not", () => {
  const spoken = doc(
    `<body><h1>Grain deal agreed</h1><p><span aria-hidden="true">2h ago</span><span class="sr-only">Published 3 March 2025</span></p>${prose}</body>`,
  );
  assert.equal(findPublished(spoken, { body: "" }), "2025-03-03");
  const stamp = doc(
    `<body><h1>Grain deal agreed</h1><p><span class="updated rich-snippet-hidden">2025-03-09T10:10:52+01:00</span></p>${prose}</body>`,
  );
  assert.equal(findPublished(stamp, { body: "" }), undefined);
});

test("a Japanese page that prints its update before its publication date is dated by the publication", () => {
  // before: 2024-05-18, the update
  const html = `<html lang="ja"><body><main><h1>政府が新たな支援策を発表した件について</h1><p>2024年5月18日 更新</p><p>2024年5月17日 公開</p><p>政府は十七日、新たな支援策を発表した。対象は中小企業と地方自治体で、申請は来月から受け付ける。</p></main></body></html>`;
  assert.equal(extractArticle({ id: "x", html }).published, "2024-05-17");
});

test("a short paragraph's cited date is not the date line; the author box's date below the story is", () => {
  // before: 2023-03-03, the date of the agreement the second paragraph cites (a paragraph under 120 characters
  // was not read as prose, and a date this near a paragraph's start was a date line whatever words came before)
  const html = `<html lang="uk"><body><article><h1>Міністри обговорили постачання зерна</h1><p>Делегації двох країн обговорили постачання зерна, транзит через порти та графік наступних зустрічей.</p><p>Угоду про транзит, за словами міністра, підписали ще 3 березня 2023 року в Анкарі.</p><div class="author-info"><b>Олена Коваль</b><p>Оглядачка відділу міжнародної політики, пише про Центральну Азію і Кавказ.</p><p>17 травня 2024</p></div></article></body></html>`;
  assert.equal(extractArticle({ id: "x", html }).published, "2024-05-17");
});
